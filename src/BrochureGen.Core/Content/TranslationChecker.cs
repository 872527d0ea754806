using System.Text.RegularExpressions;
using BrochureGen.Diagnostics;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content;

/// <summary>
/// Compares a translation with the source locale so that a translator who is not a programmer
/// cannot break an edition unnoticed: the same keys (no more, no fewer), the same number of
/// list entries and inline marks, every phone number, address, statute and number kept, no
/// value left marked for translation. A value identical to the source is a warning.
/// </summary>
public sealed class TranslationChecker
{
    /// <summary>Put before a value by <c>new-locale</c>; a build refuses values that still carry it.</summary>
    public const string UntranslatedMarker = "TODO(translate): ";

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly IReadOnlyList<Regex> _untranslatedOk;
    private readonly string _sourceFile;

    private TranslationChecker(BrochureManifest manifest, string sourceFile)
    {
        _sourceFile = sourceFile;
        _untranslatedOk = manifest.UntranslatedOk.Select(KeyPattern.Compile).ToList();
    }

    public static IReadOnlyList<Diagnostic> Check(LocaleContent source, LocaleContent translation)
    {
        if (source.Markdown is not null && translation.Markdown is not null)
        {
            return Markdown.MarkdownTranslationChecker.Check(source, translation);
        }

        var checker = new TranslationChecker(source.Brochure, DisplayPath.For(source.FilePath));
        checker.FindMarkers(translation.Root);
        checker.SummarizeMarkers();
        if (source.Locale != translation.Locale)
        {
            checker.Compare(source.Root, translation.Root);
        }

        return checker._diagnostics;
    }

    private void FindMarkers(ContentNode node)
    {
        switch (node)
        {
            case ContentText text when text.Raw.Contains(UntranslatedMarker.Trim(), StringComparison.Ordinal):
                _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UntranslatedMarker, $"'{text.KeyPath}' is not translated yet: translate it and remove '{UntranslatedMarker.Trim()}'", text.Location));
                break;
            case ContentMap map:
                map.Entries.ToList().ForEach(e => FindMarkers(e.Value));
                break;
            case ContentList list:
                list.Items.ToList().ForEach(FindMarkers);
                break;
        }
    }

    // A freshly scaffolded file has a marker on every value: name the first few, count the rest.
    private void SummarizeMarkers()
    {
        const int shown = 5;
        var markers = _diagnostics.Where(d => d.Code == DiagnosticCodes.UntranslatedMarker).ToList();
        if (markers.Count > shown)
        {
            _diagnostics.RemoveAll(d => d.Code == DiagnosticCodes.UntranslatedMarker && !markers.Take(shown).Contains(d));
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UntranslatedMarker, $"{markers.Count - shown} more values are not translated yet", SourceLocation.InFile(markers[0].Location!.File)));
        }
    }

    private void Compare(ContentNode source, ContentNode translation)
    {
        switch (source, translation)
        {
            case (ContentMap s, ContentMap t):
                foreach (var (key, value) in s.Entries)
                {
                    if (t.Find(key) is { } translated)
                    {
                        Compare(value, translated);
                    }
                    else
                    {
                        Error(DiagnosticCodes.TranslationKeys, $"the key '{value.KeyPath}' of {_sourceFile} is missing", t.Location);
                    }
                }

                foreach (var (key, value) in t.Entries.Where(e => s.Find(e.Key) is null))
                {
                    Error(DiagnosticCodes.TranslationKeys, $"the key '{value.KeyPath}' is not in {_sourceFile}; remove it or add it there first", value.Location);
                }

                break;
            case (ContentList s, ContentList t):
                if (s.Items.Count != t.Items.Count)
                {
                    Error(DiagnosticCodes.TranslationKeys, $"'{t.KeyPath}' has {t.Items.Count} entries, {_sourceFile} has {s.Items.Count}", t.Location);
                }

                foreach (var (sourceItem, translatedItem) in s.Items.Zip(t.Items))
                {
                    Compare(sourceItem, translatedItem);
                }

                break;
            case (ContentText s, ContentText t):
                CompareText(s, t);
                break;
            default:
                Error(DiagnosticCodes.TranslationKeys, $"'{translation.KeyPath}' is a {ContentNodeExtensions.KindOf(translation)} here but a {ContentNodeExtensions.KindOf(source)} in {_sourceFile}", translation.Location);
                break;
        }
    }

    private void CompareText(ContentText source, ContentText translation)
    {
        if (source.KeyPath.StartsWith("labels.", StringComparison.Ordinal))
        {
            // Link description patterns: their {name} and {link} placeholders must survive.
            foreach (Match placeholder in Regex.Matches(source.Raw, @"\{\w+\}"))
            {
                if (!translation.Raw.Contains(placeholder.Value, StringComparison.Ordinal))
                {
                    Error(DiagnosticCodes.TranslationInvariant, $"the placeholder {placeholder.Value} of '{source.KeyPath}' is missing from the translation", translation.Location);
                }
            }
        }

        var translatedInvariants = InvariantExtractor.Extract(translation.PlainText).Select(i => i.Key).ToList();
        foreach (var (kind, text, key) in InvariantExtractor.Extract(source.PlainText))
        {
            if (!translatedInvariants.Remove(key))
            {
                Error(DiagnosticCodes.TranslationInvariant, $"the {kind} '{text}' of {_sourceFile}({source.Location.Line},{source.Location.Column}) is missing from '{translation.KeyPath}'; it must stay exactly as in the source", translation.Location);
            }
        }

        foreach (var style in new[] { InlineKind.Strong, InlineKind.Emphasis, InlineKind.Superscript })
        {
            var inSource = Count(source.Inlines, style);
            var inTranslation = Count(translation.Inlines, style);
            if (inSource != inTranslation)
            {
                Error(DiagnosticCodes.TranslationInvariant, $"'{translation.KeyPath}' has {inTranslation} {Describe(style)} part(s), {_sourceFile} has {inSource}", translation.Location);
            }
        }

        if (source.Raw == translation.Raw && !_untranslatedOk.Any(p => p.IsMatch(source.KeyPath)) && HasWords(source.PlainText))
        {
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Untranslated, $"'{translation.KeyPath}' is identical to the source: untranslated? (list it under 'untranslated-ok' in brochure.yaml if it must stay)", translation.Location));
        }
    }

    private static int Count(IEnumerable<InlineNode> nodes, InlineKind style) => nodes.Sum(n => n switch
    {
        StyledInline styled => (styled.Style == style ? 1 : 0) + Count(styled.Children, style),
        LinkInline link => Count(link.Children, style),
        _ => 0,
    });

    private static string Describe(InlineKind style) => style switch
    {
        InlineKind.Strong => "bold",
        InlineKind.Emphasis => "emphasised",
        _ => "superscript",
    };

    // Text that is more than its invariants (a bare phone number is the same in every language).
    private static bool HasWords(string text)
    {
        var rest = text;
        foreach (var (_, invariant, _) in InvariantExtractor.Extract(text))
        {
            rest = rest.Replace(invariant, " ", StringComparison.Ordinal);
        }

        return rest.Any(char.IsLetter);
    }

    private void Error(string code, string message, SourceLocation location) => _diagnostics.Add(Diagnostic.Error(code, message, location));
}
