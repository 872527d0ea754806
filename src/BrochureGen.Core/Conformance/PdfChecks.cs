using System.Globalization;
using BrochureGen.Layout;
using BrochureGen.Rendering.Pdf;

namespace BrochureGen.Conformance;

/// <summary>The PDF checks of <see cref="AccessibilityChecks"/>, on what the writer reports of one PDF (<see cref="PdfAccessibilityFacts"/>).</summary>
public static class PdfChecks
{
    /// <summary>The standard structure types of ISO 32000-1 (14.8.4) a brochure can use.</summary>
    public static readonly IReadOnlySet<string> StandardTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody",
        "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "Warichu", "Figure", "Formula", "Form",
    };

    public static IEnumerable<CheckResult> Results(EvidenceFormat format, PdfAccessibilityFacts facts, LaidOutBrochure drawn, string locale)
    {
        yield return Tagged(format, facts);
        yield return Metadata(format, facts);
        yield return Language(format, facts, locale);
        yield return LanguageParts(format, facts);
        yield return StructureTypes(format, facts);
        yield return Headings(format, facts);
        yield return Lists(format, facts);
        yield return Tables(format, facts);
        yield return Figures(format, facts);
        yield return Links(format, facts);
        yield return Fonts(format, facts, drawn);
        if (AccessibilityChecks.PdfBookmarks.Formats.Contains(format))
        {
            yield return Bookmarks(format, facts);
        }
    }

    private static CheckResult Tagged(EvidenceFormat format, PdfAccessibilityFacts facts)
    {
        var elements = facts.Tags.Count;
        var ok = facts.MarkedTrue && elements > 1 && facts.MarkedContentSequences > 0;
        return Result(AccessibilityChecks.PdfTagged, format, ok, $"tagged (/Marked true: {Yes(facts.MarkedTrue)}); {elements} structure elements own {facts.MarkedContentSequences} marked-content sequences on {facts.Pages} pages; decoration drawn as artifacts");
    }

    private static CheckResult Metadata(EvidenceFormat format, PdfAccessibilityFacts facts)
    {
        var ok = facts.XmpTitle.Length > 0 && facts.PdfUaPart == "1" && facts.DisplayDocTitle;
        return Result(AccessibilityChecks.PdfMetadata, format, ok, $"dc:title {EditionText.Quote(facts.XmpTitle)}, pdfuaid:part {facts.PdfUaPart ?? "missing"}, DisplayDocTitle {Yes(facts.DisplayDocTitle, "true", "false")}");
    }

    private static CheckResult Language(EvidenceFormat format, PdfAccessibilityFacts facts, string locale)
    {
        var ok = facts.CatalogLanguage == locale && LanguageTag.IsWellFormed(facts.CatalogLanguage) && facts.XmpLanguage == facts.CatalogLanguage;
        return Result(AccessibilityChecks.PdfLanguage, format, ok, $"/Lang {facts.CatalogLanguage}, dc:language {Shown(facts.XmpLanguage)}" + (facts.CatalogLanguage == locale ? string.Empty : $" (the edition is {locale})"));
    }

    private static CheckResult LanguageParts(EvidenceFormat format, PdfAccessibilityFacts facts)
    {
        var spans = facts.Tags.Where(t => t.Language is not null && t.Type != "Document").ToList();
        var malformed = spans.Where(s => !LanguageTag.IsWellFormed(s.Language)).Select(s => s.Language!).Distinct().ToList();
        var measured = spans.Count == 0
            ? "no element is marked with another language"
            : $"{spans.Count} elements with a language of their own: " + string.Join(", ", spans.GroupBy(s => s.Language!, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}"));
        return Result(AccessibilityChecks.PdfLanguageParts, format, malformed.Count == 0, measured) with { Findings = malformed.Select(m => $"'{m}' is not a well-formed language tag").ToList() };
    }

    private static CheckResult StructureTypes(EvidenceFormat format, PdfAccessibilityFacts facts)
    {
        var other = facts.TypesUsed.Where(t => !StandardTypes.Contains(t)).ToList();
        var measured = $"{string.Join(", ", facts.TypesUsed)}; {(facts.HasRoleMap ? "a role map" : "no role map")}";
        return Result(AccessibilityChecks.PdfStructureTypes, format, other.Count == 0 && !facts.HasRoleMap, measured) with { Findings = other.Select(t => $"'{t}' is not a standard structure type").ToList() };
    }

    private static CheckResult Headings(EvidenceFormat format, PdfAccessibilityFacts facts)
    {
        var headings = facts.Tags.Where(t => t.Type == "H" || IsNumberedHeading(t.Type)).Select(t => t.Type).ToList();
        var findings = new List<string>();
        if (headings.Contains("H"))
        {
            findings.Add("an unnumbered H is used");
        }

        var levels = headings.Where(IsNumberedHeading).Select(h => h[1] - '0').ToList();
        if (levels.Count > 0 && levels[0] != 1)
        {
            findings.Add($"the first heading is H{levels[0]}, not H1");
        }

        for (var i = 1; i < levels.Count; i++)
        {
            if (levels[i] > levels[i - 1] + 1)
            {
                findings.Add($"H{levels[i]} follows H{levels[i - 1]} (heading {i + 1})");
            }
        }

        if (levels.Count == 0)
        {
            findings.Add("no heading");
        }

        var measured = levels.Count == 0 ? "no heading" : string.Join(", ", levels.GroupBy(l => l).OrderBy(g => g.Key).Select(g => $"H{g.Key} ×{g.Count()}")) + (findings.Count == 0 ? "; the first is H1, no level skipped" : string.Empty);
        return Result(AccessibilityChecks.PdfHeadings, format, findings.Count == 0, measured) with { Findings = findings };
    }

    private static CheckResult Lists(EvidenceFormat format, PdfAccessibilityFacts facts)
    {
        var lists = facts.Tags.Where(t => t.Type == "L").ToList();
        var items = facts.Tags.Where(t => t.Type == "LI").ToList();
        if (lists.Count == 0)
        {
            return new CheckResult(AccessibilityChecks.PdfLists, format, CheckStatus.NotApplicable, "no list");
        }

        var findings = lists.Where(l => l.ChildTypes.Any(c => c is not "LI" and not "L" and not "Caption")).Select(l => $"a list holds {string.Join(", ", l.ChildTypes.Where(c => c is not "LI" and not "L" and not "Caption").Distinct())}")
            .Concat(items.Where(i => !i.ChildTypes.Contains("LBody") || i.ChildTypes.Any(c => c is not "Lbl" and not "LBody")).Select(i => $"a list item holds {string.Join(", ", i.ChildTypes)}"))
            .Concat(facts.Tags.Where(t => t.Type is "LI" && t.ParentType != "L").Select(t => $"a list item inside {t.ParentType}"))
            .Distinct()
            .ToList();
        return Result(AccessibilityChecks.PdfLists, format, findings.Count == 0, $"{lists.Count} lists, {items.Count} items, each item a Lbl and an LBody") with { Findings = findings };
    }

    private static CheckResult Tables(EvidenceFormat format, PdfAccessibilityFacts facts)
    {
        var tables = facts.Tags.Where(t => t.Type == "Table").ToList();
        if (tables.Count == 0)
        {
            return new CheckResult(AccessibilityChecks.PdfTables, format, CheckStatus.NotApplicable, "no table");
        }

        var headers = facts.Tags.Where(t => t.Type == "TH").ToList();
        var findings = tables.Where(t => t.ChildTypes.Any(c => c is not "TR" and not "THead" and not "TBody" and not "TFoot" and not "Caption")).Select(_ => "a table holds something other than rows")
            .Concat(facts.Tags.Where(t => t.Type == "TR" && t.ChildTypes.Any(c => c is not "TH" and not "TD")).Select(_ => "a row holds something other than cells"))
            .Concat(headers.Where(h => !h.HasScope).Select(_ => "a header cell has no Scope"))
            .Distinct()
            .ToList();
        return Result(AccessibilityChecks.PdfTables, format, findings.Count == 0, $"{tables.Count} tables, {facts.Tags.Count(t => t.Type == "TR")} rows, {headers.Count} header cells with Scope") with { Findings = findings };
    }

    private static CheckResult Figures(EvidenceFormat format, PdfAccessibilityFacts facts)
    {
        var figures = facts.Tags.Where(t => t.Type == "Figure").ToList();
        if (figures.Count == 0)
        {
            return new CheckResult(AccessibilityChecks.PdfFigures, format, CheckStatus.NotApplicable, "no figure");
        }

        var without = figures.Count(f => !f.HasAlt);
        return Result(AccessibilityChecks.PdfFigures, format, without == 0, without == 0 ? $"{figures.Count} figures, each with alternative text" : $"{without} of {figures.Count} figures without alternative text");
    }

    private static CheckResult Links(EvidenceFormat format, PdfAccessibilityFacts facts)
    {
        var links = facts.Tags.Count(t => t.Type == "Link");
        var tabs = facts.PagesWithStructureTabOrder == facts.Pages;
        var tabOrder = $"/Tabs /S on {facts.PagesWithStructureTabOrder} of {facts.Pages} pages";
        if (format == EvidenceFormat.Print)
        {
            var spans = facts.Tags.Count(t => t.Type == "Span");
            return Result(AccessibilityChecks.PdfLinks, format, facts.LinkAnnotations.Count == 0 && links == 0 && tabs, $"no link annotation (paper cannot be clicked; links are Span elements, {spans} Spans); {tabOrder}");
        }

        var findings = new List<string>();
        var outside = facts.LinkAnnotations.Count(a => a.ParentType != "Link");
        var undescribed = facts.LinkAnnotations.Count(a => !a.HasContents);
        var empty = facts.Tags.Count(t => t.Type == "Link" && t.Annotations == 0);
        if (outside > 0)
        {
            findings.Add($"{outside} annotations outside a Link element");
        }

        if (undescribed > 0)
        {
            findings.Add($"{undescribed} annotations without /Contents");
        }

        if (empty > 0)
        {
            findings.Add($"{empty} Link elements without an annotation");
        }

        if (!tabs)
        {
            findings.Add(tabOrder);
        }

        var measured = links == 0 ? $"no link; {tabOrder}" : $"{facts.LinkAnnotations.Count} link annotations in {links} Link elements, each with /Contents; {tabOrder}";
        return Result(AccessibilityChecks.PdfLinks, format, findings.Count == 0, findings.Count == 0 ? measured : string.Join("; ", findings)) with { Findings = findings };
    }

    // Faces that are one file (a family repeating a face) are one embedded font.
    private static CheckResult Fonts(EvidenceFormat format, PdfAccessibilityFacts facts, LaidOutBrochure drawn)
    {
        var used = drawn.Pages.SelectMany(p => p.Panels.SelectMany(panel => panel.Items).Concat(p.PageDecorations)).OfType<TextRunItem>().Select(r => r.Face.FilePath).Distinct(StringComparer.Ordinal).ToList();
        var missing = used.Where(file => !facts.EmbeddedFontFiles.Contains(file)).Select(Path.GetFileName).ToList();
        var measured = missing.Count == 0
            ? $"{facts.EmbeddedFontFiles.Count} font files embedded as subsets with ToUnicode ({string.Join(", ", facts.EmbeddedFontFiles.Select(Path.GetFileName))}); every face the text uses is among them"
            : $"not embedded: {string.Join(", ", missing)}";
        return Result(AccessibilityChecks.PdfFonts, format, missing.Count == 0, measured);
    }

    private static CheckResult Bookmarks(EvidenceFormat format, PdfAccessibilityFacts facts)
    {
        var headings = facts.Tags.Count(t => IsNumberedHeading(t.Type));
        return Result(AccessibilityChecks.PdfBookmarks, format, facts.Bookmarks == headings && (headings == 0 || facts.Bookmarks > 0), string.Create(CultureInfo.InvariantCulture, $"{facts.Bookmarks} bookmarks for {headings} headings"));
    }

    private static bool IsNumberedHeading(string type) => type.Length == 2 && type[0] == 'H' && type[1] is >= '1' and <= '6';

    private static CheckResult Result(AccessibilityCheck check, EvidenceFormat format, bool passed, string measured) =>
        new(check, format, passed ? CheckStatus.Pass : CheckStatus.Fail, measured);

    private static string Yes(bool value, string yes = "yes", string no = "no") => value ? yes : no;

    private static string Shown(string value) => value.Length == 0 ? "missing" : value;
}
