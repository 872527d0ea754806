using SkiaSharp;
using Svg.Skia;

namespace BrochureGen.Layout;

/// <summary>
/// A checked SVG picture (<see cref="SvgCheck"/>) and the one place that talks to Svg.Skia:
/// the drawing rasterised to a PNG of a given pixel size, over transparency, the viewport
/// stretched to the pixels (the caller keeps the proportions). The renderer is given the
/// checked bytes, never a path, so it has nothing to resolve relative to. Same bytes and size,
/// same pixels: no clock, no fonts (text is refused), no randomness.
/// </summary>
public sealed class SvgDrawing
{
    private readonly byte[] _svg;

    internal SvgDrawing(byte[] svg, double width, double height)
    {
        _svg = svg;
        Width = width;
        Height = height;
    }

    /// <summary>The drawing's own width in CSS pixels (96 to the inch).</summary>
    public double Width { get; }

    /// <summary>The drawing's own height in CSS pixels.</summary>
    public double Height { get; }

    /// <summary>The drawing as a PNG of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public byte[] Png(int width, int height)
    {
        using var svg = new SKSvg();
        using var stream = new MemoryStream(_svg, writable: false);
        var picture = svg.Load(stream) ?? throw new InvalidDataException("the SVG renderer read no drawing from a checked SVG");

        // The picture's bounds are the SVG's viewport (its width and height, the viewBox mapped
        // into it by preserveAspectRatio), whatever it draws outside them.
        var bounds = picture.CullRect;
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.Scale(width / Math.Max(bounds.Width, float.Epsilon), height / Math.Max(bounds.Height, float.Epsilon));
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
