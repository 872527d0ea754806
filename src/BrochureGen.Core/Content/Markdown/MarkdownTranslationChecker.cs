using System.Text.RegularExpressions;
using BrochureGen.Diagnostics;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content.Markdown;

/// <summary>
/// Compares a Markdown translation with its source block by block: the same sections (with
/// the same pins and panel breaks), the same sequence of blocks (headings, paragraphs, lists
/// with the same number of items, tables of the same shape, call-outs of the same kind), and in
/// every text the same phone numbers, addresses, statutes and numbers and the same count of
/// bold, emphasised, superscript and linked parts. Each error names the translation's line and
/// the source's. Text identical to the source is a warning unless it is made only of names
/// listed under <c>untranslated-ok</c> and spans marked as another language (<c>{lang=…}</c>).
/// </summary>
public sealed class MarkdownTranslationChecker
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly IReadOnlyList<string> _untranslatedOk;
    private readonly string _sourceFile;
    private readonly PhoneNumbers _sourcePhones;
    private readonly PhoneNumbers _translationPhones;
    private FrontMatter _translationMeta = FrontMatter.Empty;

    private MarkdownTranslationChecker(IReadOnlyList<string> untranslatedOk, string sourceFile, PhoneNumbers sourcePhones, PhoneNumbers translationPhones)
    {
        _untranslatedOk = untranslatedOk.OrderByDescending(n => n.Length).ToList();
        _sourceFile = sourceFile;
        _sourcePhones = sourcePhones;
        _translationPhones = translationPhones;
    }

    public static IReadOnlyList<Diagnostic> Check(LocaleContent source, LocaleContent translation)
    {
        var checker = new MarkdownTranslationChecker(source.Brochure.UntranslatedOk, Path.GetFileName(source.FilePath), source.Brochure.PhoneNumbersOf(source.Locale), translation.Brochure.PhoneNumbersOf(translation.Locale));
        var target = translation.Markdown!;
        checker._translationMeta = target.Meta;
        checker.FindMarkers(target);
        if (source.Locale != translation.Locale)
        {
            checker.Compare(source.Markdown!, target);
        }

        return checker._diagnostics;
    }

    private void FindMarkers(MarkdownContent content)
    {
        const int shown = 5;
        var marked = ContentTexts.Of(content).Where(t => t.Raw.Contains(TranslationChecker.UntranslatedMarker.Trim(), StringComparison.Ordinal)).ToList();
        foreach (var text in marked.Take(shown))
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UntranslatedMarker, $"this {text.KeyPath} is not translated yet: translate it and remove '{TranslationChecker.UntranslatedMarker.Trim()}'", text.Location));
        }

        if (marked.Count > shown)
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UntranslatedMarker, $"{marked.Count - shown} more blocks are not translated yet", SourceLocation.InFile(marked[0].Location.File)));
        }
    }

    private void Compare(MarkdownContent source, MarkdownContent translation)
    {
        CompareText(source.Title, translation.Title);
        ComparePattern(source.Meta.CallDescription, translation.Meta.CallDescription, translation.Title.Location);
        ComparePattern(source.Meta.WebsiteDescription, translation.Meta.WebsiteDescription, translation.Title.Location);
        CompareBlocks(source.Cover, translation.Cover, translation.Title.Location, "the cover");

        foreach (var (s, t) in PairSections(source.Sections, translation.Sections, translation.Title.Location))
        {
            if (s.Pin != t.Pin || s.NewPanel != t.NewPanel || s.Box != t.Box)
            {
                Error(DiagnosticCodes.TranslationBlocks, $"this section's attributes ({Attributes(t)}) differ from the source's ({Attributes(s)}, {At(s.Location)}); keep them as they are", t.Location);
            }

            CompareText(s.Heading, t.Heading);
            CompareBlocks(s.Blocks, t.Blocks, t.Location, "this section");
        }
    }

    // Sections pair up in order; when one is missing or added, the pairs after it are found
    // from the end, so a single missing section is one error, not one per section after it.
    private List<(ContentSection Source, ContentSection Translation)> PairSections(IReadOnlyList<ContentSection> source, IReadOnlyList<ContentSection> translation, SourceLocation fallback)
    {
        if (source.Count == translation.Count)
        {
            return source.Zip(translation).ToList();
        }

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

        var where = head < translation.Count ? translation[head].Location : translation.Count > 0 ? translation[^1].Location : fallback;
        var count = $"this file has {translation.Count} sections ('## …'), {_sourceFile} has {source.Count}";
        Error(DiagnosticCodes.TranslationBlocks, source.Count > translation.Count
            ? $"{count}: the source's section at {At(source[head].Location)} is missing here"
            : $"{count}: this section is not in the source", where);
        return source.Take(head).Zip(translation.Take(head))
            .Concat(source.TakeLast(tail).Zip(translation.TakeLast(tail)))
            .ToList();
    }

    private static string Signature(ContentSection section) =>
        $"{section.Pin}|{section.NewPanel}|{section.Box}|{string.Join(',', section.Blocks.Select(b => b is ListBlock list ? $"list{list.Items.Count}" : b.Type))}";

    private void CompareBlocks(IReadOnlyList<ContentBlock> source, IReadOnlyList<ContentBlock> translation, SourceLocation owner, string what)
    {
        for (var i = 0; i < Math.Max(source.Count, translation.Count); i++)
        {
            if (i >= translation.Count)
            {
                Error(DiagnosticCodes.TranslationBlocks, $"{what} ends here, but the source goes on with a {Describe(source[i])} ({At(source[i].Location)})", translation.Count > 0 ? translation[^1].Location : owner);
                return;
            }

            if (i >= source.Count)
            {
                Error(DiagnosticCodes.TranslationBlocks, $"this {Describe(translation[i])} is not in the source; {what} of {_sourceFile} ends at {At(source.Count > 0 ? source[^1].Location : owner)}", translation[i].Location);
                return;
            }

            if (!CompareBlock(source[i], translation[i]))
            {
                // After a structural difference the blocks no longer pair up: one error is enough.
                return;
            }
        }
    }

    private bool CompareBlock(ContentBlock source, ContentBlock translation)
    {
        if (source.GetType() != translation.GetType() || source.NewPanel != translation.NewPanel)
        {
            Error(DiagnosticCodes.TranslationBlocks, $"a {Describe(translation)} is here, but the source has a {Describe(source)} ({At(source.Location)})", translation.Location);
            return false;
        }

        switch (source, translation)
        {
            case (ParagraphBlock s, ParagraphBlock t):
                if (!s.Classes.SequenceEqual(t.Classes))
                {
                    Error(DiagnosticCodes.TranslationBlocks, $"this paragraph's attributes differ from the source's ({At(s.Location)}); keep {{{string.Join(' ', s.Classes.Select(c => "." + c))}}}", t.Location);
                }

                CompareText(s.Text, t.Text);
                return true;
            case (SubheadingBlock s, SubheadingBlock t):
                if (s.Level != t.Level)
                {
                    Error(DiagnosticCodes.TranslationBlocks, $"this is a level-{t.Level} heading; the source's is level {s.Level} ({At(s.Location)})", t.Location);
                }

                CompareText(s.Text, t.Text);
                return true;
            case (ListBlock s, ListBlock t):
                if (s.Kind != t.Kind)
                {
                    Error(DiagnosticCodes.TranslationBlocks, $"this is a {t.Kind.ToString().ToLowerInvariant()} list; the source's is {s.Kind.ToString().ToLowerInvariant()} ({At(s.Location)})", t.Location);
                    return false;
                }

                if (s.Items.Count != t.Items.Count)
                {
                    Error(DiagnosticCodes.TranslationBlocks, $"this list has {t.Items.Count} items; the source has {s.Items.Count} here ({At(s.Location)})", t.Location);
                    return false;
                }

                foreach (var (si, ti) in s.Items.Zip(t.Items))
                {
                    if (si.Checked != ti.Checked)
                    {
                        Error(DiagnosticCodes.TranslationBlocks, $"this item's box is {(ti.Checked == true ? "ticked" : "empty")}; in the source it is {(si.Checked == true ? "ticked" : "empty")} ({At(si.Location)})", ti.Location);
                    }

                    CompareText(si.Text, ti.Text);
                    CompareBlocks(si.Children, ti.Children, ti.Location, "this list item");
                }

                return true;
            case (TableBlock s, TableBlock t):
                if (s.Rows.Count != t.Rows.Count || s.Columns != t.Columns)
                {
                    Error(DiagnosticCodes.TranslationBlocks, $"this table has {t.Rows.Count} rows of {t.Columns} cells; the source's has {s.Rows.Count} rows of {s.Columns} ({At(s.Location)})", t.Location);
                    return false;
                }

                foreach (var (sr, tr) in s.Rows.Zip(t.Rows))
                {
                    foreach (var (sc, tc) in sr.Cells.Zip(tr.Cells))
                    {
                        CompareText(sc, tc);
                    }
                }

                return true;
            case (ImageBlock s, ImageBlock t):
                if (s.Source != t.Source && !string.Equals(Path.GetFileNameWithoutExtension(s.Source), Path.GetFileNameWithoutExtension(t.Source).Split('.')[0], StringComparison.Ordinal))
                {
                    _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.TranslationBlocks, $"this image is '{t.Source}'; the source shows '{s.Source}' ({At(s.Location)})", t.Location));
                }

                // Size and place are the layout's: a translation keeps them, or its panels differ.
                if (s.Layout != t.Layout)
                {
                    Error(DiagnosticCodes.TranslationBlocks, $"this picture is placed {Describe(t.Layout)}; in the source it is {Describe(s.Layout)} ({At(s.Location)}): keep the source's attributes", t.Location);
                }

                if (s.Alt is not null && t.Alt is not null)
                {
                    CompareText(s.Alt, t.Alt);
                }
                else if (s.Alt is null != t.Alt is null)
                {
                    Error(DiagnosticCodes.TranslationBlocks, $"this image is {(t.Alt is null ? "decorative" : "described")}; in the source it is {(s.Alt is null ? "decorative" : "described")} ({At(s.Location)})", t.Location);
                }

                return true;
            case (QrBlock s, QrBlock t):
                var expected = _translationMeta.Localized(s.Target);
                if (LinkAddress.Key(expected) != LinkAddress.Key(t.Target))
                {
                    Error(DiagnosticCodes.TranslationInvariant, $"this QR code leads to '{t.Target}'; the source's leads to '{s.Target}' ({At(s.Location)}){Counterpart(s.Target, expected)}", t.Location);
                }

                CompareText(s.Caption, t.Caption);
                return true;
            case (CalloutBlock s, CalloutBlock t):
                if (s.Kind != t.Kind)
                {
                    Error(DiagnosticCodes.TranslationBlocks, $"this call-out is '::: {t.Kind}'; the source's is '::: {s.Kind}' ({At(s.Location)}); the kind is a keyword, never translated", t.Location);
                    return false;
                }

                CompareBlocks(s.Blocks, t.Blocks, t.Location, "this call-out");
                return true;
            default:
                return true;
        }
    }

    private void CompareText(ContentText source, ContentText translation)
    {
        var translated = InvariantExtractor.Extract(translation.PlainText, _translationPhones).Select(i => i.Key).ToList();
        foreach (var (kind, text, key) in InvariantExtractor.Extract(source.PlainText, _sourcePhones))
        {
            // A web address the translation maps to its own counterpart must be that counterpart.
            var localized = kind == InvariantExtractor.WebKind ? _translationMeta.Localized(text) : text;
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
            var expected = _translationMeta.Localized(target);
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

        if (source.Raw.Trim() == translation.Raw.Trim() && HasOwnWords(WithoutLanguageSpans(source.Inlines)))
        {
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Untranslated, $"this text is identical to the source ({At(source.Location)}): untranslated? (names that must stay go under 'untranslated-ok' in brochure.yaml)", translation.Location));
        }
    }

    private void ComparePattern(ContentText? source, ContentText? translation, SourceLocation fallback)
    {
        if (source is null)
        {
            return;
        }

        foreach (Match placeholder in Regex.Matches(source.Raw, @"\{\w+\}"))
        {
            if (translation is null || !translation.Raw.Contains(placeholder.Value, StringComparison.Ordinal))
            {
                Error(DiagnosticCodes.TranslationInvariant, $"the link description needs the placeholder {placeholder.Value}, as in the source ({At(source.Location)})", translation?.Location ?? fallback);
            }
        }

        // Not read on the page, so easily left in the source's language: a screen reader would then
        // announce every phone number or address of this edition in that language.
        if (translation is not null && translation.Raw == source.Raw && HasOwnWords(source.PlainText))
        {
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.Untranslated, $"this link description is identical to the source's ({At(source.Location)}): a screen reader would read it in the source's language in this edition; translate it", translation.Location));
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

    // Text that is more than its invariants and the names that stay untranslated.
    private bool HasOwnWords(string text)
    {
        // Names first: an address such as "505 Hudson Street" holds a number the invariants would take.
        var rest = text;
        foreach (var name in _untranslatedOk)
        {
            rest = rest.Replace(name, " ", StringComparison.Ordinal);
        }

        foreach (var (_, invariant, _) in InvariantExtractor.Extract(rest, _translationPhones))
        {
            rest = rest.Replace(invariant, " ", StringComparison.Ordinal);
        }

        return rest.Any(char.IsLetter);
    }

    private static int Count(IEnumerable<InlineNode> nodes, InlineKind style) => nodes.Sum(n => n switch
    {
        StyledInline styled => (styled.Style == style ? 1 : 0) + Count(styled.Children, style),
        LinkInline link => Count(link.Children, style),
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

    private static int Links(IEnumerable<InlineNode> nodes) => nodes.Sum(n => n switch
    {
        LinkInline => 1,
        StyledInline styled => Links(styled.Children),
        _ => 0,
    });

    private static string Attributes(ContentSection section)
    {
        var parts = new List<string>();
        if (section.Pin is not null)
        {
            parts.Add("pin=" + section.Pin);
        }

        if (section.NewPanel)
        {
            parts.Add(".new-panel");
        }

        if (section.Box is not null)
        {
            parts.Add("::: " + section.Box);
        }

        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    private static string Describe(ContentBlock block) => block switch
    {
        ParagraphBlock => "paragraph",
        SubheadingBlock heading => new string('#', heading.Level) + " heading",
        ListBlock list => $"{list.Kind.ToString().ToLowerInvariant()} list",
        TableBlock => "table",
        ImageBlock => "image",
        QrBlock => "QR code",
        CalloutBlock callout => $"'::: {callout.Kind}' call-out",
        _ => "block",
    };

    private string At(SourceLocation location) => $"{_sourceFile}({location.Line},{location.Column})";

    private void Error(string code, string message, SourceLocation location) => _diagnostics.Add(Diagnostic.Error(code, message, location));

    private static string Describe(PictureAttributes picture) =>
        $"'{{{string.Join(' ', new[] { picture.Width is null ? null : $"width={picture.Width}", picture.Height is null ? null : $"height={picture.Height}", picture.Place == PicturePlace.Start ? null : "." + picture.PlaceName, picture.Byline ? ".byline" : null, picture.AboveTitle ? "before the title" : null }.OfType<string>())}}}'";
}
