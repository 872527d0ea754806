using BrochureGen.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// Draws a laid-out brochure with PDFsharp as a tagged PDF: one page per side of the sheet,
/// one <c>Sect</c> per panel, the structure tree in the folded reading order, bookmarks from
/// the headings, and XMP metadata that declares PDF/UA-1. It measures nothing: every line and
/// position comes from layout.
/// </summary>
public static class PdfRenderer
{
    public static byte[] Render(LaidOutBrochure brochure, PdfDocumentInfo info, PdfPrintSetup? print = null)
    {
        var fonts = new PdfFontSet(EmbeddedFontResolver.Instance);
        using var document = new PdfDocument();
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Subject;
        document.Info.Keywords = string.Join(", ", info.Keywords);
        document.Info.Creator = "BrochureGen";

        // PDFsharp's compressed content streams lack the zlib checksum, which qpdf --check
        // reports; content streams stay uncompressed (fonts are still compressed).
        document.Options.CompressContentStreams = false;
        if (print is not null)
        {
            document.Options.ColorMode = PdfColorMode.Cmyk;
        }

        // The accessibility manager must exist before the first page is added.
        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage(info.Language);
        document.ViewerPreferences.DisplayDocTitle = true;

        var sectionsInPageOrder = new List<string>();
        var pages = new List<PdfPage>();
        foreach (var laidOutPage in brochure.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(laidOutPage.Width);
            page.Height = XUnit.FromPoint(laidOutPage.Height);
            pages.Add(page);
            var graphics = XGraphics.FromPdfPage(page);

            // Forces the page's initial coordinate transformation (q … cm) out before any
            // marked content, so no marked-content sequence spans that q/Q pair.
            graphics.Save();
            graphics.Restore();

            var painter = new TaggedPagePainter(accessibility, graphics, fonts, print is not null);
            foreach (var panel in laidOutPage.Panels)
            {
                painter.Paint(panel.Items);
                sectionsInPageOrder.Add(panel.Slot);
            }

            painter.Paint(laidOutPage.PageDecorations);
            painter.Finish();
            graphics.Dispose();
            MarkedContentOrder.Fix(page);

            // Assistive technology moves through links in structure order.
            page.Elements["/Tabs"] = new PdfName("/S");
            if (print is not null)
            {
                PrintBoxes.Apply(page, laidOutPage.Height, print);
            }
        }

        StructureOrder.ToReadingOrder(accessibility, sectionsInPageOrder, brochure.ReadingOrder);
        BookmarkWriter.Write(document, brochure, pages);

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return XmpMetadataUpdate.Apply(stream.ToArray(), info);
    }
}
