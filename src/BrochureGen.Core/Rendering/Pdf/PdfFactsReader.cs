using System.Text;
using System.Xml.Linq;
using BrochureGen.Rendering.Pdf.Tagging;

namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// Gathers <see cref="PdfAccessibilityFacts"/> from what <see cref="PdfRenderer"/> has just
/// written: the structure tree it built (types, attributes, kids), its link annotations and the
/// XMP packet it embedded. It reads the writer's own tree, never the file.
/// </summary>
internal static class PdfFactsReader
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";

    public static PdfAccessibilityFacts Of(
        string language,
        bool marked,
        bool displayDocTitle,
        byte[] xmp,
        int pages,
        int pagesWithTabOrder,
        int bookmarks,
        IEnumerable<string> fontFiles,
        StructureTree tree)
    {
        var packet = XDocument.Parse(Encoding.UTF8.GetString(xmp));
        var tags = new List<PdfTag>();
        Walk(tree.Document, 0, tags);
        return new PdfAccessibilityFacts(
            language,
            marked,
            displayDocTitle,
            packet.Descendants(Dc + "title").FirstOrDefault()?.Value.Trim() ?? string.Empty,
            packet.Descendants(Dc + "language").FirstOrDefault()?.Value.Trim() ?? string.Empty,
            packet.Descendants(PdfUaId + "part").FirstOrDefault()?.Value.Trim(),
            pages,
            pagesWithTabOrder,
            bookmarks,
            tree.MarkedContent.Count(),
            HasRoleMap: false,
            fontFiles.ToList(),
            tags,
            tree.Annotations.Select(a => new PdfLinkAnnotation(a.Link.Type, a.Annotation.Description.Length > 0)).ToList());
    }

    private static void Walk(StructureElement element, int depth, List<PdfTag> tags)
    {
        var children = element.Kids.OfType<StructureElement>().ToList();
        tags.Add(new PdfTag(
            element.Type,
            depth,
            element.Parent?.Type,
            children.Select(c => c.Type).ToList(),
            !string.IsNullOrEmpty(element.Alt),
            element.Language,
            element.Scope is not null,
            element.Kids.Count(k => k is MarkedContentKid),
            element.Kids.Count(k => k is LinkAnnotationKid)));
        foreach (var child in children)
        {
            Walk(child, depth + 1, tags);
        }
    }
}
