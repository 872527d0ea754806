using System.Globalization;
using SkiaSharp;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// The images a document places, each written once as an image XObject: sRGB pixels with a
/// soft mask for transparency on screen; for print, converted to DeviceCMYK with transparent
/// areas composited onto paper white.
/// </summary>
internal sealed class ImageTable(PdfFile file, bool print)
{
    private readonly Dictionary<string, (string Name, PdfReference Reference)> _images = new(StringComparer.Ordinal);

    public IEnumerable<(string Name, PdfReference Reference)> All => _images.Values;

    public string For(string path)
    {
        if (!_images.TryGetValue(path, out var image))
        {
            image = ($"Im{_images.Count + 1}", Write(path));
            _images[path] = image;
        }

        return image.Name;
    }

    private PdfReference Write(string path)
    {
        using var bitmap = SKBitmap.Decode(path) ?? throw new InvalidDataException($"cannot decode {path}");
        var (width, height) = (bitmap.Width, bitmap.Height);
        var size = string.Create(CultureInfo.InvariantCulture, $"/Type/XObject/Subtype/Image/Width {width}/Height {height}/BitsPerComponent 8");
        var pixels = bitmap.Pixels;
        if (print)
        {
            var cmyk = new byte[pixels.Length * 4];
            for (var i = 0; i < pixels.Length; i++)
            {
                var pixel = pixels[i];
                var alpha = pixel.Alpha / 255.0;
                var r = (pixel.Red / 255.0 * alpha) + (1 - alpha);
                var g = (pixel.Green / 255.0 * alpha) + (1 - alpha);
                var b = (pixel.Blue / 255.0 * alpha) + (1 - alpha);
                var k = 1 - Math.Max(r, Math.Max(g, b));
                var scale = k >= 1 ? 0 : 1 / (1 - k);
                cmyk[(i * 4) + 0] = (byte)Math.Round((1 - r - k) * scale * 255);
                cmyk[(i * 4) + 1] = (byte)Math.Round((1 - g - k) * scale * 255);
                cmyk[(i * 4) + 2] = (byte)Math.Round((1 - b - k) * scale * 255);
                cmyk[(i * 4) + 3] = (byte)Math.Round(k * 255);
            }

            return file.AddStream(size + "/ColorSpace/DeviceCMYK", cmyk);
        }

        var rgb = new byte[pixels.Length * 3];
        var mask = new byte[pixels.Length];
        var transparent = false;
        for (var i = 0; i < pixels.Length; i++)
        {
            rgb[(i * 3) + 0] = pixels[i].Red;
            rgb[(i * 3) + 1] = pixels[i].Green;
            rgb[(i * 3) + 2] = pixels[i].Blue;
            mask[i] = pixels[i].Alpha;
            transparent |= pixels[i].Alpha != 255;
        }

        var softMask = transparent ? "/SMask " + file.AddStream(size + "/ColorSpace/DeviceGray", mask) : string.Empty;
        return file.AddStream(size + "/ColorSpace/DeviceRGB" + softMask, rgb);
    }
}
