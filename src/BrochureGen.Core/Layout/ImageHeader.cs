using System.Buffers.Binary;

namespace BrochureGen.Layout;

/// <summary>
/// Pixel size of a PNG or JPEG, read from its header. Layout needs it to check that a file is a
/// usable image (and, for print, its resolution), and the pixel budget is checked with it before
/// anything is decoded.
/// </summary>
public static class ImageHeader
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height in pixels, or null when the bytes are not a readable PNG or JPEG header.</summary>
    public static (long Width, long Height)? Read(ReadOnlySpan<byte> bytes) =>
        IsPng(bytes) ? Png(bytes) : IsJpeg(bytes) ? Jpeg(bytes) : null;

    /// <summary>True when the bytes start with the PNG signature.</summary>
    public static bool IsPng(ReadOnlySpan<byte> bytes) => bytes.Length > 24 && bytes[..8].SequenceEqual(PngSignature);

    private static bool IsJpeg(ReadOnlySpan<byte> bytes) => bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8;

    private static (long, long)? Png(ReadOnlySpan<byte> bytes)
    {
        // The IHDR chunk comes first: length (4), type "IHDR" (4), width (4), height (4). The
        // PNG specification allows at most 2³¹ − 1 each way.
        if (bytes.Length <= 33 || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]);
        return width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue ? (width, height) : null;
    }

    private static (long, long)? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return null;
            }

            var marker = bytes[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 2)..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrame)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 7)..]);
                return width > 0 && height > 0 ? (width, height) : null;
            }

            i += 2 + length;
        }

        return null;
    }
}
