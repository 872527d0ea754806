using System.Collections.Concurrent;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using SkiaSharp;

namespace BrochureGen.Layout;

/// <summary>
/// Finds and checks the image of a figure: relative to the brochure's content folder and never
/// outside it, even through a link, so that a template or translation cannot make the generator
/// read arbitrary files (<see cref="SafeFile"/>); a PNG or JPEG whose header gives a size within
/// the pixel budget (<see cref="InputLimits.ImagePixels"/>), checked before anything is decoded;
/// and whose pixel data decodes without error. The checked bytes are what every edition draws.
/// </summary>
public sealed class ImageResolver(string contentFolder)
{
    private readonly string _root = Path.GetFullPath(contentFolder);
    private readonly ConcurrentDictionary<string, ImageFile> _read = new(StringComparer.Ordinal);

    public ImageFile Resolve(string source, SourceLocation location)
    {
        var path = Path.GetFullPath(Path.Combine(_root, source));
        if (_read.TryGetValue(path, out var known))
        {
            return known;
        }

        var bytes = SafeFile.ReadBytes(path, _root, FileKind.Image, location, source);
        if (ImageHeader.Read(bytes) is null && IsSvg(source, bytes))
        {
            return _read.GetOrAdd(path, Drawing(path, bytes, source, location));
        }

        if (ImageHeader.Read(bytes) is null && VectorKind(source, bytes) is { } vector)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ImageVector, $"image '{source}' is {vector}: a picture must be a PNG, JPEG or SVG file ({vector[(vector.IndexOf(' ') + 1)..]}s are not drawn, because no renderer this program can ship was measured to draw them faithfully); save the logo as plain SVG from the drawing program, or export a PNG at 300 ppi of its printed size, e.g. 600 pixels wide for a 2-inch logo", location));
        }

        if (ImageHeader.Read(bytes) is not var (width, height))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ImageUnreadable, $"image '{source}' is not a readable PNG, JPEG or SVG file", location));
        }

        if (width * height > InputLimits.ImagePixels)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ImageTooLarge, $"image '{source}' has {width:N0} × {height:N0} pixels; an image may have at most {InputLimits.ImagePixels / 1_000_000:N0} million: scale it down (300 ppi at its printed size is plenty)", location));
        }

        var image = new ImageFile(path, bytes, (int)width, (int)height);
        if (Checked(image) is { } problem)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ImageDamaged, $"image '{source}' is damaged: {problem}; export it again", location));
        }

        return _read.GetOrAdd(path, image);
    }

    // Each distinct image (by its bytes) is decoded once per process to check it: every edition,
    // and every stage of one, resolves its figures again.
    private static readonly ConcurrentDictionary<string, string> Problems = new(StringComparer.Ordinal);

    private static string? Checked(ImageFile image)
    {
        var key = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(image.Bytes));
        if (!Problems.TryGetValue(key, out var problem))
        {
            using (image.Decoding())
            {
                problem = DecodeProblem(image.Bytes, image.Width, image.Height) ?? string.Empty;
            }

            Problems[key] = problem;
        }

        return problem.Length == 0 ? null : problem;
    }

    // Decodes every pixel once, row by row where the codec can (one row of memory), else whole
    // (within the pixel budget), and says what went wrong, if anything.
    private static unsafe string? DecodeProblem(byte[] bytes, int width, int height)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return "its data cannot be decoded";
        }

        if (codec.Info.Width != width || codec.Info.Height != height)
        {
            return $"its header gives {width} × {height} pixels, its data {codec.Info.Width} × {codec.Info.Height}";
        }

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        if (codec.StartScanlineDecode(info) == SKCodecResult.Success)
        {
            var row = new byte[info.RowBytes];
            fixed (byte* pixels = row)
            {
                for (var y = 0; y < height; y++)
                {
                    if (codec.GetScanlines((IntPtr)pixels, 1, info.RowBytes) != 1)
                    {
                        return $"its pixel data ends or breaks at row {y + 1} of {height}";
                    }
                }
            }

            return null;
        }

        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        return result == SKCodecResult.Success ? null : $"its pixel data cannot be decoded ({result})";
    }

    // An SVG picture: checked as hostile input (SvgCheck), then drawn once, small, so that a
    // drawing the renderer cannot read is an error at its figure, not in an edition.
    private static ImageFile Drawing(string path, byte[] bytes, string source, SourceLocation location)
    {
        var drawing = SvgCheck.Read(bytes, DisplayPath.For(path), source, location);
        var key = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
        if (!Problems.TryGetValue(key, out var problem))
        {
            var scale = Math.Min(1, CheckPixels / Math.Max(drawing.Width, drawing.Height));
            try
            {
                _ = drawing.Png(Math.Max(1, (int)(drawing.Width * scale)), Math.Max(1, (int)(drawing.Height * scale)));
                problem = string.Empty;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problem = e.Message;
            }

            Problems[key] = problem;
        }

        return problem.Length == 0
            ? new ImageFile(path, drawing)
            : throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ImageDamaged, $"SVG '{source}' cannot be drawn: {problem}; save it again from the drawing program", location));
    }

    // The longer side of the small drawing that checks an SVG.
    private const double CheckPixels = 64;

    // SVG by its first bytes (after a byte order mark and white space: an XML declaration or an
    // <svg> element) or, failing that, its name.
    private static bool IsSvg(string source, byte[] bytes)
    {
        var start = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<?xml", StringComparison.Ordinal) || start.StartsWith("<svg", StringComparison.Ordinal) || start.StartsWith("<!DOCTYPE svg", StringComparison.OrdinalIgnoreCase)
            || (source.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && !(bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B));
    }

    // A vector format that is not drawn, by its first bytes or its name: said as such, with what to do instead.
    private static string? VectorKind(string source, byte[] bytes)
    {
        var start = System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 512));
        if (start.StartsWith("%PDF", StringComparison.Ordinal) || source.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return "a PDF file";
        }

        if ((bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B) || source.EndsWith(".svgz", StringComparison.OrdinalIgnoreCase))
        {
            return "a compressed SVGZ file";
        }

        return source.EndsWith(".eps", StringComparison.OrdinalIgnoreCase) || start.StartsWith("%!PS", StringComparison.Ordinal) ? "an EPS file" : null;
    }
}
