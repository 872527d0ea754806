using BrochureGen.Text.Icu;

namespace BrochureGen.Xliff;

/// <summary>
/// Splits a unit's content into sentences with ICU's sentence rules for its language, as CAT
/// tools translate sentence by sentence. A sentence never ends inside a code or a marker (a
/// bold phrase stays whole); the spaces after a sentence become an ignorable part.
/// </summary>
public static class Segmenter
{
    public static IReadOnlyList<IReadOnlyList<XliffInline>> Sentences(IReadOnlyList<XliffInline> inlines, IReadOnlyDictionary<string, CodeData> codes, string locale)
    {
        var plain = UnitContent.PlainText(inlines, codes);
        var ends = SentenceBoundaries.Find(plain, locale).Where(e => e < plain.Length).ToHashSet();
        var sentences = new List<IReadOnlyList<XliffInline>>();
        var current = new List<XliffInline>();
        var offset = 0;
        foreach (var inline in inlines)
        {
            if (inline is XliffText text)
            {
                var start = 0;
                for (var i = 1; i < text.Text.Length; i++)
                {
                    if (ends.Contains(offset + i))
                    {
                        current.Add(new XliffText(text.Text[start..i]));
                        sentences.Add(current);
                        current = [];
                        start = i;
                    }
                }

                current.Add(new XliffText(text.Text[start..]));
                offset += text.Text.Length;
            }
            else
            {
                current.Add(inline);
                offset += UnitContent.PlainText([inline], codes).Length;
            }

            if (ends.Contains(offset))
            {
                sentences.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
    }

    /// <summary>
    /// The parts of a unit: each source sentence a segment with the target's sentence of the same
    /// place; when the two have different numbers of sentences the whole text is one segment, so
    /// that no target sentence is set against the wrong source sentence.
    /// </summary>
    public static IReadOnlyList<UnitPart> Parts(UnitContent source, string sourceLocale, UnitContent? target, string targetLocale)
    {
        var sourceSentences = Sentences(source.Inlines, source.Codes, sourceLocale);
        var targetSentences = target is null ? null : Sentences(target.Inlines, target.Codes, targetLocale);
        if (targetSentences is not null && targetSentences.Count != sourceSentences.Count)
        {
            sourceSentences = [source.Inlines];
            targetSentences = [target!.Inlines];
        }

        var parts = new List<UnitPart>();
        for (var i = 0; i < sourceSentences.Count; i++)
        {
            var (sourceText, sourceSpace) = SplitTrailingSpace(sourceSentences[i]);
            var (targetText, targetSpace) = targetSentences is null ? (null, null) : SplitTrailingSpace(targetSentences[i]);
            if (sourceText.Count > 0)
            {
                parts.Add(new UnitPart(false, sourceText, targetText));
            }

            if (sourceSpace.Length > 0 || (targetSpace?.Length ?? 0) > 0)
            {
                parts.Add(new UnitPart(true, [new XliffText(sourceSpace)], targetSpace is null ? null : [new XliffText(targetSpace)]));
            }
        }

        return parts;
    }

    private static (IReadOnlyList<XliffInline> Text, string Space) SplitTrailingSpace(IReadOnlyList<XliffInline> sentence)
    {
        if (sentence is [.., XliffText last] && last.Text.Length > last.Text.TrimEnd(' ').Length)
        {
            var kept = last.Text.TrimEnd(' ');
            var rest = sentence.Take(sentence.Count - 1).ToList();
            if (kept.Length > 0)
            {
                rest.Add(new XliffText(kept));
            }

            return (rest, last.Text[kept.Length..]);
        }

        return (sentence, string.Empty);
    }
}
