using System.Text.RegularExpressions;
using BrochureGen.Build;
using BrochureGen.Document;
using BrochureGen.Document.Resolve;
using BrochureGen.Layout;
using BrochureGen.Rendering.Pdf.Tagging;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// The PDF's structure tree as the tag pre-pass decides it before painting, read in-process as
/// its text dump: the sample's English and Arabic editions and a fixture with a table and a
/// figure (the heat-safety QR code); the dump agrees with what poppler reads from the PDF.
/// </summary>
public sealed class StructureTreeTests
{
    private const string TableAndFigureBrochure = "extreme-heat";

    private static readonly Lazy<EditionOutput> Arabic = new(() => EnglishEdition.Build(RepoPaths.Content, RepoPaths.Templates, "ar", EditionKinds.Screen));

    private static readonly Lazy<EditionOutput> EnglishPrint = new(() => EnglishEdition.Build(RepoPaths.Content, RepoPaths.Templates, "en", EditionKinds.Print));

    private static readonly Lazy<EditionOutput> TableAndFigure = new(() =>
        EnglishEdition.Build(Path.Combine(RepoPaths.Fixture("heat-safety"), "content"), RepoPaths.Templates, "en", EditionKinds.Screen, TableAndFigureBrochure));

    [SkippableFact]
    public void English_tag_tree_dump_matches_the_reviewed_snapshot() =>
        SnapshotGuard.Match(Lines(StructureTreeDump.Write(ScreenTree(EnglishEdition.Layout))));

    [SkippableFact]
    public void Arabic_tag_tree_dump_matches_the_reviewed_snapshot() =>
        SnapshotGuard.Match(Lines(StructureTreeDump.Write(ScreenTree(Arabic.Value.Layout))));

    [SkippableFact]
    public void Table_and_figure_tag_tree_dump_matches_the_reviewed_snapshot() =>
        SnapshotGuard.Match(Lines(StructureTreeDump.Write(ScreenTree(TableAndFigure.Value.Layout))));

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData(TableAndFigureBrochure)]
    [InlineData("en print")]
    public void The_dump_holds_the_elements_poppler_reads_from_the_pdf(string edition)
    {
        var (pdf, tree) = edition switch
        {
            "en" => (EnglishEdition.Output.Pdf, ScreenTree(EnglishEdition.Layout)),
            "ar" => (Arabic.Value.Pdf, ScreenTree(Arabic.Value.Layout)),
            "en print" => (EnglishPrint.Value.PrintPdf!, StructureTreeBuilder.Build(EnglishPrint.Value.Imposed!.Layout, print: true)),
            _ => (TableAndFigure.Value.Pdf, ScreenTree(TableAndFigure.Value.Layout)),
        };

        // Element lines only: poppler shows text, attributes and annotations on lines of their own.
        var fromPoppler = Lines(Poppler.Run("pdfinfo", "-struct-text", pdf))
            .Where(line => Regex.IsMatch(line, @"^\s*[A-Z][A-Za-z0-9]*( \((block|inline)\)|:)?$"))
            .Select(line => Regex.Replace(line, @" \((block|inline)\)|:$", string.Empty))
            .ToList();
        var fromDump = Lines(StructureTreeDump.Write(tree))
            .TakeWhile(line => line != "Outline")
            .Where(line => !Regex.IsMatch(line, @"^\s*(mcid|annotation) "))
            .Select(line => Regex.Match(line, @"^\s*[A-Za-z0-9]+").Value)
            .ToList();

        Assert.True(fromPoppler.Count > 50, $"poppler read only {fromPoppler.Count} elements");
        Assert.Equal(fromPoppler, fromDump);
    }

    [SkippableFact]
    public void Every_link_element_of_the_written_pdfs_has_a_name()
    {
        foreach (var pdf in new[] { EnglishEdition.Output.Pdf, Arabic.Value.Pdf, TableAndFigure.Value.Pdf })
        {
            var links = StructureNode.Read(QpdfJson.Read(pdf)).Descendants().Where(n => n.Type == "Link").ToList();
            Assert.NotEmpty(links);
            Assert.All(links, link => Assert.False(string.IsNullOrWhiteSpace(link.Alt), "a Link element without /Alt"));
        }
    }

    [SkippableFact]
    public void A_link_layout_left_unnamed_is_named_from_its_text_and_description()
    {
        var layout = EnglishEdition.Layout;
        var unnamed = layout with
        {
            Pages = layout.Pages.Select(page => page with
            {
                Panels = page.Panels.Select(panel => panel with
                {
                    Items = panel.Items.Select(item => item is TagStartItem { Role: StructureRole.Link } link ? link with { Title = null } : item).ToList(),
                }).ToList(),
            }).ToList(),
        };

        var links = ScreenTree(unnamed).Elements.Where(e => e.Type == "Link").ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var text = string.Concat(link.Kids.OfType<MarkedContentKid>().Select(kid => kid.Text));
            var description = link.Kids.OfType<LinkAnnotationKid>().Single().Description;
            Assert.Equal(LinkName.Of(text, description), link.Alt);
        }
    }

    [SkippableFact]
    public void On_paper_a_link_is_a_span_without_annotation_or_name()
    {
        var screen = ScreenTree(EnglishEdition.Layout);
        var paper = StructureTreeBuilder.Build(EnglishEdition.Layout, print: true);
        Assert.DoesNotContain(paper.Elements, e => e.Type == "Link");
        Assert.Empty(paper.Annotations);
        Assert.NotEmpty(screen.Annotations);
        Assert.Equal(screen.Elements.Count(e => e.Type is "Link" or "Span"), paper.Elements.Count(e => e.Type == "Span"));
        Assert.All(paper.Elements.Where(e => e.Type == "Span"), span => Assert.Null(span.Alt));
    }

    [SkippableFact]
    public void Each_page_numbers_its_marked_content_from_zero_without_a_gap()
    {
        foreach (var layout in new[] { EnglishEdition.Layout, Arabic.Value.Layout })
        {
            var tree = ScreenTree(layout);
            foreach (var page in tree.MarkedContent.GroupBy(m => m.MarkedContent.Page))
            {
                Assert.Equal(Enumerable.Range(0, page.Count()), page.Select(m => m.MarkedContent.Id));
            }

            // Every sequence the painter opens for an element is one the tree holds, and the other way round.
            var painted = tree.Pages.SelectMany((page, p) => page.Panels.Append(page.Decorations)
                .SelectMany(group => group.Sequences).Select(s => s.Mark).OfType<TaggedContent>().Select(t => (p, t.Id)));
            Assert.Equal(tree.MarkedContent.Select(m => (m.MarkedContent.Page, m.MarkedContent.Id)).Order(), painted.Order());
        }
    }

    [SkippableFact]
    public void Bookmarks_are_the_headings_in_reading_order()
    {
        var titles = ScreenTree(EnglishEdition.Layout).Headings.Select(h => h.Anchor.Title).ToList();
        Assert.Equal("Stop Human Trafficking", titles[0]);
        Assert.Equal("For additional information please visit:", titles[^1]);
        Assert.Equal(11, titles.Count);
    }

    private static StructureTree ScreenTree(LaidOutBrochure layout) => StructureTreeBuilder.Build(layout, print: false);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
