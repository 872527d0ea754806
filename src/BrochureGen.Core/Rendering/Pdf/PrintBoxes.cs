using PdfSharp.Pdf;

namespace BrochureGen.Rendering.Pdf;

/// <summary>Sets a print page's TrimBox and BleedBox (in CMYK mode PDFsharp gives the page a DeviceCMYK blending group itself).</summary>
internal static class PrintBoxes
{
    public static void Apply(PdfPage page, double pageHeight, PdfPrintSetup setup)
    {
        // PDF boxes are measured from the bottom-left corner of the media.
        var trimBottom = pageHeight - setup.TrimY - setup.TrimHeight;
        page.TrimBox = new PdfRectangle(new PdfSharp.Drawing.XPoint(setup.TrimX, trimBottom), new PdfSharp.Drawing.XPoint(setup.TrimX + setup.TrimWidth, trimBottom + setup.TrimHeight));
        page.BleedBox = new PdfRectangle(
            new PdfSharp.Drawing.XPoint(setup.TrimX - setup.Bleed, trimBottom - setup.Bleed),
            new PdfSharp.Drawing.XPoint(setup.TrimX + setup.TrimWidth + setup.Bleed, trimBottom + setup.TrimHeight + setup.Bleed));
    }
}
