using System.Text;
using System.Text.RegularExpressions;
using BrochureGen.Content;
using BrochureGen.Content.Markdown;
using BrochureGen.Diagnostics;

namespace BrochureGen.Xliff;

/// <summary>
/// <c>xliff import FILE</c>: a vendor's XLIFF file back into <c>&lt;locale&gt;.md</c>. The file's
/// units are matched with the source's texts by id and their targets written into a copy of the
/// source file in place of the source's texts (so structure, attributes and call-outs stay the
/// source's), with the code data of the source — never the file's own, which a vendor could
/// have changed — and the translation's declared <c>links</c> applied. The result is read and
/// checked like any translation; every problem is reported at the XLIFF file's line with its
/// unit's id, and nothing is returned to write while any unit fails.
/// </summary>
public static partial class XliffImporter
{
    public static XliffImport Import(string xliffPath, string contentRoot)
    {
        var display = DisplayPath.For(xliffPath);
        var document = XliffReader.Read(xliffPath, display);
        var at = document.FileLocation;
        var folder = Path.Combine(contentRoot, document.FileId);
        if (!ContentLoader.IsBrochureId(document.FileId) || !File.Exists(Path.Combine(folder, ContentLoader.ManifestFileName)))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.XliffBrochure, $"the file is for the brochure '{document.FileId}', which is not under '{DisplayPath.For(contentRoot)}' (its <file id> names the brochure it was exported from)", at));
        }

        var brochure = ContentLoader.LoadManifest(folder);
        var locale = document.TargetLanguage;
        if (brochure.Format != ContentFormat.Markdown)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.XliffBrochure, $"{brochure.Id} is written as YAML keys; XLIFF import writes Markdown content (<locale>.md)", at));
        }

        if (document.SourceLanguage != brochure.SourceLocale)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.XliffBrochure, $"the file translates from '{document.SourceLanguage}', but {brochure.Id} is written in '{brochure.SourceLocale}'", at));
        }

        if (!ContentLoader.IsValidLanguageTag(locale) || locale == brochure.SourceLocale)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.XliffBrochure, $"the file's target language '{locale}' {(locale == brochure.SourceLocale ? "is the source's" : "is not a language tag like es, pt-BR or zh-Hans")}", at));
        }

        var source = ContentLoader.LoadLocale(brochure, brochure.SourceLocale, markSourceLanguageNames: false);
        var sourceText = ContentFile.ReadText(source.FilePath, DisplayPath.For(source.FilePath), brochure.Directory, FileKind.Content).Normalize(NormalizationForm.FormC);
        var units = TranslationUnits.Of(source.Markdown!);
        var phones = brochure.PhoneNumbersOf(brochure.SourceLocale);
        var links = ExistingLinks(brochure, locale);
        var problems = new List<Diagnostic>(document.Problems);

        var byId = document.Units.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var unit in document.Units.Where(u => !units.Any(s => s.Id == u.Id)))
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.XliffUnits, $"unit '{unit.Id}' is not a text of {Path.GetFileName(source.FilePath)}: was the file exported from another version of the brochure? Export it again", unit.Location));
        }

        var translated = new Dictionary<string, (string Markdown, XliffUnit Unit)>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!byId.TryGetValue(unit.Id, out var xliffUnit))
            {
                problems.Add(Diagnostic.Error(DiagnosticCodes.XliffUnits, $"the source's text {unit.Id} ({At(unit.Text.Location)}) has no unit in the file; keep every unit of the export", at));
                continue;
            }

            if (document.Damaged.Contains(unit.Id))
            {
                continue;
            }

            var content = UnitContent.Of(unit.Text, phones, brochure.UntranslatedOk);
            if (Canonical(xliffUnit.Parts.SelectMany(p => p.Source)) != Canonical(content.Inlines))
            {
                problems.Add(Diagnostic.Error(DiagnosticCodes.XliffSourceChanged, $"unit '{unit.Id}': its source is not the text of {At(unit.Text.Location)} now: {Path.GetFileName(source.FilePath)} changed after the file was exported; export it again and carry the translation over", xliffUnit.Location));
                continue;
            }

            var markdown = new StringBuilder();
            var complete = true;
            foreach (var part in xliffUnit.Parts)
            {
                if (part.Target is null && !part.Ignorable && Canonical(part.Source).Trim().Length > 0)
                {
                    problems.Add(Diagnostic.Error(DiagnosticCodes.XliffUntranslated, $"unit '{unit.Id}': a segment has no translation (<target>)", part.Location));
                    complete = false;
                    continue;
                }

                Write(markdown, part.Target ?? part.Source, content.Codes, unit.Id, links, problems, unit.InFrontMatter, display);
            }

            if (complete)
            {
                translated[unit.Id] = (markdown.ToString(), xliffUnit);
            }
        }

        if (problems.Count > 0)
        {
            throw new BrochureException(problems);
        }

        var targetPath = brochure.ContentFile(locale);
        var (text, placed) = Compose(sourceText, units, translated, links);
        var diagnostics = new List<Diagnostic>();
        try
        {
            var translation = ContentLoader.LoadMarkdown(brochure, locale, text, targetPath);
            var sourceContent = ContentLoader.LoadLocale(brochure, brochure.SourceLocale);
            diagnostics.AddRange(translation.ReadWarnings);
            diagnostics.AddRange(TranslationChecker.Check(sourceContent, translation));
        }
        catch (BrochureException ex)
        {
            diagnostics.AddRange(ex.Diagnostics);
        }

        var targetDisplay = DisplayPath.For(targetPath);
        var located = diagnostics.Select(d => Relocate(d, targetDisplay, text, placed, at)).ToList();
        if (located.Any(d => d.Severity == Severity.Error))
        {
            throw new BrochureException(located);
        }

        var files = new List<(string, byte[])> { (targetPath, Encoding.UTF8.GetBytes(text)) };
        if (!brochure.Locales.Contains(locale))
        {
            var manifestPath = Path.Combine(folder, ContentLoader.ManifestFileName);
            files.Add((manifestPath, Encoding.UTF8.GetBytes(ManifestEditor.AddDraftLocale(ManifestEditor.Read(manifestPath), locale))));
        }

        return new XliffImport(locale, files, located);
    }

    // The translation's own 'links' (declared in its front matter) carry over to the new file and
    // are applied to the link data, which the vendor could not change.
    private static IReadOnlyList<LocalizedLink> ExistingLinks(BrochureManifest brochure, string locale)
    {
        if (!brochure.Locales.Contains(locale))
        {
            return [];
        }

        try
        {
            return ContentLoader.LoadLocale(brochure, locale, markSourceLanguageNames: false).Markdown?.Meta.Links ?? [];
        }
        catch (BrochureException)
        {
            // A translation that does not read declares nothing; the import replaces it.
            return [];
        }
    }

    private static void Write(StringBuilder markdown, IReadOnlyList<XliffInline> inlines, IReadOnlyDictionary<string, CodeData> codes, string unit, IReadOnlyList<LocalizedLink> links, List<Diagnostic> problems, bool plain, string display)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case XliffText text:
                    var atLineStart = markdown.Length == 0 || markdown[^1] == '\n';
                    markdown.Append(plain ? text.Text.Replace('\n', ' ') : MarkdownText.Escape(Localized(text.Text, links), atLineStart));
                    break;
                case XliffMarker marker:
                    Write(markdown, marker.Children, codes, unit, links, problems, plain, display);
                    break;
                case XliffCode code:
                    if (!codes.TryGetValue(code.Id, out var data) || data.Spanning != code.Children is not null)
                    {
                        problems.Add(Diagnostic.Error(DiagnosticCodes.XliffCodes, $"unit '{unit}': the code '{code.Id}' is not {(data is null ? "a code of this unit's source" : data.Spanning ? "a standalone code (<ph/>) but spans text (<pc>) in the source" : "a spanning code (<pc>) but a standalone one (<ph/>) in the source")}; keep the codes of the exported file", new SourceLocation(display, code.Line, code.Column)));
                        break;
                    }

                    markdown.Append(data.Start);
                    if (code.Children is { } children)
                    {
                        Write(markdown, children, codes, unit, links, problems, plain, display);
                        markdown.Append(LocalizedLinkEnd(data, links));
                    }

                    break;
            }
        }
    }

    // "](https://www.cdc.gov/extremeheat)" becomes "](https://www.cdc.gov/extremeheat/espanol)" where 'links' says so.
    private static string LocalizedLinkEnd(CodeData data, IReadOnlyList<LocalizedLink> links)
    {
        if (data.Type != "link" || data.End is not { } end)
        {
            return data.End ?? string.Empty;
        }

        var close = end.IndexOf(')', StringComparison.Ordinal);
        var target = end[2..close];
        var mapped = links.FirstOrDefault(l => LinkAddress.Key(l.Source) == LinkAddress.Key(target));
        return mapped is null ? end : "](" + AutoLinker.TargetFor(mapped.Translation) + end[close..];
    }

    // An address the translator kept as the source wrote it, where 'links' maps it to the translation's own.
    private static string Localized(string text, IReadOnlyList<LocalizedLink> links)
    {
        var trimmed = text.Trim();
        var mapped = links.FirstOrDefault(l => LinkAddress.Key(l.Source) == LinkAddress.Key(trimmed));
        if (mapped is null || trimmed.Length == 0)
        {
            return text;
        }

        var visible = trimmed.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? mapped.Translation : AutoLinker.VisibleAddress(AutoLinker.TargetFor(mapped.Translation));
        return text.Replace(trimmed, visible, StringComparison.Ordinal);
    }

    /// <summary>
    /// The translation's file: its front matter made from the front matter units (and the
    /// existing 'links'), then the source's body with each text replaced by its translation.
    /// Returns where each unit's text was placed (offsets into the result).
    /// </summary>
    private static (string Text, List<(string Id, int Start, int End, XliffUnit Unit)> Placed) Compose(string sourceText, IReadOnlyList<TranslationUnit> units, Dictionary<string, (string Markdown, XliffUnit Unit)> translated, IReadOnlyList<LocalizedLink> links)
    {
        var placed = new List<(string, int, int, XliffUnit)>();
        var text = new StringBuilder();
        var frontMatter = units.Where(u => u.InFrontMatter).ToList();
        if (frontMatter.Count > 0 || links.Count > 0)
        {
            text.Append("---\n");
            void Value(string key, string id, string indent = "")
            {
                if (translated.TryGetValue(id, out var value))
                {
                    text.Append(indent).Append(key).Append(": ");
                    placed.Add((id, text.Length, text.Length + Quote(value.Markdown).Length, value.Unit));
                    text.Append(Quote(value.Markdown)).Append('\n');
                }
            }

            Value("subject", "subject");
            // A flow sequence, as new-locale and the stock brochures write keywords.
            var keywords = frontMatter.Where(u => u.Id.StartsWith("keywords.", StringComparison.Ordinal) && translated.ContainsKey(u.Id)).ToList();
            if (keywords.Count > 0)
            {
                text.Append("keywords: [");
                for (var i = 0; i < keywords.Count; i++)
                {
                    var value = translated[keywords[i].Id];
                    var quoted = Quote(value.Markdown);
                    text.Append(i == 0 ? string.Empty : ", ");
                    placed.Add((keywords[i].Id, text.Length, text.Length + quoted.Length, value.Unit));
                    text.Append(quoted);
                }

                text.Append("]\n");
            }

            Value("author", "author");
            if (frontMatter.Any(u => u.Id.StartsWith("link-descriptions.", StringComparison.Ordinal)))
            {
                text.Append("link-descriptions:\n");
                Value("call", "link-descriptions.call", "  ");
                Value("website", "link-descriptions.website", "  ");
            }

            if (links.Count > 0)
            {
                text.Append("links:\n");
                foreach (var link in links)
                {
                    text.Append("  ").Append(Quote(link.Source)).Append(": ").Append(Quote(link.Translation)).Append('\n');
                }
            }

            text.Append("---\n");
        }

        var lineStarts = LineStarts(sourceText);
        var position = BodyStart(sourceText);
        foreach (var unit in units.Where(u => !u.InFrontMatter).OrderBy(u => u.Text.Location.Line).ThenBy(u => u.Text.Location.Column))
        {
            var start = lineStarts[unit.Text.Location.Line - 1] + unit.Text.Location.Column - 1;
            var length = unit.Text.Raw.Length;
            if (unit.AfterCheckbox && Regex.IsMatch(unit.Text.Raw, @"^\[[ xX]\] "))
            {
                start += 4;
                length -= 4;
            }

            if (start < position || !translated.TryGetValue(unit.Id, out var value))
            {
                continue;
            }

            text.Append(LocalizedGap(sourceText[position..start], links));
            var continuation = Continuation(sourceText, lineStarts[unit.Text.Location.Line - 1], start);
            // The spaces around a text in the source (a table cell's padding, before a "{.byline}") stay.
            var raw = sourceText[start..(start + length)];
            var markdown = raw[..(raw.Length - raw.TrimStart(' ').Length)]
                + value.Markdown.Trim(' ').Replace("\\\n", "\\\n" + continuation, StringComparison.Ordinal)
                + raw[raw.TrimEnd(' ').Length..];
            placed.Add((unit.Id, text.Length, text.Length + markdown.Length, value.Unit));
            text.Append(markdown);
            position = start + length;
        }

        text.Append(LocalizedGap(sourceText[position..], links));
        return (text.ToString(), placed);
    }

    // QR codes' targets sit outside the texts: "](https://…){.qr}".
    private static string LocalizedGap(string gap, IReadOnlyList<LocalizedLink> links) => links.Count == 0 ? gap : LinkTarget().Replace(gap, match =>
    {
        var mapped = links.FirstOrDefault(l => LinkAddress.Key(l.Source) == LinkAddress.Key(match.Groups["url"].Value));
        return mapped is null ? match.Value : "](" + AutoLinker.TargetFor(mapped.Translation) + ")";
    });

    // What starts the continuation lines of a text that breaks its line: the indentation of a
    // list item, the '>' of a quote, kept from the source's line.
    private static string Continuation(string text, int lineStart, int textStart) =>
        string.Concat(text[lineStart..textStart].Select(c => c is '>' or ' ' or '\t' ? c : ' '));

    private static int BodyStart(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return 0;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? 0 : text.IndexOf('\n', end + 4) is var newline and >= 0 ? newline + 1 : text.Length;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    // A diagnostic of the file made from the XLIFF file points at the unit whose text is on its line.
    private static Diagnostic Relocate(Diagnostic diagnostic, string targetDisplay, string text, List<(string Id, int Start, int End, XliffUnit Unit)> placed, SourceLocation fallback)
    {
        if (diagnostic.Location is not { } location || location.File != targetDisplay)
        {
            return diagnostic;
        }

        var lineStarts = LineStarts(text);
        var line = Math.Max(1, location.Line);
        var offset = lineStarts[Math.Min(line, lineStarts.Count) - 1] + Math.Max(0, location.Column - 1);
        var unit = placed.FirstOrDefault(p => p.Start <= offset && offset <= p.End);
        if (unit.Unit is null)
        {
            unit = placed.Where(p => LineOf(lineStarts, p.Start) <= line && line <= LineOf(lineStarts, p.End)).FirstOrDefault();
        }

        if (unit.Unit is null)
        {
            return diagnostic with { Message = $"in the {Path.GetFileName(targetDisplay)} made from this file, line {line}: {diagnostic.Message}", Location = fallback };
        }

        var where = SegmentNamed(diagnostic.Message, unit.Unit) ?? unit.Unit.Parts.Select(p => p.TargetLocation).FirstOrDefault(l => l is not null) ?? unit.Unit.Location;
        return diagnostic with { Message = $"unit '{unit.Id}': {diagnostic.Message}", Location = where };
    }

    // A check that names a value of the source ("the phone number '711' … is missing") points at
    // the one segment whose source has that value: that is where the translator dropped it.
    private static SourceLocation? SegmentNamed(string message, XliffUnit unit)
    {
        if (QuotedValue().Match(message) is not { Success: true } quoted)
        {
            return null;
        }

        var value = quoted.Groups[1].Value;
        var having = unit.Parts.Where(p => !p.Ignorable && PlainText(p.Source).Contains(value, StringComparison.Ordinal)).ToList();
        return having is [var part] ? part.TargetLocation ?? part.Location : null;
    }

    private static string PlainText(IEnumerable<XliffInline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        XliffText text => text.Text,
        XliffMarker marker => PlainText(marker.Children),
        XliffCode { Children: { } children } => PlainText(children),
        _ => string.Empty,
    }));

    private static int LineOf(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }

    // What a unit's source says, whatever the segmentation and markers: text and codes by id.
    private static string Canonical(IEnumerable<XliffInline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        XliffText text => text.Text,
        XliffMarker marker => Canonical(marker.Children),
        XliffCode { Children: { } children } code => "{" + code.Id + "}" + Canonical(children) + "{/" + code.Id + "}",
        XliffCode code => "{" + code.Id + "/}",
        _ => string.Empty,
    }));

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\"";

    private static string At(SourceLocation location) => $"{Path.GetFileName(location.File)}({location.Line},{location.Column})";

    [GeneratedRegex("'([^'\\n]+)'")]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@"\]\((?<url>[^()\s]+)\)")]
    private static partial Regex LinkTarget();
}
