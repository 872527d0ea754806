namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>
/// A marked-content sequence of an element: its id on its page (0-based page index), and the
/// text its runs show in reading order (for the tree's dump; the PDF gets the text from the glyphs).
/// </summary>
internal sealed class MarkedContentKid(int page, int id) : StructureKid
{
    public int Page { get; } = page;

    public int Id { get; } = id;

    /// <summary>Set when the sequence is closed: the pre-pass opens it before it meets its runs.</summary>
    public string Text { get; set; } = string.Empty;
}
