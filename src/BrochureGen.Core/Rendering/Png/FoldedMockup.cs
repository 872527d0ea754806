using BrochureGen.Layout;
using BrochureGen.Layout.Fonts;
using SkiaSharp;

namespace BrochureGen.Rendering.Png;

/// <summary>
/// The folded brochure at a glance: the six panels in the order a reader meets them (cover,
/// flap, inside-left, inside-middle, inside-right, back), each at its real size, numbered and
/// labelled, so a reviewer can check the folded result without folding paper.
/// </summary>
public static class FoldedMockup
{
    private const float Gap = 24;
    private const float LabelHeight = 26;

    public static byte[] Render(LaidOutBrochure brochure, double dpi, FontFace labelFace, Color.SoftProof? proof = null)
    {
        var scale = (float)(dpi / 72.0);
        var pages = brochure.Pages.Select(p => PngRenderer.RenderImage(p, dpi, null, proof)).ToList();
        try
        {
            var panels = brochure.PanelsInReadingOrder.ToList();
            var cellWidth = (float)panels.Max(p => p.Width) * scale;
            var cellHeight = ((float)panels.Max(p => p.Height) * scale) + LabelHeight;
            var width = (int)Math.Ceiling((3 * cellWidth) + (4 * Gap));
            var height = (int)Math.Ceiling((2 * cellHeight) + (3 * Gap));
            using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            var canvas = surface.Canvas;
            canvas.Clear(new SKColor(0xEE, 0xEE, 0xEE));
            using var font = PngRenderer.CreateFont(labelFace, 14);
            using var ink = new SKPaint { Color = new SKColor(0x22, 0x22, 0x22), IsAntialias = true };
            using var border = new SKPaint { Color = new SKColor(0x99, 0x99, 0x99), Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
            for (var i = 0; i < panels.Count; i++)
            {
                var panel = panels[i];
                var pageIndex = brochure.Pages.Select((p, index) => (p, index)).Single(x => x.p.Panels.Contains(panel)).index;
                var x = Gap + ((i % 3) * (cellWidth + Gap));
                var y = Gap + ((i / 3) * (cellHeight + Gap));
                canvas.DrawText($"{i + 1} · {panel.Slot} ({brochure.Pages[pageIndex].Name})", x, y + 16, SKTextAlign.Left, font, ink);
                var source = new SKRect((float)panel.X * scale, 0, (float)(panel.X + panel.Width) * scale, (float)panel.Height * scale);
                var target = new SKRect(x, y + LabelHeight, x + source.Width, y + LabelHeight + source.Height);
                canvas.DrawImage(pages[pageIndex], source, target, new SKSamplingOptions(SKFilterMode.Nearest), null);
                canvas.DrawRect(target, border);
            }

            using var image = surface.Snapshot();
            return PngRenderer.Encode(image);
        }
        finally
        {
            pages.ForEach(p => p.Dispose());
        }
    }
}
