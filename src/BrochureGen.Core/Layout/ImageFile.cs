using System.Collections.Concurrent;

namespace BrochureGen.Layout;

/// <summary>
/// A figure's image as it was read and checked once (<see cref="ImageResolver"/>): its bytes, its
/// pixel size and its format. Every edition draws these bytes, so what was checked is what is
/// drawn — the file is never opened again by path. An SVG picture (<see cref="Vector"/>) has no
/// pixels of its own: each place it is drawn at gets a raster made for it
/// (<see cref="Placed"/>), at the print resolution of its placed size.
/// </summary>
public sealed class ImageFile
{
    private readonly Lazy<byte[]>? _rendered;
    private readonly byte[]? _bytes;
    private readonly ConcurrentDictionary<(int, int), ImageFile>? _placed;

    internal ImageFile(string path, byte[] bytes, int width, int height)
    {
        Path = path;
        _bytes = bytes;
        Width = width;
        Height = height;
        Key = path;
    }

    /// <summary>An SVG picture: its size is its own size at <see cref="PictureSize.NaturalPpi"/>, so unsized it is placed at the size it gives.</summary>
    internal ImageFile(string path, SvgDrawing drawing)
        : this(path, drawing, Pixels(drawing.Width), Pixels(drawing.Height), fitInto: Content.InputLimits.LargeImagePixels)
    {
        // Its size places it; its bytes (for a thumbnail or a contrast estimate, never drawn) may be fewer.
        (Width, Height) = (Pixels(drawing.Width), Pixels(drawing.Height));
        _placed = new();
    }

    // A raster of the drawing at a pixel size, scaled down (same proportions) to fit a budget.
    private ImageFile(string path, SvgDrawing drawing, int width, int height, long fitInto)
    {
        Path = path;
        Vector = drawing;
        var scale = Math.Min(1, Math.Sqrt((double)fitInto / ((long)width * height)));
        var (rasterWidth, rasterHeight) = (Math.Max(1, (int)Math.Floor(width * scale)), Math.Max(1, (int)Math.Floor(height * scale)));
        (Width, Height) = (rasterWidth, rasterHeight);
        Key = $"{path}@{rasterWidth}x{rasterHeight}";
        _rendered = new(() => drawing.Png(rasterWidth, rasterHeight), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The file's full path (names it in messages).</summary>
    public string Path { get; }

    /// <summary>What keys the editions' image tables: the path, and for an SVG raster its pixel size too (one drawing placed at two sizes is two images).</summary>
    public string Key { get; }

    /// <summary>The encoded PNG or JPEG (for an SVG picture, a PNG of it).</summary>
    public byte[] Bytes => _bytes ?? _rendered!.Value;

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The SVG drawing this image is rendered from, or null for a PNG or JPEG.</summary>
    public SvgDrawing? Vector { get; }

    /// <summary>
    /// The image to draw at <paramref name="width"/> × <paramref name="height"/> points: a PNG or
    /// JPEG itself; an SVG picture rasterised at <see cref="PictureSize.NaturalPpi"/> of that size
    /// (rounded up, so the preflight's 300 ppi holds), within the pixel budget
    /// (<see cref="Content.InputLimits.ImagePixels"/>). Deterministic: the same size gives the
    /// same pixels, made once.
    /// </summary>
    public ImageFile Placed(double width, double height)
    {
        if (Vector is not { } drawing || _placed is null)
        {
            return this;
        }

        var pixels = (Math.Max(1, (int)Math.Ceiling(Math.Round(width * PictureSize.NaturalPpi / 72, 6))), Math.Max(1, (int)Math.Ceiling(Math.Round(height * PictureSize.NaturalPpi / 72, 6))));
        return _placed.GetOrAdd(pixels, p => new ImageFile(Path, drawing, p.Item1, p.Item2, Content.InputLimits.ImagePixels));
    }

    // CSS pixels (96 to the inch) at the natural print resolution.
    private static int Pixels(double cssPixels) => Math.Max(1, (int)Math.Ceiling(Math.Round(cssPixels * PictureSize.NaturalPpi / 96, 6)));

    /// <summary>
    /// Held while the image is decoded: an image of more than
    /// <see cref="Content.InputLimits.LargeImagePixels"/> pixels is decoded by one edition at a
    /// time, so that the pixel budget bounds the memory of a build, not of each parallel edition.
    /// </summary>
    public IDisposable Decoding()
    {
        if ((long)Width * Height <= Content.InputLimits.LargeImagePixels)
        {
            return NoLease.Instance;
        }

        LargeDecodes.Wait();
        return new Lease();
    }

    private static readonly SemaphoreSlim LargeDecodes = new(1, 1);

    private sealed class Lease : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                LargeDecodes.Release();
            }
        }
    }

    private sealed class NoLease : IDisposable
    {
        public static readonly NoLease Instance = new();

        public void Dispose()
        {
        }
    }

    /// <summary>The MIME type of <see cref="Bytes"/>.</summary>
    public string MimeType => ImageHeader.IsPng(Bytes) ? "image/png" : "image/jpeg";

    public override string ToString() => System.IO.Path.GetFileName(Path);
}
