using System.Text;
using System.Xml.Linq;
using BrochureGen.Rendering.Pdf.Writer;

namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// Gathers <see cref="PdfAccessibilityFacts"/> from what <see cref="PdfRenderer"/> has just
/// written: the structure tree it built (types, attributes, kids), its link annotations and the
/// XMP packet it embedded. It reads the writer's own objects, never the file.
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
        int markedContent,
        IEnumerable<string> fontFiles,
        StructureElement document,
        IEnumerable<PendingAnnotation> annotations)
    {
        var packet = XDocument.Parse(Encoding.UTF8.GetString(xmp));
        var tags = new List<PdfTag>();
        Walk(document, 0, tags);
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
            markedContent,
            HasRoleMap: false,
            fontFiles.ToList(),
            tags,
            annotations.Select(a => new PdfLinkAnnotation(a.Link.Type, !a.Entries.Contains("/Contents()", StringComparison.Ordinal) && !a.Entries.Contains("/Contents<FEFF>", StringComparison.Ordinal))).ToList());
    }

    private static void Walk(StructureElement element, int depth, List<PdfTag> tags)
    {
        var children = element.Kids.OfType<StructureElement>().ToList();
        tags.Add(new PdfTag(
            element.Type,
            depth,
            element.Parent?.Type ?? (depth == 0 ? null : "Document"),
            children.Select(c => c.Type).ToList(),
            element.Entries.Any(e => e.StartsWith("/Alt", StringComparison.Ordinal) && e is not "/Alt()" and not "/Alt<FEFF>"),
            element.Entries.Where(e => e.StartsWith("/Lang(", StringComparison.Ordinal)).Select(Literal).FirstOrDefault(),
            element.Entries.Any(e => e.Contains("/Scope/", StringComparison.Ordinal)),
            element.Kids.Count(k => k is StructureElement.MarkedContent),
            element.Kids.Count(k => k is StructureElement.Annotation)));
        foreach (var child in children)
        {
            Walk(child, depth + 1, tags);
        }
    }

    // A language tag is ASCII, so the writer gives it as a literal string: /Lang(es).
    private static string Literal(string entry) => entry["/Lang(".Length..^1].Replace("\\(", "(", StringComparison.Ordinal).Replace("\\)", ")", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
}
