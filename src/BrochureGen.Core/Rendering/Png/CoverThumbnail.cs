using BrochureGen.Layout;
using SkiaSharp;

namespace BrochureGen.Rendering.Png;

/// <summary>
/// The gallery's picture of an edition: its cover panel, the panel a reader meets first (the
/// first of the reading order, wherever the fold puts it on the sheet: right on a left-to-right
/// letter fold, left when the edition is mirrored for a right-to-left language).
/// </summary>
public static class CoverThumbnail
{
    /// <summary>The cover as PNG at <paramref name="dpi"/>.</summary>
    public static byte[] Render(LaidOutBrochure layout, double dpi)
    {
        var cover = layout.ReadingOrder.Count > 0 ? layout.ReadingOrder[0] : null;
        var (page, panel) = layout.Pages
            .SelectMany(p => p.Panels.Select(panel => (Page: p, Panel: panel)))
            .FirstOrDefault(p => p.Panel.Slot == cover);
        if (page is null)
        {
            // A layout without a reading order: the first page whole, as before.
            return PngRenderer.Render(layout.Pages[0], dpi);
        }

        var scale = dpi / 72.0;
        using var sheet = PngRenderer.RenderImage(page, dpi);
        var left = (int)Math.Round(panel.X * scale);
        var width = Math.Min((int)Math.Round(panel.Width * scale), sheet.Width - left);
        using var surface = SKSurface.Create(new SKImageInfo(width, sheet.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.DrawImage(sheet, -left, 0, SKSamplingOptions.Default);
        using var image = surface.Snapshot();
        return PngRenderer.Encode(image);
    }
}
