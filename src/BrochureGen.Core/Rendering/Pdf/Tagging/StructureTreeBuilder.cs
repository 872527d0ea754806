using BrochureGen.Document;
using BrochureGen.Document.Resolve;
using BrochureGen.Layout;
using BrochureGen.Rendering.Pdf.Writer;

namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>
/// Builds an edition's structure tree from layout's placements before anything is painted:
/// each page's panels and decorations are tagged in print order (marked-content ids follow the
/// drawing order of each page), and the document element holds the panels' sections in the
/// order the folded brochure is read.
/// </summary>
internal static class StructureTreeBuilder
{
    public static StructureTree Build(LaidOutBrochure brochure, bool print)
    {
        var pages = new List<PageMarking>();
        var sections = new Dictionary<LaidOutPanel, List<StructureElement>>();
        for (var p = 0; p < brochure.Pages.Count; p++)
        {
            var page = brochure.Pages[p];
            var tagger = new PageTagger(p, page.Height, print);
            var panels = new List<GroupMarking>();
            foreach (var panel in page.Panels)
            {
                sections[panel] = [];
                panels.Add(tagger.Tag(panel.Items, sections[panel], panel.X, panel.Y));
            }

            var decorationElements = new List<StructureElement>();
            var decorations = tagger.Tag(page.PageDecorations, decorationElements);
            if (decorationElements.Count != 0)
            {
                // Nothing outside the panels is read: the tree has no place for it.
                throw new InvalidOperationException($"page {p + 1}'s decorations hold a tagged {decorationElements[0].Type}; decorations are artifacts");
            }

            pages.Add(new PageMarking(panels, decorations));
        }

        var document = new StructureElement("Document", page: null);
        foreach (var section in brochure.PanelsInReadingOrder.SelectMany(panel => sections[panel]))
        {
            document.Add(section);
        }

        NameUnnamedLinks(document);
        return new StructureTree(document, pages);
    }

    // A Link element always has /Alt (PDF/UA-1 7.18.5): a link layout gave no name gets the one
    // LinkName gives its visible text and its annotation's description.
    private static void NameUnnamedLinks(StructureElement document)
    {
        var linkType = StructureTypes.Of(StructureRole.Link);
        foreach (var link in document.SelfAndDescendants().Where(e => e.Type == linkType && e.Alt is null))
        {
            var text = string.Concat(link.Kids.OfType<MarkedContentKid>().Select(kid => kid.Text));
            link.Alt = LinkName.Of(text, link.Kids.OfType<LinkAnnotationKid>().FirstOrDefault()?.Description);
        }
    }
}
