namespace BrochureGen.Layout;

/// <summary>
/// A figure's image as it was read and checked once (<see cref="ImageResolver"/>): its bytes, its
/// pixel size and its format. Every edition draws these bytes, so what was checked is what is
/// drawn — the file is never opened again by path.
/// </summary>
public sealed class ImageFile
{
    internal ImageFile(string path, byte[] bytes, int width, int height)
    {
        Path = path;
        Bytes = bytes;
        Width = width;
        Height = height;
    }

    /// <summary>The file's full path (names it in messages and keys the editions' image tables).</summary>
    public string Path { get; }

    /// <summary>The encoded PNG or JPEG.</summary>
    public byte[] Bytes { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

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
