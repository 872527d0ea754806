using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace BrochureGen.Tests.Support;

/// <summary>Images for the hostile-input tests: real ones from Skia and hand-made PNG headers.</summary>
public static class TestImages
{
    /// <summary>A small, valid image with some detail (so that damage to its data shows).</summary>
    public static byte[] Encoded(SKEncodedImageFormat format, int width = 96, int height = 64)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 7), (byte)(y * 5), (byte)((x * y) % 251)));
            }
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>
    /// A PNG whose header claims <paramref name="width"/> × <paramref name="height"/> pixels, with a
    /// few rows of real data: the 39 KB "bomb" that once made 2.96 GB.
    /// </summary>
    public static byte[] PngClaiming(uint width, uint height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        using var rows = new MemoryStream();
        using (var zlib = new ZLibStream(rows, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + (3 * (int)Math.Min(width, 4_000))];
            for (var y = 0; y < 10; y++)
            {
                zlib.Write(row);
            }
        }

        return [.. Signature, .. Chunk("IHDR", header), .. Chunk("IDAT", rows.ToArray()), .. Chunk("IEND", [])];
    }

    /// <summary>
    /// Rewrites the checksum of every chunk of a (damaged) PNG that can still be walked, as a tool
    /// that writes whatever it has would: the decoder then meets the damage itself.
    /// </summary>
    public static byte[] WithValidChecksums(byte[] png)
    {
        var bytes = png.ToArray();
        var at = 8;
        while (at + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
            if (length > bytes.Length - at - 12)
            {
                break;
            }

            var crc = Crc32(bytes.AsSpan(at + 4, 4 + (int)length).ToArray());
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(at + 8 + (int)length), crc);
            at += 12 + (int)length;
        }

        return bytes;
    }

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static byte[] Chunk(string type, byte[] data)
    {
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        typeBytes.CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32([.. typeBytes, .. data]));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
