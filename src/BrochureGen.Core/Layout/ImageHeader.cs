using System.Buffers.Binary;

namespace BrochureGen.Layout;

/// <summary>
/// Pixel size of a PNG or JPEG file, read from its header. Layout needs it to check that a
/// file is a usable image (and, for print, its resolution) without decoding it.
/// </summary>
public static class ImageHeader
{
    /// <summary>Width and height in pixels, or null when the file is not a readable PNG or JPEG.</summary>
    public static (int Width, int Height)? Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes.Length > 24 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })
            ? Png(bytes)
            : bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? Jpeg(bytes) : null;
    }

    private static (int, int)? Png(byte[] bytes)
    {
        // The IHDR chunk comes first: length (4), type "IHDR" (4), width (4), height (4).
        if (bytes[12] != (byte)'I' || bytes[13] != (byte)'H' || bytes[14] != (byte)'D' || bytes[15] != (byte)'R')
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        return width > 0 && height > 0 && bytes.Length > 33 ? (width, height) : null;
    }

    private static (int, int)? Jpeg(byte[] bytes)
    {
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return null;
            }

            var marker = bytes[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
            var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrame)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 5));
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 7));
                return width > 0 && height > 0 ? (width, height) : null;
            }

            i += 2 + length;
        }

        return null;
    }
}
