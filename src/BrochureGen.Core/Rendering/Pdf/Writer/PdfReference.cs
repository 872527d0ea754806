namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>An indirect object's number; writes itself as <c>N 0 R</c>.</summary>
internal readonly record struct PdfReference(int Number)
{
    public override string ToString() => $"{Number} 0 R";
}
