namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// A structure element being built: its type, its attributes and its kids in order — child
/// elements, marked-content ids on its page and annotation references. The tree is complete
/// before it is written, so it can be written in reading order whatever the drawing order was.
/// </summary>
internal sealed class StructureElement(string type, StructureElement? parent)
{
    public string Type { get; } = type;

    public StructureElement? Parent { get; } = parent;

    public List<object> Kids { get; } = [];

    public PdfReference? Page { get; set; }

    /// <summary>Extra dictionary entries (/Lang, /Alt, /ActualText, /A …), already in PDF syntax.</summary>
    public List<string> Entries { get; } = [];

    public PdfReference Reference { get; set; }

    /// <summary>A marked-content sequence of this element on a page.</summary>
    public sealed record MarkedContent(PdfReference Page, int Id);

    /// <summary>An annotation (a link's clickable area) that belongs to this element.</summary>
    public sealed record Annotation(PdfReference Page, PdfReference Object);
}
