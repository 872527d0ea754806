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
    private Color.ColorSeparation? _separation;

    /// <summary>The largest total ink (C+M+Y+K, percent) of any pixel of each print image, for preflight.</summary>
    public IReadOnlyDictionary<string, double> Coverage => _coverage;

    public IEnumerable<(string Name, PdfReference Reference)> All => _images.Values;

    public string For(Layout.ImageFile image)
    {
        if (!_images.TryGetValue(image.Key, out var entry))
        {
            entry = ($"Im{_images.Count + 1}", Write(image));
            _images[image.Key] = entry;
        }

        return entry.Name;
    }

    // The pixels are converted strip by strip, in buffers reused for every strip, and compressed
    // as they come: besides the decoded image, memory holds one strip, never a copy of the whole
    // image per colour space.
    private const int StripRows = 64;

    private PdfReference Write(Layout.ImageFile image)
    {
        var path = image.Path;
        using var decoding = image.Decoding();
        using var bitmap = Decode(image);
        var (width, height) = (bitmap.Width, bitmap.Height);
        var size = string.Create(CultureInfo.InvariantCulture, $"/Type/XObject/Subtype/Image/Width {width}/Height {height}/BitsPerComponent 8");
        var pixels = bitmap.GetPixelSpan();
        var rowBytes = bitmap.RowBytes;
        var stripPixels = StripRows * width;
        if (print)
        {
            using var cmykData = new PdfFile.DeflatedData();
            var onPaper = new byte[stripPixels * 3];
            var cmyk = new byte[stripPixels * 4];
            var most = 0;
            for (var top = 0; top < height; top += StripRows)
            {
                var rows = Math.Min(StripRows, height - top);
                for (var y = 0; y < rows; y++)
                {
                    var row = pixels.Slice((top + y) * rowBytes, width * 4);
                    for (var x = 0; x < width; x++)
                    {
                        var i = (y * width) + x;
                        var alpha = row[(x * 4) + 3] / 255.0;
                        onPaper[(i * 3) + 0] = (byte)Math.Round((row[x * 4] * alpha) + (255 * (1 - alpha)));
                        onPaper[(i * 3) + 1] = (byte)Math.Round((row[(x * 4) + 1] * alpha) + (255 * (1 - alpha)));
                        onPaper[(i * 3) + 2] = (byte)Math.Round((row[(x * 4) + 2] * alpha) + (255 * (1 - alpha)));
                    }
                }

                var count = rows * width;
                Separate(path, onPaper.AsSpan(0, count * 3), cmyk.AsSpan(0, count * 4));
                for (var i = 0; i < count * 4; i += 4)
                {
                    most = Math.Max(most, cmyk[i] + cmyk[i + 1] + cmyk[i + 2] + cmyk[i + 3]);
                }

                cmykData.Write(cmyk.AsSpan(0, count * 4));
            }

            // One SVG placed at two sizes is two rasters of one file: its coverage is the larger.
            _coverage[path] = Math.Max(_coverage.GetValueOrDefault(path), Math.Round(most / 2.55, 1));
            return file.AddStream(size + "/ColorSpace/DeviceCMYK", cmykData);
        }

        using var rgbData = new PdfFile.DeflatedData();
        using var maskData = new PdfFile.DeflatedData();
        var rgb = new byte[stripPixels * 3];
        var mask = new byte[stripPixels];
        var transparent = false;
        for (var top = 0; top < height; top += StripRows)
        {
            var rows = Math.Min(StripRows, height - top);
            for (var y = 0; y < rows; y++)
            {
                var row = pixels.Slice((top + y) * rowBytes, width * 4);
                for (var x = 0; x < width; x++)
                {
                    var i = (y * width) + x;
                    rgb[(i * 3) + 0] = row[x * 4];
                    rgb[(i * 3) + 1] = row[(x * 4) + 1];
                    rgb[(i * 3) + 2] = row[(x * 4) + 2];
                    mask[i] = row[(x * 4) + 3];
                    transparent |= row[(x * 4) + 3] != 255;
                }
            }

            rgbData.Write(rgb.AsSpan(0, rows * width * 3));
            maskData.Write(mask.AsSpan(0, rows * width));
        }

        var softMask = transparent ? "/SMask " + file.AddStream(size + "/ColorSpace/DeviceGray", maskData) : string.Empty;
        return file.AddStream(size + "/ColorSpace/DeviceRGB" + softMask, rgbData);
    }

    // The image's own values, unpremultiplied RGBA, without colour conversion (as the file gives them).
    private static SKBitmap Decode(Layout.ImageFile image)
    {
        using var data = SKData.CreateCopy(image.Bytes);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException($"cannot decode {image.Path}");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            // The image resolver decoded these bytes once already, without error.
            bitmap.Dispose();
            throw new InvalidDataException($"cannot decode {image.Path}: {result}");
        }

        return bitmap;
    }

    private void Separate(string path, ReadOnlySpan<byte> rgb, Span<byte> cmyk)
    {
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

            return;
        }

        if (!Color.ColorSeparation.IsAvailable)
        {
            throw new Diagnostics.BrochureException(Diagnostics.Diagnostic.Error(Diagnostics.DiagnosticCodes.OutputFailed, $"the print edition separates image '{Path.GetFileName(path)}' through the printing condition's profile, which needs LittleCMS, not found: {Color.ColorSeparation.InstallHint}", Diagnostics.SourceLocation.InFile(Diagnostics.DisplayPath.For(path))));
        }

        _separation ??= Color.ColorSeparation.ForImages(outputProfile);
        _separation.SeparatePixels(rgb, cmyk);
    }
}
