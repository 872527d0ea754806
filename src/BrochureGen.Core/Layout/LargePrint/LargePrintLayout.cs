using System.Globalization;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout.LargePrint;

/// <summary>
/// Lays out the large-print edition: the blocks of the brochure in its folded reading order
/// (<see cref="ReadingEdition"/>), reflowed on portrait pages in the large-print look, one
/// page after the other and as many as the text needs. It reuses the brochure's machinery: the
/// flow fills the pages (without fitting or balancing) and each page is composed as one panel,
/// so the PDF writer tags it like any panel: one Sect per page, the same headings, lists,
/// tables and links. The page number is drawn as an artifact.
/// </summary>
public static class LargePrintLayout
{
    public static LaidOutBrochure Of(ReadingEdition reading, BrochureTheme theme, string locale, string contentFolder)
    {
        var look = LargePrintTheme.Of(theme);
        var paper = LargePrintPage.For(theme.Layout);
        var images = new ImageResolver(contentFolder);
        var linkId = 0;
        int NextLinkId() => ++linkId;

        var blocks = Reflowable(reading.Blocks, paper.TextHeight)
            .SelectMany(block => block is BoxNode box && PanelComposer.Measure(box, look, paper.TextWidth, images, locale).Height > paper.TextHeight
                ? box.Blocks // A call-out taller than a page cannot stay in one box: its blocks flow on without the border.
                : [block])
            .ToList();
        var pageBlocks = FlowComposer.FillInOrder(blocks, paper.TextHeight, paper.TextWidth, look, images, locale, source => Diagnostic.Error(
            DiagnosticCodes.LargePrintBlockTooTall,
            $"the large-print edition of '{locale}' cannot place {(source is null ? "a block" : $"'{source.KeyPath}'")}: at large-print size it is taller than a whole {paper.Paper} page and cannot be split; shorten it or split it into several blocks",
            source?.Location));

        var numberFace = look.Style(StyleNames.Body).Family.Primary.Regular;
        var numberColor = look.DefaultTone.Text;
        var pages = new List<LaidOutPage>();
        for (var i = 0; i < pageBlocks.Count; i++)
        {
            var slot = "page-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            var frame = new PanelFrame(slot, 0, paper.Width, paper.Height, LargePrintPage.Margin, LargePrintPage.Margin, paper.TextWidth, paper.Height - LargePrintPage.Margin);
            var panel = PanelComposer.ComposeAt(new PanelNode(slot, null, pageBlocks[i]), look, frame, locale, NextLinkId, images, adjustment: null) with { Blocks = pageBlocks[i] };

            // A plain number needs no translation and reads the same in every script.
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var glyphs = numberFace.Shape(number, LargePrintTheme.BodySize);
            var numberRun = new TextRunItem((paper.Width - glyphs.Width) / 2, paper.Height - LargePrintPage.NumberBaselineFromBottom, glyphs.Width, numberFace, LargePrintTheme.BodySize, numberColor, number, glyphs);
            pages.Add(new LaidOutPage(slot, paper.Width, paper.Height, [panel], [new TagStartItem(StructureRole.Artifact) { IsPageNumber = true }, numberRun, new TagEndItem(StructureRole.Artifact)]));
        }

        // Its pages reflow the same blocks in the same order: what a reader meets is unchanged.
        return new LaidOutBrochure(reading.Language, pages, pages.Select(p => p.Name).ToList(), []) { Reading = reading };
    }

    // What the tri-fold needed and a reflowed edition does not: forced panel breaks and flexible
    // space. Headings lose their visual class (the cover title's look): in large print a heading
    // looks like its level. Superscripts are set on the line at full size ("5th"): raised, they
    // would be far below the large-print size.
    private static IEnumerable<BlockNode> Reflowable(IEnumerable<BlockNode> blocks, double pageHeight)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PanelBreakNode or FillNode:
                    break;
                case HeadingNode heading:
                    yield return heading with { StyleClass = null, Content = OnTheLine(heading.Content) };
                    break;
                case ParagraphNode paragraph:
                    yield return paragraph with { Content = OnTheLine(paragraph.Content) };
                    break;
                case ListNode list:
                    yield return OnTheLine(list);
                    break;
                case TableNode table:
                    yield return new TableNode(table.Rows.Select(r => new TableRowNode(r.Cells.Select(c => c with { Content = OnTheLine(c.Content) }).ToList())).ToList());
                    break;
                case BoxNode box:
                    yield return box with { Blocks = Reflowable(box.Blocks, pageHeight).ToList() };
                    break;
                case FigureNode { Place: Vocabulary.PicturePlace.FullBleed } picture:
                    // Behind a panel in the brochure; on a large-print page, a picture of its own as
                    // large as the page's text area holds (at least the panel's size: a page is larger).
                    yield return picture with { Place = Vocabulary.PicturePlace.Start, WidthPercent = 100, Height = pageHeight - 1 };
                    break;
                default:
                    yield return block;
                    break;
            }
        }
    }

    private static ListNode OnTheLine(ListNode list) =>
        list with { Items = list.Items.Select(i => i with { Content = OnTheLine(i.Content), Nested = i.Nested is null ? null : OnTheLine(i.Nested) }).ToList() };

    private static List<InlineElement> OnTheLine(IEnumerable<InlineElement> inlines) =>
        inlines.SelectMany(inline => inline switch
        {
            StyledElement { Kind: InlineKind.Superscript } superscript => OnTheLine(superscript.Children),
            StyledElement styled => [styled with { Children = OnTheLine(styled.Children) }],
            LinkElement link => [link with { Children = OnTheLine(link.Children) }],
            LanguageElement language => [language with { Children = OnTheLine(language.Children) }],
            SourceElement source => [source with { Children = OnTheLine(source.Children) }],
            _ => (IEnumerable<InlineElement>)[inline],
        }).ToList();
}
