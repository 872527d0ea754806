using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BrochureGen.Build;
using BrochureGen.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit.Abstractions;

namespace BrochureGen.Tests;

/// <summary>
/// The large-print PDF of every edition, read back with qpdf, poppler and PdfPig: tagged and
/// checked as the screen PDFs are, and large print by the numbers: every text run at least
/// 18 pt with headings larger, lines at least 1.5 × the size apart, text at least 7:1 on white
/// and never on a tint, portrait Letter or A4 pages.
/// </summary>
public sealed class LargePrintTests(ITestOutputHelper output)
{
    public static readonly TheoryData<string> Locales = new([.. EnglishEdition.SampleLocales]);

    private static readonly string[] StandardTypes = ["Document", "Sect", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody", "Link", "Figure", "Span", "Table", "TR", "TH", "TD"];

    private static readonly ConcurrentDictionary<string, byte[]> Editions = new();

    private static byte[] LargePrint(string locale) =>
        Editions.GetOrAdd(locale, l => Build(RepoPaths.Content, RepoPaths.Templates, l));

    private static byte[] Build(string contentRoot, string templatesRoot, string locale, string brochure = EnglishEdition.SampleId) =>
        EnglishEdition.Build(contentRoot, templatesRoot, locale, EditionKinds.LargePrint, brochure).LargePrintPdf
        ?? throw new InvalidOperationException("no large-print PDF was made");

    [SkippableTheory]
    [MemberData(nameof(Locales))]
    public void Is_tagged_as_the_screen_pdfs_are(string locale)
    {
        var pdf = QpdfJson.Read(LargePrint(locale));
        Assert.Equal(locale, QpdfJson.Text(pdf.Catalog.GetProperty("/Lang")));
        Assert.True(pdf.Resolve(pdf.Catalog.GetProperty("/MarkInfo")).GetProperty("/Marked").GetBoolean());
        Assert.True(pdf.Resolve(pdf.Catalog.GetProperty("/ViewerPreferences")).GetProperty("/DisplayDocTitle").GetBoolean());
        foreach (var page in pdf.Pages())
        {
            Assert.Equal("/S", page.GetProperty("/Tabs").GetString());
            Assert.True(page.TryGetProperty("/StructParents", out _));
            var report = ContentStreamScanner.Scan(pdf.PageContent(page));
            Assert.Empty(report.NestingErrors);
            Assert.Empty(report.UntaggedOperators);
            Assert.True(report.MarkedSequences > 5);
        }

        // One Document of sections, one per page, in the standard types only.
        var document = Assert.Single(StructureNode.Read(pdf).Children);
        Assert.Equal("Document", document.Type);
        Assert.Equal(pdf.Pages().Count, document.Children.Count);
        Assert.All(document.Children, section => Assert.Equal("Sect", section.Type));
        var nodes = document.Descendants().ToList();
        Assert.All(nodes.Select(n => n.Type).Distinct(), type => Assert.Contains(type, StandardTypes));

        // The title is the first heading and the only H1; no level is skipped.
        var headings = nodes.Where(n => Regex.IsMatch(n.Type, "^H[1-6]$")).Select(n => n.Type[1] - '0').ToList();
        Assert.Equal(1, headings[0]);
        Assert.Equal(1, headings.Count(level => level == 1));
        for (var i = 1; i < headings.Count; i++)
        {
            Assert.True(headings[i] <= headings[i - 1] + 1, $"heading {i} jumps from H{headings[i - 1]} to H{headings[i]}");
        }

        // Every link holds its annotation, which says where it leads.
        var links = nodes.Where(n => n.Type == "Link").ToList();
        Assert.True(links.Count >= 11, $"{links.Count} links");
        var annotationsOnPages = pdf.Pages().SelectMany(p => p.TryGetProperty("/Annots", out var a) ? a.EnumerateArray().Select(x => x.GetString()!) : []).ToList();
        Assert.Equal(annotationsOnPages.Order(), links.SelectMany(l => l.AnnotationReferences).Order());
        foreach (var link in links)
        {
            Assert.True(link.MarkedContentCount > 0, "a Link element holds the visible link text");
            var annotation = pdf.Value(Assert.Single(link.AnnotationReferences));
            Assert.True(annotation.TryGetProperty("/StructParent", out _));
            Assert.True(QpdfJson.Text(annotation.GetProperty("/Contents")).Length > 10);
        }

        // Lists are L of LI of Lbl and LBody; an item continued from the page before (the first
        // item of a list's continuation) has no label of its own to repeat, only its LBody.
        var lists = nodes.Where(n => n.Type == "L").ToList();
        Assert.True(lists.Count >= 8);
        Assert.All(lists, list => Assert.All(list.Children.Select((item, index) => (item, index)), x =>
            Assert.Equal(x.index == 0 && x.item.Children.Count == 1 ? ["LBody"] : ["Lbl", "LBody"], x.item.Children.Select(c => c.Type))));

        // The title, in the metadata and as the one top bookmark; PDF/UA declared.
        using var read = PdfDocument.Open(LargePrint(locale));
        Assert.True(read.TryGetXmpMetadata(out var metadata));
        var xmp = metadata.GetXDocument();
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        var title = xmp.Descendants(dc + "title").Single().Value;
        Assert.Equal(read.Information.Title, title);
        Assert.Equal(locale, xmp.Descendants(dc + "language").Single().Value);
        Assert.Equal("1", xmp.Descendants(pdfuaid + "part").Single().Value);
        Assert.True(read.TryGetBookmarks(out var bookmarks));
        Assert.Equal(title, Assert.Single(bookmarks.Roots).Title);
    }

    [SkippableTheory]
    [MemberData(nameof(Locales))]
    public void Embeds_its_fonts_passes_qpdf_check_and_keeps_every_number_and_address(string locale)
    {
        var fonts = Poppler.Run("pdffonts", LargePrint(locale)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, row => Assert.True(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5..^2].SequenceEqual(["yes", "yes", "yes"]), row));
        var text = Poppler.Run("pdftotext", LargePrint(locale), "-");
        foreach (var invariant in new[] { "1-866-347-2423", "1-866-872-4973", "1-888-373-7888", "§53a-192a", "www.ct.gov/dcf", "www.ct.gov/ova", "860-550-6632" })
        {
            Assert.Contains(invariant, text, StringComparison.Ordinal);
        }

        ExternalTool.Require("qpdf", ExternalTool.QpdfPackage);
        var file = Path.Combine(Path.GetTempPath(), $"brochuregen-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, LargePrint(locale));
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("qpdf", ["--check", file]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = System.Diagnostics.Process.Start(start)!;
            var check = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("No syntax or stream encoding errors found", check, StringComparison.Ordinal);
            Assert.DoesNotContain("WARNING", check, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Locales))]
    public void The_text_of_every_block_reads_back_from_the_tag_tree_in_reading_order(string locale)
    {
        ReadingOrderTests.AssertEveryBlockReadsBack(LargePrint(locale), locale);
    }

    [SkippableFact]
    public void The_english_edition_holds_every_word_of_the_seed_and_the_screen_pdfs_headings_in_order()
    {
        // A word broken after its hyphen at a line's end ("U-" / "visa") is read as one word.
        var text = Regex.Replace(Poppler.Run("pdftotext", "-layout", LargePrint("en"), "-"), @"(?<=\w-)[ ]*\n[ ]*", string.Empty);
        var words = text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var missing = SeedText.Words().Where(w => !words.Contains(w)).Distinct().ToList();
        Assert.True(missing.Count == 0, "words missing from pdftotext output: " + string.Join(", ", missing));

        Assert.Equal(Headings(EnglishEdition.Output.Pdf), Headings(LargePrint("en")));
        Assert.Equal(11, Headings(LargePrint("en")).Count);

        static List<string> Headings(byte[] pdf) =>
            Regex.Matches(Poppler.Run("pdfinfo", "-struct-text", pdf), @"^\s*(H\d) \(block\)\n\s*""(.*)""", RegexOptions.Multiline).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToList();
    }

    [SkippableTheory]
    [MemberData(nameof(Locales))]
    public void Text_is_large_lines_are_far_apart_and_dark_on_white(string locale)
    {
        using var document = PdfDocument.Open(LargePrint(locale));
        var tree = QpdfJson.Read(LargePrint(locale));
        var bodySizes = new List<double>();
        var headingSizes = new List<double>();
        var ratios = new List<double>();
        var contrasts = new List<double>();
        var startEdges = new List<(double Edge, double Expected)>();
        var rightToLeft = locale is "ar" or "fa";
        foreach (var page in document.GetPages())
        {
            var tints = page.Paths
                .Where(p => p.IsFilled && p.FillColor is { } fill && fill.ToRGBValues() != (1, 1, 1))
                .Select(p => p.GetBoundingRectangle())
                .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
                .ToList();
            // The sequences of one structure element together, with the spans nested in them (a
            // line of right-to-left text draws each of its runs as a sequence of its own).
            var owners = Owners(tree, page.Number - 1);
            foreach (var element in page.GetMarkedContents().Where(c => !c.IsArtifact).GroupBy(c => owners.ElementAtOrDefault(c.MarkedContentIdentifier) ?? $"mcid {c.MarkedContentIdentifier}"))
            {
                var tag = element.First().Tag;
                var letters = element.SelectMany(content => Flatten([content], null)).SelectMany(c => c.Content.Letters).Distinct().Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                var heading = Regex.IsMatch(tag, "^H[1-6]$");
                if (tag != "Lbl")
                {
                    (heading ? headingSizes : bodySizes).AddRange(letters.Select(l => l.PointSize));
                }

                foreach (var letter in letters)
                {
                    var (r, g, b) = letter.Color.ToRGBValues();
                    contrasts.Add(ContrastOnWhite(r, g, b));
                    var centre = letter.BoundingBox.Centroid;
                    Assert.False(tints.Any(t => centre.X >= t.Left && centre.X <= t.Right && centre.Y >= t.Bottom && centre.Y <= t.Top), $"'{letter.Value}' on page {page.Number} lies on a tinted area");
                }

                // The lines of one sequence at its text size (a superscript sits on its own baseline).
                // The lines of one sequence at its text size; a mark that sits above or below its
                // letter (Arabic vowels, Devanagari signs) belongs to the line it is nearest.
                var size = letters.Count == 0 ? 0 : letters.Max(l => l.PointSize);
                var lines = Lines(letters.Where(l => Math.Abs(l.PointSize - size) < 0.01), size);
                for (var i = 1; i < lines.Count; i++)
                {
                    ratios.Add((lines[i - 1].Baseline - lines[i].Baseline) / size);
                }

                // A paragraph's or list item's lines after its first start at the same edge: left, or right in Arabic and Farsi.
                if (tag is "P" or "LBody" && lines.Count >= 3)
                {
                    // A line's edge is set by all of its letters, a link's among them.
                    var edges = lines.Skip(1).Select(line => page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - line.Baseline) < 0.5 && !string.IsNullOrWhiteSpace(l.Value)).ToList())
                        .Select(line => rightToLeft ? line.Max(l => l.EndBaseLine.X) : line.Min(l => l.StartBaseLine.X)).ToList();
                    startEdges.AddRange(edges.Select(e => (e, edges[0])));
                }
            }
        }

        output.WriteLine(FormattableString.Invariant($"{locale}: {document.NumberOfPages} pages, {bodySizes.Count} letters of body text at {bodySizes.DefaultIfEmpty().Min():0.##}–{bodySizes.DefaultIfEmpty().Max():0.##} pt, {headingSizes.Count} of headings at {headingSizes.DefaultIfEmpty().Min():0.##}–{headingSizes.DefaultIfEmpty().Max():0.##} pt, line spacing ≥ {ratios.DefaultIfEmpty().Min():0.###} × size over {ratios.Count} line pairs, {startEdges.Count} lines' start edges, contrast ≥ {contrasts.DefaultIfEmpty().Min():0.##}:1"));
        Assert.True(bodySizes.Count > 300, $"only {bodySizes.Count} letters of body text");
        Assert.True(bodySizes.Min() >= 18 - 0.01, $"body text at {bodySizes.Min()} pt");
        Assert.True(headingSizes.Min() > bodySizes.Max(), $"a heading at {headingSizes.Min()} pt is not larger than text at {bodySizes.Max()} pt");
        Assert.True(ratios.Count > 15, $"only {ratios.Count} pairs of lines");
        Assert.True(ratios.Min() >= 1.5 - 0.001, $"lines only {ratios.Min():0.###} × the size apart");
        Assert.True(contrasts.Min() >= 7, $"text at {contrasts.Min():0.##}:1 on white");
        Assert.True(startEdges.Count >= 4, $"only {startEdges.Count} paragraph lines to check the alignment on");
        Assert.All(startEdges, e => Assert.True(Math.Abs(e.Edge - e.Expected) < 0.5, FormattableString.Invariant($"a line starts at {e.Edge:0.##}, its paragraph at {e.Expected:0.##}")));
    }

    [SkippableTheory]
    [InlineData("hi")]
    [InlineData("ar")]
    [InlineData("vi")]
    public void Every_glyph_shown_has_its_width_in_the_font(string locale)
    {
        // A glyph missing from /W is drawn 1000 units wide from an empty subset slot: Devanagari
        // vowel signs (the second glyph of their cluster) were missing and gaps took their place.
        var pdf = QpdfJson.Read(LargePrint(locale));
        var checkedGlyphs = 0;
        foreach (var page in pdf.Pages())
        {
            var fonts = pdf.Resolve(pdf.Resolve(page.GetProperty("/Resources")).GetProperty("/Font"));
            var widths = fonts.EnumerateObject().ToDictionary(font => font.Name, font => EmbeddedFontCodes.Read(pdf, font.Value).Widths);

            var current = string.Empty;
            foreach (Match token in Regex.Matches(pdf.PageContent(page), @"(/F\w+) [\d.]+ Tf|<([0-9A-Fa-f]{4})>"))
            {
                if (token.Groups[1].Success)
                {
                    current = token.Groups[1].Value;
                    continue;
                }

                var glyph = int.Parse(token.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                Assert.True(widths[current].ContainsKey(glyph), $"glyph {glyph} of {current} on a page of the '{locale}' edition has no width");
                checkedGlyphs++;
            }
        }

        Assert.True(checkedGlyphs > 1000, $"only {checkedGlyphs} glyphs");
    }

    [SkippableFact]
    public void The_sample_is_on_portrait_letter_pages_numbered_in_order()
    {
        using var document = PdfDocument.Open(LargePrint("en"));
        Assert.True(document.NumberOfPages >= 5, $"{document.NumberOfPages} pages");
        foreach (var page in document.GetPages())
        {
            Assert.Equal((612.0, 792.0), (page.Width, page.Height));

            // The page number, an artifact in the bottom margin.
            var number = Flatten(page.GetMarkedContents(), null).Select(c => c.Content).Where(c => c.IsArtifact).SelectMany(c => c.Letters).Where(l => l.StartBaseLine.Y < 72);
            Assert.Equal(page.Number.ToString(CultureInfo.InvariantCulture), string.Concat(number.Select(l => l.Value)));
        }

        // Marked as pagination in the page's footer, so tools that read artifacts know what it is.
        var pdf = QpdfJson.Read(LargePrint("en"));
        Assert.All(pdf.Pages(), page => Assert.Equal(1, Regex.Count(pdf.PageContent(page), @"/Artifact <</Type /Pagination /Subtype /Footer>> BDC")));
    }

    [SkippableFact]
    public void An_a4_layout_gives_portrait_a4_pages_with_its_table_tagged()
    {
        using var workspace = new TempWorkspace().WithFixture("second-brochure");
        const string id = "carbon-monoxide-safety";
        workspace.Edit(Path.Combine(workspace.Content, id, "brochure.yaml"), "layout: trifold-letter", "layout: trifold-a4");

        var pdf = Build(workspace.Content, workspace.Templates, "en", id);

        using var document = PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), page => Assert.Equal((595.28, 841.89), (Math.Round(page.Width, 2), Math.Round(page.Height, 2))));
        var nodes = StructureNode.Read(QpdfJson.Read(pdf)).Descendants().ToList();
        Assert.Equal(1, nodes.Count(n => n.Type == "H1"));
        var table = Assert.Single(nodes, n => n.Type == "Table");
        Assert.All(table.Children, row => Assert.Equal("TR", row.Type));
        Assert.Contains(table.Descendants(), n => n.Type == "TH" && n.Scope == "Column");
    }

    [SkippableFact]
    public void A_call_out_taller_than_a_page_flows_on_without_its_box()
    {
        // A call-out that fits a brochure panel at 10.5 pt but not a page at 18 pt.
        using var workspace = new TempWorkspace();
        var facts = string.Concat(Enumerable.Range(1, 10).Select(i => $"- Fact {i}: a longer line of text that takes three lines in a brochure panel here.\n"));
        File.WriteAllText(workspace.ContentFile("en"), $"---\nsubject: A long call-out\nkeywords: [test]\n---\n\n# A long call-out\n\n## Facts\n\n::: callout\n## Many facts\n\n{facts}:::\n");

        var pdf = Build(workspace.Content, workspace.Templates, "en");

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        var text = Poppler.Run("pdftotext", pdf, "-");
        Assert.Contains("Fact 1:", text, StringComparison.Ordinal);
        Assert.Contains("Fact 10:", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_same_edition_gives_the_same_bytes()
    {
        Assert.Equal(Build(RepoPaths.Content, RepoPaths.Templates, "ar"), Build(RepoPaths.Content, RepoPaths.Templates, "ar"));
    }

    [SkippableFact]
    public void The_build_command_writes_only_the_large_print_pdf_when_asked_for_it()
    {
        using var workspace = new TempWorkspace();

        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "large-print");

        Assert.True(run.ExitCode == 0, run.Error);
        var files = Directory.GetFiles(Path.Combine(workspace.Output, EnglishEdition.SampleId)).Select(Path.GetFileName).ToList();
        Assert.Contains("stop-human-trafficking.en.large-print.pdf", files);
        Assert.DoesNotContain("stop-human-trafficking.en.pdf", files);
    }

    // For each marked-content id of a page, the structure element it belongs to (the parent tree).
    private static List<string> Owners(QpdfJson pdf, int pageIndex)
    {
        var root = pdf.Value(pdf.Catalog.GetProperty("/StructTreeRoot").GetString()!);
        var numbers = pdf.Resolve(pdf.Resolve(root.GetProperty("/ParentTree")).GetProperty("/Nums")).EnumerateArray().ToList();
        for (var i = 0; i + 1 < numbers.Count; i += 2)
        {
            if (numbers[i].ValueKind == System.Text.Json.JsonValueKind.Number && numbers[i].GetInt32() == pageIndex)
            {
                return pdf.Resolve(numbers[i + 1]).EnumerateArray().Select(e => e.GetString()!).ToList();
            }
        }

        return [];
    }

    // Letters grouped into lines from the top: a new line starts where the baseline drops by more
    // than half the size; its baseline is the one most of its letters sit on.
    private static List<(double Baseline, List<Letter> Letters)> Lines(IEnumerable<Letter> letters, double size)
    {
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y))
        {
            if (lines.Count == 0 || lines[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y > size / 2)
            {
                lines.Add([]);
            }

            lines[^1].Add(letter);
        }

        return lines.Select(line => (line.GroupBy(l => Math.Round(l.StartBaseLine.Y, 2)).OrderByDescending(g => g.Count()).First().Key, line)).ToList();
    }

    // Every marked-content sequence with the tag of the element it belongs to: a Span inside a
    // heading's sequence (a span that carries ActualText) is part of the heading.
    private static IEnumerable<(MarkedContentElement Content, string Tag)> Flatten(IEnumerable<MarkedContentElement> contents, string? parentTag) =>
        contents.SelectMany(c =>
        {
            var tag = c.Tag == "Span" && parentTag is not null ? parentTag : c.Tag;
            return Flatten(c.Children, tag).Prepend((c, tag));
        });

    // WCAG 2.2 contrast of an sRGB colour (channels 0–1) against white.
    private static double ContrastOnWhite(double r, double g, double b)
    {
        static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        var luminance = (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
        return 1.05 / (luminance + 0.05);
    }
}
