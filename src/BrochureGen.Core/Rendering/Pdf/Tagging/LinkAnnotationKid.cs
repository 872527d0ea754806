namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>
/// A link's clickable area as its element holds it: the page (0-based), its place among the
/// page's annotations (the order the painter reserves them in), where it stands on the page,
/// where it leads and what following it does (the annotation's /Contents).
/// </summary>
internal sealed class LinkAnnotationKid(int page, int index, PdfBox area, string target, string description) : StructureKid
{
    public int Page { get; } = page;

    public int Index { get; } = index;

    public PdfBox Area { get; } = area;

    public string Target { get; } = target;

    public string Description { get; } = description;
}
