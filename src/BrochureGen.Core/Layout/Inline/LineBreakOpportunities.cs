using BrochureGen.Text.Icu;

namespace BrochureGen.Layout;

/// <summary>
/// Where a line may break, before anything is shaped: ICU's opportunities less those the rules
/// of typesetting refuse. The shape phase cuts a paragraph into atoms at these offsets.
/// </summary>
public static partial class LineBreakOpportunities
{
    /// <summary>
    /// Where a line of the paragraph may break: ICU's UAX #14 opportunities (dictionaries for
    /// Thai, Khmer, Lao and Burmese; CJK rules, so no line starts with 。，、）」 nor ends with
    /// （「). Korean is broken at spaces only, as Korean is set: ICU would break between syllables.
    /// </summary>
    public static HashSet<int> Find(string paragraph, string language)
    {
        var breaks = new HashSet<int>();
        foreach (var opportunity in LineBreaks.Find(paragraph, language))
        {
            var offset = opportunity.Offset;
            if (offset >= paragraph.Length || paragraph[offset - 1] == '\n')
            {
                continue;
            }

            if (language.StartsWith("ko", StringComparison.Ordinal) && IsHangul(paragraph[offset - 1]) && IsHangul(paragraph[offset]))
            {
                continue;
            }

            if (KeepsTogether(paragraph, offset))
            {
                continue;
            }

            breaks.Add(offset);
        }

        return breaks;
    }

    /// <summary>
    /// Breaks the rules of typesetting refuse though UAX #14 allows them: a number and the word
    /// or sign it counts or measures ("13 million", "103 °F", "5th Floor", "24 hours"); an initial
    /// and the name after it ("J. Smith"); a hyphen after one or two letters ("U-visa") or between
    /// digits ("1-888-373-7888", "§53a-192a").
    /// </summary>
    public static bool KeepsTogether(string text, int offset)
    {
        if (offset <= 0 || offset >= text.Length)
        {
            return false;
        }

        if (text[offset - 1] == ' ')
        {
            var end = offset - 1;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var before = text[start..end];
            var after = new string(text[offset..].TakeWhile(c => !char.IsWhiteSpace(c)).ToArray()).TrimEnd('.', ',', ';', ':', '!', '?', ')');
            if (before.Length == 0 || after.Length == 0)
            {
                return false;
            }

            var counts = NumberEnd().IsMatch(before) && (char.IsLetter(after[0]) || after[0] is '°' or '%' or '‰') && after.Length <= 10;
            var initial = before.Length == 2 && char.IsUpper(before[0]) && before[1] == '.' && char.IsUpper(after[0]);
            return counts || initial;
        }

        if (text[offset - 1] is '-' or '\u2010' && offset >= 2)
        {
            var start = offset - 1;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            return offset - 1 - start <= 2 || char.IsAsciiDigit(text[offset - 2]) || char.IsAsciiDigit(text[offset]);
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d(?:st|nd|rd|th|er|e|ème|º|ª)?$")]
    private static partial System.Text.RegularExpressions.Regex NumberEnd();

    /// <summary>A piece of text cut at the paragraph's break offsets (the piece starts at <paramref name="start"/>).</summary>
    public static IEnumerable<(string Text, bool EndsAtom)> Split(string text, int start, IReadOnlySet<int> breaks)
    {
        var from = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (breaks.Contains(start + i))
            {
                yield return (text[from..i], true);
                from = i;
            }
        }

        if (from < text.Length)
        {
            yield return (text[from..], breaks.Contains(start + text.Length));
        }
    }

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';
}
