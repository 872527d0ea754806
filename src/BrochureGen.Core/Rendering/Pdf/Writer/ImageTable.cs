using System.Globalization;
using SkiaSharp;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// The images a document places, each written once as an image XObject: sRGB pixels with a
/// soft mask for transparency on screen; for print, transparent areas composited onto paper
/// white and the pixels separated to DeviceCMYK through the output intent's profile
/// (perceptual). PDF/X-4 would also allow ICC-based sRGB images, but then every RIP separates
/// them its own way; separating here makes the proof and the plate agree.
/// </summary>
internal sealed class ImageTable(PdfFile file, bool print, byte[]? outputProfile)
{
    private readonly Dictionary<string, (string Name, PdfReference Reference)> _images = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _coverage = new(StringComparer.Ordinal);

    /// <summary>The largest total ink (C+M+Y+K, percent) of any pixel of each print image, for preflight.</summary>
    public IReadOnlyDictionary<string, double> Coverage => _coverage;

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
            var onPaper = new byte[pixels.Length * 3];
            for (var i = 0; i < pixels.Length; i++)
            {
                var pixel = pixels[i];
                var alpha = pixel.Alpha / 255.0;
                onPaper[(i * 3) + 0] = (byte)Math.Round((pixel.Red * alpha) + (255 * (1 - alpha)));
                onPaper[(i * 3) + 1] = (byte)Math.Round((pixel.Green * alpha) + (255 * (1 - alpha)));
                onPaper[(i * 3) + 2] = (byte)Math.Round((pixel.Blue * alpha) + (255 * (1 - alpha)));
            }

            var cmyk = Separate(path, onPaper);
            var most = 0;
            for (var i = 0; i < cmyk.Length; i += 4)
            {
                most = Math.Max(most, cmyk[i] + cmyk[i + 1] + cmyk[i + 2] + cmyk[i + 3]);
            }

            _coverage[path] = Math.Round(most / 2.55, 1);
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

    private byte[] Separate(string path, byte[] rgb)
    {
        var cmyk = new byte[rgb.Length / 3 * 4];
        if (outputProfile is null)
        {
            // A print setup without a printing condition: the plain device conversion.
            for (var i = 0; i < rgb.Length / 3; i++)
            {
                var (r, g, b) = (rgb[i * 3] / 255.0, rgb[(i * 3) + 1] / 255.0, rgb[(i * 3) + 2] / 255.0);
                var k = 1 - Math.Max(r, Math.Max(g, b));
                var scale = k >= 1 ? 0 : 1 / (1 - k);
                cmyk[(i * 4) + 0] = (byte)Math.Round((1 - r - k) * scale * 255);
                cmyk[(i * 4) + 1] = (byte)Math.Round((1 - g - k) * scale * 255);
                cmyk[(i * 4) + 2] = (byte)Math.Round((1 - b - k) * scale * 255);
                cmyk[(i * 4) + 3] = (byte)Math.Round(k * 255);
            }

            return cmyk;
        }

        if (!Color.ColorSeparation.IsAvailable)
        {
            throw new Diagnostics.BrochureException(Diagnostics.Diagnostic.Error(Diagnostics.DiagnosticCodes.OutputFailed, $"the print edition separates image '{Path.GetFileName(path)}' through the printing condition's profile, which needs LittleCMS, not found: {Color.ColorSeparation.InstallHint}", Diagnostics.SourceLocation.InFile(Diagnostics.DisplayPath.For(path))));
        }

        Color.ColorSeparation.ForImages(outputProfile).SeparatePixels(rgb, cmyk);
        return cmyk;
    }
}
