using BrochureGen.Layout;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// The content operators that draw one layout item on a page <paramref name="pageHeight"/> high
/// (PDF space runs up from the bottom), in CMYK for print and RGB for the screen.
/// </summary>
internal sealed class ItemOperators(double pageHeight, bool print, FontTable fonts, ImageTable images)
{
    /// <summary>True once anything was drawn in RGB (the print edition must never).</summary>
    public bool WroteRgb { get; private set; }

    /// <summary>Whether drawing the item needs black overprint on (text in pure black) or off (filled shapes); null: either.</summary>
    public static bool? Overprints(LayoutItem item) => item switch
    {
        TextRunItem run => IsPureBlack(run.Color),
        RectItem or PolygonItem => false,
        _ => null,
    };

    /// <summary>The item's operators, each line ending in a newline; empty for an item that draws nothing.</summary>
    public string Of(LayoutItem item)
    {
        var content = new ContentStream();
        switch (item)
        {
            case TextRunItem run:
                content.Append(FillOperators(run.Color) + "\n" + fonts.For(run.Face).Show(run.Glyphs, run.X, pageHeight - run.Baseline, run.SpaceLeftOfStretch, run.EndsBrokenLine));
                break;
            case RectItem rect:
                content.Append(FillOperators(rect.Fill));
                content.Op("re", rect.X, pageHeight - rect.Y - rect.Height, rect.Width, rect.Height).Append("f");
                break;
            case PolygonItem polygon:
                content.Append(FillOperators(polygon.Fill));
                content.Op("m", polygon.Points[0].X, pageHeight - polygon.Points[0].Y);
                foreach (var point in polygon.Points.Skip(1))
                {
                    content.Op("l", point.X, pageHeight - point.Y);
                }

                content.Append("h f");
                break;
            case LineItem line:
                Stroke(content, line.Color, line.Thickness);
                content.Op("m", line.X1, pageHeight - line.Y1).Op("l", line.X2, pageHeight - line.Y2).Append("S");
                break;
            case StrokeRectItem box:
                Stroke(content, box.Color, box.Thickness);
                content.Op("re", box.X, pageHeight - box.Y - box.Height, box.Width, box.Height).Append("S");
                break;
            case ImageItem image:
                var name = images.For(image.Image);
                content.Append("q");
                if (image.Clip is { } clip)
                {
                    content.Op("re", clip.X, pageHeight - clip.Y - clip.Height, clip.Width, clip.Height).Append("W n");
                }

                content.Op("cm", image.Width, 0, 0, image.Height, image.X, pageHeight - image.Y - image.Height).Append($"/{name} Do").Append("Q");
                break;
        }

        return content.ToString();
    }

    private static bool IsPureBlack(InkColor color) => color.Print is { C: 0, M: 0, Y: 0, K: 100 };

    private string FillOperators(InkColor color)
    {
        if (print)
        {
            var cmyk = color.Print;
            return $"{PdfSyntax.Number(cmyk.C / 100)} {PdfSyntax.Number(cmyk.M / 100)} {PdfSyntax.Number(cmyk.Y / 100)} {PdfSyntax.Number(cmyk.K / 100)} k";
        }

        WroteRgb = true;
        return $"{PdfSyntax.Number(color.Screen.R / 255.0)} {PdfSyntax.Number(color.Screen.G / 255.0)} {PdfSyntax.Number(color.Screen.B / 255.0)} rg";
    }

    private void Stroke(ContentStream content, InkColor color, double width)
    {
        content.Op("w", width);
        if (print)
        {
            var cmyk = color.Print;
            content.Op("K", cmyk.C / 100, cmyk.M / 100, cmyk.Y / 100, cmyk.K / 100);
        }
        else
        {
            WroteRgb = true;
            content.Op("RG", color.Screen.R / 255.0, color.Screen.G / 255.0, color.Screen.B / 255.0);
        }
    }
}
