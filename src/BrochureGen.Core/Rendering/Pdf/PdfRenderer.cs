using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// Draws a laid-out brochure with PDFsharp: one PDF page per side of the sheet. It measures
/// nothing: every line and position comes from layout.
/// </summary>
public static class PdfRenderer
{
    public static byte[] Render(LaidOutBrochure brochure, PdfDocumentInfo info)
    {
        var fonts = EmbeddedFontResolver.Instance;
        using var document = new PdfDocument();
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Subject;
        document.Info.Keywords = string.Join(", ", info.Keywords);
        document.Info.Creator = "BrochureGen";
        document.Internals.Catalog.Elements["/Lang"] = new PdfString(info.Language);
        document.ViewerPreferences.DisplayDocTitle = true;

        var fontCache = new Dictionary<(string, double), XFont>();
        foreach (var laidOutPage in brochure.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(laidOutPage.Width);
            page.Height = XUnit.FromPoint(laidOutPage.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            foreach (var panel in laidOutPage.Panels)
            {
                foreach (var item in panel.Items)
                {
                    Draw(graphics, page, item, fonts, fontCache);
                }
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Draw(XGraphics graphics, PdfPage page, LayoutItem item, EmbeddedFontResolver fonts, Dictionary<(string, double), XFont> fontCache)
    {
        switch (item)
        {
            case TextRunItem run:
                var family = fonts.Register(run.Face);
                if (!fontCache.TryGetValue((family, run.Size), out var font))
                {
                    font = new XFont(family, run.Size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
                    fontCache[(family, run.Size)] = font;
                }

                graphics.DrawString(run.Text, font, new XSolidBrush(ToXColor(run.Color)), run.X, run.Baseline, XStringFormats.BaseLineLeft);
                break;
            case RectItem rect:
                graphics.DrawRectangle(new XSolidBrush(ToXColor(rect.Fill)), rect.X, rect.Y, rect.Width, rect.Height);
                break;
            case PolygonItem polygon:
                graphics.DrawPolygon(new XSolidBrush(ToXColor(polygon.Fill)), polygon.Points.Select(p => new XPoint(p.X, p.Y)).ToArray(), XFillMode.Winding);
                break;
            case LineItem line:
                graphics.DrawLine(new XPen(ToXColor(line.Color), line.Thickness), line.X1, line.Y1, line.X2, line.Y2);
                break;
            case ImageItem image:
                using (var picture = XImage.FromFile(image.FilePath))
                {
                    graphics.DrawImage(picture, image.X, image.Y, image.Width, image.Height);
                }

                break;
            case LinkAreaItem link:
                var area = graphics.Transformer.WorldToDefaultPage(new XRect(link.X, link.Y, link.Width, link.Height));
                page.AddWebLink(new PdfRectangle(area), link.Target);
                break;
        }
    }

    private static XColor ToXColor(RgbColor color) => XColor.FromArgb(color.R, color.G, color.B);
}
