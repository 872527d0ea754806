using BrochureGen.Layout.Theme;
using SkiaSharp;

namespace BrochureGen.Conformance;

/// <summary>
/// The spread of lightness within a picture: the WCAG contrast ratio between its darker and its
/// lighter parts, taken at the 5th and 95th percentile of the pixels' relative luminance (so a
/// few stray pixels do not count), transparent parts on the white page. It tells a reviewer
/// whether the picture has contrast to give at all; which of its parts carry meaning, it cannot.
/// </summary>
public static class PictureContrast
{
    // Enough pixels for a stable percentile; larger pictures are sampled on a grid.
    private const int MostSamples = 250_000;

    /// <summary>The ratio, or null when the image cannot be decoded.</summary>
    public static double? Of(Layout.ImageFile image)
    {
        // The bytes layout read and checked, under its decoding budget (a large image one at a time).
        using var decoding = image.Decoding();
        using var bitmap = SKBitmap.Decode(image.Bytes);
        if (bitmap is null || bitmap.Width == 0 || bitmap.Height == 0)
        {
            return null;
        }

        var step = Math.Max(1, (int)Math.Ceiling(Math.Sqrt((double)bitmap.Width * bitmap.Height / MostSamples)));
        var luminances = new List<double>();
        for (var y = 0; y < bitmap.Height; y += step)
        {
            for (var x = 0; x < bitmap.Width; x += step)
            {
                var pixel = bitmap.GetPixel(x, y);
                var alpha = pixel.Alpha / 255.0;
                byte OnWhite(byte channel) => (byte)Math.Round((channel * alpha) + (255 * (1 - alpha)));
                luminances.Add(ContrastRatio.Between(new RgbColor(OnWhite(pixel.Red), OnWhite(pixel.Green), OnWhite(pixel.Blue)), new RgbColor(0, 0, 0)));
            }
        }

        luminances.Sort();
        var dark = luminances[(int)(0.05 * (luminances.Count - 1))];
        var light = luminances[(int)(0.95 * (luminances.Count - 1))];

        // Ratios against black are (L + 0.05) / 0.05, so their quotient is the pair's contrast.
        return light / dark;
    }
}
