using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BrochureGen.Layout;
using BrochureGen.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace BrochureGen.Tests;

/// <summary>
/// PDF/UA-1 style rules, checked on the produced PDF with real readers: poppler (pdfinfo),
/// qpdf (structure, content streams, --check) and PdfPig (XMP, bookmarks).
/// </summary>
public sealed class AccessibilityTests
{
    private static readonly string[] StandardTypes = ["Document", "Sect", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody", "Link", "Figure", "Span"];
    private static readonly Lazy<QpdfJson> English = new(() => QpdfJson.Read(EnglishEdition.Output.Pdf));
    private static readonly Lazy<byte[]> FigureAndSpanEdition = new(BuildFigureAndSpanEdition);

    [SkippableFact]
    public void Headings_are_read_in_the_folded_order()
    {
        var tree = Poppler.Run("pdfinfo", "-struct-text", EnglishEdition.Output.Pdf);
        var headings = Regex.Matches(tree, @"^\s*(H\d) \(block\)\n\s*""(.*)""", RegexOptions.Multiline)
            .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")
            .ToList();

        Assert.Equal(
            [
                "H1 Stop Human Trafficking",
                "H2 What is human trafficking?",
                "H2 Report human trafficking: It's the law!",
                "H2 How can one help a victim of trafficking?",
                "H2 The Statistics",
                "H2 How can you tell if someone is a victim of human trafficking?",
                "H3 A victim may exhibit some of the following signs:",
                "H2 What are the trafficking laws in Connecticut?",
                "H2 What are the legal rights of a human trafficking victim in Connecticut?",
                "H2 What are some federal protections for victims?",
                "H2 For additional information please visit:",
            ],
            headings);
    }

    [SkippableFact]
    public void Tag_tree_matches_the_reviewed_snapshot()
    {
        // Object numbers of link annotations say nothing about the tree; they are masked.
        var tree = System.Text.RegularExpressions.Regex.Replace(Poppler.Run("pdfinfo", "-struct-text", EnglishEdition.Output.Pdf), @"Object \d+ 0", "Object (link annotation)");
        SnapshotGuard.Match(tree.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [SkippableFact]
    public void Document_holds_one_section_per_panel_in_reading_order()
    {
        var root = StructureNode.Read(English.Value);
        var document = Assert.Single(root.Children);
        Assert.Equal("Document", document.Type);
        Assert.Equal(6, document.Children.Count);
        Assert.All(document.Children, section => Assert.Equal("Sect", section.Type));

        // The panels' sections in reading order: the cover's starts with the title and the back's
        // with its pinned heading; between them the headings come in the order the content gives
        // (a panel may begin inside a section, where the composition chose to end the one before).
        var tree = Poppler.Run("pdfinfo", "-struct-text", EnglishEdition.Output.Pdf);
        var firstHeadings = Regex.Matches(tree, @"^  Sect\n\s+H\d \(block\)\n\s*""(.*)""", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal("Stop Human Trafficking", firstHeadings[0]);
        Assert.Equal("For additional information please visit:", firstHeadings[^1]);
        var headings = Regex.Matches(tree, @"^\s+H\d \(block\)\n\s*""(.*)""", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Stop Human Trafficking", "What is human trafficking?", "Report human trafficking: It's the law!", "How can one help a victim of trafficking?", "The Statistics", "How can you tell if someone is a victim of human trafficking?", "A victim may exhibit some of the following signs:", "What are the trafficking laws in Connecticut?", "What are the legal rights of a human trafficking victim in Connecticut?", "What are some federal protections for victims?", "For additional information please visit:"], headings);
    }

    [SkippableFact]
    public void Only_standard_structure_types_are_used()
    {
        var types = StructureNode.Read(English.Value).Descendants().Select(n => n.Type).Distinct();
        Assert.All(types, type => Assert.Contains(type, StandardTypes));
    }

    [SkippableFact]
    public void The_first_heading_is_the_only_H1_and_no_level_is_skipped()
    {
        var headings = StructureNode.Read(English.Value).Descendants()
            .Where(n => Regex.IsMatch(n.Type, "^H[1-6]$"))
            .Select(n => n.Type[1] - '0')
            .ToList();
        Assert.Equal(1, headings[0]);
        Assert.Equal(1, headings.Count(level => level == 1));
        for (var i = 1; i < headings.Count; i++)
        {
            Assert.True(headings[i] <= headings[i - 1] + 1, $"heading {i} jumps from H{headings[i - 1]} to H{headings[i]}");
        }
    }

    [SkippableFact]
    public void Lists_are_L_LI_Lbl_LBody_with_nested_lists_inside_LBody()
    {
        var nodes = StructureNode.Read(English.Value).Descendants().ToList();
        var lists = nodes.Where(n => n.Type == "L").ToList();
        Assert.True(lists.Count >= 8);
        foreach (var list in lists)
        {
            Assert.All(list.Children, item => Assert.Equal("LI", item.Type));
            foreach (var item in list.Children)
            {
                Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Type));
                Assert.True(item.Children[0].MarkedContentCount > 0, "a list label holds its bullet");
            }
        }

        // The two sub-items of the Connecticut law are a list inside the second item's body.
        Assert.Contains(lists, l => l.Children.Any(li => li.Children[1].Children.Any(c => c.Type == "L" && c.Children.Count == 2)));
    }

    [SkippableFact]
    public void Every_link_element_holds_its_annotation_which_describes_where_it_leads()
    {
        var pdf = English.Value;
        var links = StructureNode.Read(pdf).Descendants().Where(n => n.Type == "Link").ToList();
        var annotationsOnPages = pdf.Pages().SelectMany(p => p.TryGetProperty("/Annots", out var a) ? a.EnumerateArray().Select(x => x.GetString()!) : []).ToList();

        Assert.Equal(annotationsOnPages.Order(), links.SelectMany(l => l.AnnotationReferences).Order());
        var contents = new List<string>();
        foreach (var link in links)
        {
            Assert.True(link.MarkedContentCount > 0, "a Link element holds the visible link text");
            var annotation = pdf.Value(Assert.Single(link.AnnotationReferences));
            Assert.Equal("/Link", annotation.GetProperty("/Subtype").GetString());
            Assert.True(annotation.TryGetProperty("/StructParent", out _), "link annotation without /StructParent");
            contents.Add(QpdfJson.Text(annotation.GetProperty("/Contents")));
        }

        Assert.Contains("Call the Immigration and Customs Enforcement Suspicious Activity Line, 1-866-347-2423", contents);
        Assert.Contains("Call the National Human Trafficking Hotline at 1-888-373-7888.", contents);
        Assert.Contains("Website of the Connecticut Department of Children and Families", contents);
        Assert.Contains("Call the Office of the Victim Advocate, 860-550-6632", contents);
        Assert.All(contents, c => Assert.True(c.Length > 10, $"link description '{c}' says too little"));
    }

    [SkippableFact]
    public void Every_link_has_an_underline_besides_its_colour()
    {
        foreach (var panel in EnglishEdition.Layout.Pages.SelectMany(p => p.Panels))
        {
            var underlines = panel.Items.OfType<LineItem>().ToList();
            foreach (var link in panel.Items.OfType<LinkAreaItem>())
            {
                Assert.Contains(underlines, u => Math.Abs(u.X1 - link.X) < 0.01 && Math.Abs(u.X2 - (link.X + link.Width)) < 0.01 && u.Y1 > link.Y && u.Y1 < link.Y + link.Height);
            }
        }
    }

    [SkippableFact]
    public void Marked_content_is_nested_properly_and_nothing_is_left_untagged()
    {
        var pdf = English.Value;
        foreach (var page in pdf.Pages())
        {
            var report = ContentStreamScanner.Scan(pdf.PageContent(page));
            Assert.Empty(report.NestingErrors);
            Assert.Empty(report.UntaggedOperators);
            Assert.True(report.MarkedSequences > 50);
        }
    }

    [SkippableFact]
    public void Catalog_declares_language_marking_and_title_display_and_pages_use_structure_tab_order()
    {
        var pdf = English.Value;
        Assert.Equal("en", QpdfJson.Text(pdf.Catalog.GetProperty("/Lang")));
        Assert.True(pdf.Resolve(pdf.Catalog.GetProperty("/MarkInfo")).GetProperty("/Marked").GetBoolean());
        Assert.True(pdf.Resolve(pdf.Catalog.GetProperty("/ViewerPreferences")).GetProperty("/DisplayDocTitle").GetBoolean());
        Assert.All(pdf.Pages(), page =>
        {
            Assert.Equal("/S", page.GetProperty("/Tabs").GetString());
            Assert.True(page.TryGetProperty("/StructParents", out _));
        });
    }

    [SkippableFact]
    public void Xmp_metadata_declares_pdf_ua_and_matches_the_info_title()
    {
        AssertXmp(EnglishEdition.Output.Pdf, "Stop Human Trafficking", "en");
    }

    [SkippableFact]
    public void A_title_with_ampersand_and_angle_brackets_survives_in_xmp()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("en"), "# Stop Human Trafficking\n", "# Stop & <Report> Trafficking\n");
        var pdf = EnglishEdition.Build(workspace.Content, workspace.Templates, "en").Pdf;
        AssertXmp(pdf, "Stop & <Report> Trafficking", "en");
        Assert.Contains("Title:           Stop & <Report> Trafficking", Poppler.Run("pdfinfo", pdf), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Bookmarks_follow_the_headings_in_reading_order()
    {
        using var document = PdfDocument.Open(EnglishEdition.Output.Pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var top = Assert.Single(bookmarks.Roots);
        Assert.Equal("Stop Human Trafficking", top.Title);
        Assert.Equal("What is human trafficking?", top.Children[0].Title);
        Assert.Equal("For additional information please visit:", top.Children[^1].Title);
        var signs = top.Children.Single(b => b.Title.StartsWith("How can you tell", StringComparison.Ordinal));
        Assert.Equal("A victim may exhibit some of the following signs:", Assert.Single(signs.Children).Title);
    }

    [SkippableFact]
    public void Qpdf_check_reports_neither_errors_nor_warnings()
    {
        ExternalTool.Require("qpdf", ExternalTool.QpdfPackage);
        var file = Path.Combine(Path.GetTempPath(), $"brochuregen-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, EnglishEdition.Output.Pdf);
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("qpdf", ["--check", file]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
            Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public void Figures_carry_alt_text_and_spans_their_language()
    {
        var pdf = QpdfJson.Read(FigureAndSpanEdition.Value);
        var nodes = StructureNode.Read(pdf).Descendants().ToList();
        var figure = Assert.Single(nodes, n => n.Type == "Figure");
        Assert.Equal("A diamond, the brochure's emblem", figure.Alt);
        Assert.True(figure.MarkedContentCount > 0);
        var span = Assert.Single(nodes, n => n.Type == "Span");
        Assert.Equal("es", span.Language);
        foreach (var page in pdf.Pages())
        {
            Assert.Empty(ContentStreamScanner.Scan(pdf.PageContent(page)).UntaggedOperators);
        }
    }

    private static void AssertXmp(byte[] pdf, string title, string language)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetXmpMetadata(out var metadata));
        var xmp = metadata.GetXDocument();
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        Assert.Equal(title, xmp.Descendants(dc + "title").Single().Value);
        Assert.Equal(language, xmp.Descendants(dc + "language").Single().Value);
        Assert.Equal("1", xmp.Descendants(pdfuaid + "part").Single().Value);
        Assert.Equal(title, document.Information.Title);
    }

    private static byte[] BuildFigureAndSpanEdition()
    {
        using var workspace = new TempWorkspace();
        var image = Path.Combine(workspace.BrochureFolder, "images", "emblem.png");
        Directory.CreateDirectory(Path.GetDirectoryName(image)!);
        using (var bitmap = new SKBitmap(120, 120))
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawRect(30, 30, 60, 60, new SKPaint { Color = SKColors.DarkBlue });
            canvas.Flush();
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(image, data.ToArray());
        }

        // A figure from the Markdown content; a span in another language from a template (the
        // YAML route), since Markdown has no syntax for a span's language.
        workspace.Edit(workspace.ContentFile("en"), "  - Provide labor or services the person has a legal right to refrain from providing.\n", "  - Provide labor or services the person has a legal right to refrain from providing.\n\n![A diamond, the brochure's emblem](images/emblem.png)\n");
        workspace.Edit(workspace.TemplateFile(), "<p class=\"subtitle\">{{ content.subtitle }}</p>", "<p class=\"subtitle\">{{ content.subtitle }}</p>\n<p><span lang=\"es\">Línea directa</span></p>");
        workspace.Edit(workspace.TemplateFile(), "{{~ if content.subtitle ~}}", "{{~ if true ~}}");
        return EnglishEdition.Build(workspace.Content, workspace.Templates, "en").Pdf;
    }
}
