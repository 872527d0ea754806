namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>A rectangle in PDF page space (points from the bottom-left corner).</summary>
internal readonly record struct PdfBox(double Left, double Bottom, double Right, double Top)
{
    /// <summary>
    /// The box of something placed at (<paramref name="x"/>, <paramref name="y"/>) from the top-left
    /// corner of a group that is itself at (<paramref name="dx"/>, <paramref name="dy"/>) on a page
    /// <paramref name="pageHeight"/> high.
    /// </summary>
    public static PdfBox OnPage(double pageHeight, double dx, double dy, double x, double y, double width, double height) =>
        new(dx + x, pageHeight - dy - y - height, dx + x + width, pageHeight - dy - y);
}
