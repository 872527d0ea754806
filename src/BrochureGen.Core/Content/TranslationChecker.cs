using System.Text.RegularExpressions;
using BrochureGen.Content.Translation;
using BrochureGen.Diagnostics;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content;

/// <summary>
/// Compares a translation with the source locale so that a translator who is not a programmer
/// cannot break an edition unnoticed, the same way for YAML keys and Markdown: both are first
/// turned into comparable units (<see cref="ComparableContent"/>), then compared unit by unit
/// (the same keys, or the same blocks in the same order, no more and no fewer, with the same facts: a list's length, a
/// section's pin, a QR code's address) and text by text: every phone number, address, statute and
/// number kept, the same count of bold, emphasised, superscript and linked parts, a link
/// description's placeholders, no <c>TODO(translate)</c> marker left. Text identical to the source
/// is a warning unless it is made only of names listed under <c>untranslated-ok</c>, invariants
/// and spans marked as another language. Each problem names the translation's line and the
/// source's; every problem of a run is reported.
/// </summary>
public sealed class TranslationChecker
{
    /// <summary>Put before a text by <c>new-locale</c>; a build refuses texts that still carry it.</summary>
    public const string UntranslatedMarker = "TODO(translate): ";

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly IReadOnlyList<string> _untranslatedOk;
    private readonly string _sourceFile;
    private readonly PhoneNumbers _sourcePhones;
    private readonly PhoneNumbers _translationPhones;
    private readonly ComparableContent _translation;

    private TranslationChecker(LocaleContent source, LocaleContent translation, ComparableContent comparable)
    {
        _untranslatedOk = source.Brochure.UntranslatedOk;
        _sourceFile = Path.GetFileName(source.FilePath);
        _sourcePhones = source.Brochure.PhoneNumbersOf(source.Locale);
        _translationPhones = translation.Brochure.PhoneNumbersOf(translation.Locale);
        _translation = comparable;
    }

    public static IReadOnlyList<Diagnostic> Check(LocaleContent source, LocaleContent translation)
    {
        var target = ComparableContent.Of(translation);
        var checker = new TranslationChecker(source, translation, target);
        checker.FindMarkers(target);
        if (source.Locale != translation.Locale)
        {
            checker.Compare(ComparableContent.Of(source).Root, target.Root);
        }

        return checker._diagnostics;
    }

    // A freshly scaffolded file has a marker on every text: name the first few, count the rest.
    private void FindMarkers(ComparableContent content)
    {
        const int shown = 5;
        var marked = content.Texts.Where(t => t.Text.Raw.Contains(UntranslatedMarker.Trim(), StringComparison.Ordinal)).ToList();
        foreach (var (text, subject) in marked.Take(shown))
        {
            Error(DiagnosticCodes.UntranslatedMarker, $"{subject} is not translated yet: translate it and remove '{UntranslatedMarker.Trim()}'", text.Location);
        }

        if (marked.Count > shown)
        {
            Error(DiagnosticCodes.UntranslatedMarker, $"{marked.Count - shown} more texts are not translated yet", SourceLocation.InFile(marked[0].Text.Location.File));
        }
    }

    // False when the two differ in structure, so that the units after them no longer pair up.
    private bool Compare(ComparableUnit source, ComparableUnit translation)
    {
        if (source.Kind != translation.Kind)
        {
            Error(_translation.StructureCode, $"a {translation.Kind} is here, but the source has a {source.Kind} ({At(source.Location)})", translation.Location);
            return false;
        }

        foreach (var (s, t) in source.Facts.Zip(translation.Facts))
        {
            if (!CompareFact(source, s, translation, t))
            {
                return false;
            }
        }

        if (source.Text is not null && translation.Text is not null)
        {
            CompareText(source, translation);
        }

        CompareChildren(source, translation);
        return true;
    }

    private bool CompareFact(ComparableUnit sourceUnit, UnitFact source, ComparableUnit translationUnit, UnitFact translation)
    {
        var expected = source.Rule == FactRule.Address ? _translation.Localized(source.Key) : source.Key;
        if (source.Rule == FactRule.Address ? LinkAddress.Key(expected) == LinkAddress.Key(translation.Key) : expected == translation.Key)
        {
            return true;
        }

        var hint = source.Rule == FactRule.Address ? Counterpart(source.Key, expected) : source.Hint;
        var message = $"{translationUnit.Subject} {source.Verb} {translation.Value}; the source's {source.Verb} {source.Value} ({At(sourceUnit.Location)}){hint}";
        switch (source.Rule)
        {
            case FactRule.Advice:
                _diagnostics.Add(Diagnostic.Warning(_translation.StructureCode, message, translationUnit.Location));
                return true;
            case FactRule.Address:
                Error(DiagnosticCodes.TranslationInvariant, message, translationUnit.Location);
                return true;
            default:
                Error(_translation.StructureCode, message, translationUnit.Location);
                return source.Rule != FactRule.Structure;
        }
    }

    private void CompareChildren(ComparableUnit source, ComparableUnit translation)
    {
        switch (source.Pairing)
        {
            case ChildPairing.ByKey:
                foreach (var s in source.Children)
                {
                    if (translation.Children.FirstOrDefault(c => c.Key == s.Key) is { } t)
                    {
                        Compare(s, t);
                    }
                    else if (s.Optional)
                    {
                        ComparePlaceholders(s, null, translation.Location);
                    }
                    else
                    {
                        Error(_translation.StructureCode, $"the key {s.Subject} of {At(s.Location)} is missing here", translation.Location);
                    }
                }

                foreach (var t in translation.Children.Where(t => !t.Optional && !source.Children.Any(s => s.Key == t.Key)))
                {
                    Error(_translation.StructureCode, $"the key {t.Subject} is not in {_sourceFile}; remove it or add it there first", t.Location);
                }

                break;
            case ChildPairing.ByStructure when source.Children.Count != translation.Children.Count:
                CompareInOrder(Align(source, translation));
                break;
            case ChildPairing.ByStructure when Reordered(source, translation) is { } pairs:
                foreach (var (s, t) in pairs)
                {
                    Compare(s, t);
                }

                break;
            default:
                CompareInOrder(source.Children.Zip(translation.Children).ToList());
                break;
        }
    }

    // After a structural difference the units no longer pair up: one error is enough.
    private void CompareInOrder(IEnumerable<(ComparableUnit Source, ComparableUnit Translation)> pairs)
    {
        foreach (var (s, t) in pairs)
        {
            if (!Compare(s, t))
            {
                return;
            }
        }
    }

    // Units pair up in order; when one is missing or added, the pairs after it are found from the
    // end, so a single missing section is one error, not one per section after it.
    private List<(ComparableUnit, ComparableUnit)> Align(ComparableUnit sourceUnit, ComparableUnit translationUnit)
    {
        var source = sourceUnit.Children;
        var translation = translationUnit.Children;
        var head = 0;
        while (head < Math.Min(source.Count, translation.Count) && Signature(source[head]) == Signature(translation[head]))
        {
            head++;
        }

        var tail = 0;
        while (tail < Math.Min(source.Count, translation.Count) - head && Signature(source[^(tail + 1)]) == Signature(translation[^(tail + 1)]))
        {
            tail++;
        }

        var where = head < translation.Count ? translation[head].Location : translation.Count > 0 ? translation[^1].Location : translationUnit.Location;
        var count = $"{translationUnit.Subject} has {translation.Count} {sourceUnit.ChildNoun}, {_sourceFile} has {source.Count}";
        Error(_translation.StructureCode, source.Count > translation.Count
            ? $"{count}: the source's {source[head].Kind} at {At(source[head].Location)} is missing here"
            : $"{count}: this {translation[head].Kind} is not in the source", where);
        return source.Take(head).Zip(translation.Take(head))
            .Concat(source.TakeLast(tail).Zip(translation.TakeLast(tail)))
            .ToList();
    }

    // The same parts in another order (sections moved in the file): one error, and each part is
    // compared with its own counterpart, not with the one that now stands in its place.
    private List<(ComparableUnit, ComparableUnit)>? Reordered(ComparableUnit sourceUnit, ComparableUnit translationUnit)
    {
        var source = sourceUnit.Children.Select(c => (Unit: c, Signature: Signature(c))).ToList();
        var translation = translationUnit.Children.Select(c => (Unit: c, Signature: Signature(c))).ToList();
        var first = Enumerable.Range(0, source.Count).FirstOrDefault(i => source[i].Signature != translation[i].Signature, -1);
        if (first < 0 || !source.Select(c => c.Signature).Order(StringComparer.Ordinal).SequenceEqual(translation.Select(c => c.Signature).Order(StringComparer.Ordinal)))
        {
            return null;
        }

        var moved = source[first].Unit;
        Error(_translation.StructureCode, $"{translationUnit.Subject} has its {sourceUnit.ChildNoun} in another order than {_sourceFile}: the source's {moved.Kind} at {At(moved.Location)} comes here; keep the source's order", translation[first].Unit.Location);
        var unpaired = source.ToList();
        return translation.Select(t =>
        {
            var counterpart = unpaired.First(s => s.Signature == t.Signature);
            unpaired.Remove(counterpart);
            return (counterpart.Unit, t.Unit);
        }).ToList();
    }

    private static string Signature(ComparableUnit unit) =>
        $"{unit.Kind}|{string.Join('|', unit.Facts.Where(f => f.Rule is FactRule.Structure or FactRule.Attribute).Select(f => f.Key))}({string.Join(',', unit.Children.Select(Signature))})";

    private void CompareText(ComparableUnit sourceUnit, ComparableUnit translationUnit)
    {
        var source = sourceUnit.Text!;
        var translation = translationUnit.Text!;
        if (sourceUnit.IsDescriptionPattern)
        {
            ComparePlaceholders(sourceUnit, translation, translation.Location);
        }

        var translated = InvariantExtractor.Extract(translation.PlainText, _translationPhones).Select(i => i.Key).ToList();
        foreach (var (kind, text, key) in InvariantExtractor.Extract(source.PlainText, _sourcePhones))
        {
            // A web address the translation maps to its own counterpart must be that counterpart.
            var localized = kind == InvariantExtractor.WebKind ? _translation.Localized(text) : text;
            var expected = kind == InvariantExtractor.WebKind ? LinkAddress.Key(localized) : key;
            if (!translated.Remove(expected))
            {
                var must = kind == InvariantExtractor.PhoneKind ? "it must stay exactly as in the source (the same digits, in any form people write a number)" : "it must stay exactly as in the source";
                Error(DiagnosticCodes.TranslationInvariant, localized == text
                    ? $"the {kind} '{text}' of the source ({At(source.Location)}) is missing here; {must}"
                    : $"the {kind} '{localized}' is missing here: the source has '{text}' ({At(source.Location)}), which this file's 'links' maps to it", translation.Location);
            }
        }

        // A link with its own words leads where the source's does, or to the counterpart 'links' names.
        var translatedTargets = WrittenLinkTargets(translation.Inlines).Select(LinkAddress.Key).ToList();
        foreach (var target in WrittenLinkTargets(source.Inlines).Where(t => t.StartsWith("http", StringComparison.Ordinal)))
        {
            var expected = _translation.Localized(target);
            if (!translatedTargets.Remove(LinkAddress.Key(expected)))
            {
                Error(DiagnosticCodes.TranslationInvariant, $"the source's link to '{target}' ({At(source.Location)}) has no link to '{expected}' here{Counterpart(target, expected)}", translation.Location);
            }
        }

        foreach (var (name, count) in new (string, Func<IEnumerable<InlineNode>, int>)[] { ("bold", n => Count(n, InlineKind.Strong)), ("emphasised", n => Count(n, InlineKind.Emphasis)), ("superscript", n => Count(n, InlineKind.Superscript)), ("linked", Links) })
        {
            var inSource = count(source.Inlines);
            var inTranslation = count(translation.Inlines);
            if (inSource != inTranslation)
            {
                Error(DiagnosticCodes.TranslationInvariant, $"this text has {inTranslation} {name} part(s); the source has {inSource} ({At(source.Location)})", translation.Location);
            }
        }

        if (source.Raw.Trim() == translation.Raw.Trim() && UntranslatedNames.HasOwnWords(WithoutLanguageSpans(source.Inlines), _untranslatedOk, _translationPhones))
        {
            // A link description is not read on the page, so easily left in the source's language: a
            // screen reader would then announce every phone number or address of this edition in that language.
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Untranslated, sourceUnit.IsDescriptionPattern
                ? $"this link description is identical to the source's ({At(source.Location)}): a screen reader would read it in the source's language in this edition; translate it"
                : $"this text is identical to the source ({At(source.Location)}): untranslated? (names that must stay go under 'untranslated-ok' in brochure.yaml)", translation.Location));
        }
    }

    private void ComparePlaceholders(ComparableUnit source, ContentText? translation, SourceLocation where)
    {
        foreach (Match placeholder in Regex.Matches(source.Text!.Raw, @"\{\w+\}"))
        {
            if (translation is null || !translation.Raw.Contains(placeholder.Value, StringComparison.Ordinal))
            {
                Error(DiagnosticCodes.TranslationInvariant, $"the link description needs the placeholder {placeholder.Value}, as in the source ({At(source.Location)})", where);
            }
        }
    }

    // The text without its spans marked as another language ({lang=…}): those are meant to stay as written.
    private static string WithoutLanguageSpans(IEnumerable<InlineNode> nodes) => string.Concat(nodes.Select(n => n switch
    {
        StyledInline { Style: InlineKind.Language } => " ",
        StyledInline styled => WithoutLanguageSpans(styled.Children),
        LinkInline link => WithoutLanguageSpans(link.Children),
        _ => InlineNode.PlainTextOf([n]),
    }));

    private static int Count(IEnumerable<InlineNode> nodes, InlineKind style) => nodes.Sum(n => n switch
    {
        StyledInline styled => (styled.Style == style ? 1 : 0) + Count(styled.Children, style),
        LinkInline link => Count(link.Children, style),
        _ => 0,
    });

    private static int Links(IEnumerable<InlineNode> nodes) => nodes.Sum(n => n switch
    {
        LinkInline => 1,
        StyledInline styled => Links(styled.Children),
        _ => 0,
    });

    private static IEnumerable<string> WrittenLinkTargets(IEnumerable<InlineNode> nodes) => nodes.SelectMany(n => n switch
    {
        LinkInline { Found: false } link => [link.Target],
        StyledInline styled => WrittenLinkTargets(styled.Children),
        _ => Enumerable.Empty<string>(),
    });

    private static string Counterpart(string source, string expected) => source == expected
        ? "; to point elsewhere, map the source's address to this edition's own under 'links:' in the front matter"
        : $"; this file's 'links' maps it to '{expected}'";

    private string At(SourceLocation location) => $"{_sourceFile}({location.Line},{location.Column})";

    private void Error(string code, string message, SourceLocation location) => _diagnostics.Add(Diagnostic.Error(code, message, location));
}
