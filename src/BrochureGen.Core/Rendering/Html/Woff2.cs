using System.Buffers.Binary;
using System.IO.Compression;

namespace BrochureGen.Rendering.Html;

/// <summary>
/// Wraps a TrueType font in WOFF2 (W3C WOFF File Format 2.0) with the null transform for every
/// table, glyf and loca included (transform version 3), which the format allows: the tables
/// are only Brotli-compressed. The glyf transform would save a little more; it is a format of
/// its own and not worth a second encoder here. Same font in, same bytes out.
/// </summary>
internal static class Woff2
{
    private const uint Signature = 0x774F4632; // 'wOF2'
    private const byte ArbitraryTag = 63;
    private const byte NullTransformOfGlyfAndLoca = 3 << 6;
    private const int HeaderSize = 48;

    // The smallest Brotli window (2^bits − 16 bytes) that holds the whole input, from 16 to the format's 24.
    private static int WindowFor(int length)
    {
        var bits = 16;
        while (bits < 24 && (1 << bits) - 16 < length)
        {
            bits++;
        }

        return bits;
    }

    public static byte[] Wrap(byte[] sfnt)
    {
        var flavor = BinaryPrimitives.ReadUInt32BigEndian(sfnt);
        var count = BinaryPrimitives.ReadUInt16BigEndian(sfnt.AsSpan(4));
        var tables = Enumerable.Range(0, count).Select(i =>
        {
            var entry = sfnt.AsSpan(12 + (i * 16));
            return (Tag: BinaryPrimitives.ReadUInt32BigEndian(entry), Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), Length: (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
        }).OrderBy(t => t.Tag).ToList();

        // loca right after glyf, as the format asks of fonts with both.
        var loca = tables.FindIndex(t => t.Tag == Tag("loca"));
        var glyf = tables.FindIndex(t => t.Tag == Tag("glyf"));
        if (loca >= 0 && glyf >= 0)
        {
            var locaTable = tables[loca];
            tables.RemoveAt(loca);
            tables.Insert(tables.FindIndex(t => t.Tag == Tag("glyf")) + 1, locaTable);
        }

        var directory = new List<byte>();
        var data = new MemoryStream();
        var sfntSize = 12 + (16 * count);
        foreach (var (tag, offset, length) in tables)
        {
            var isGlyph = tag == Tag("glyf") || tag == Tag("loca");
            directory.Add((byte)(ArbitraryTag | (isGlyph ? NullTransformOfGlyfAndLoca : 0)));
            directory.AddRange([(byte)(tag >> 24), (byte)(tag >> 16), (byte)(tag >> 8), (byte)tag]);
            directory.AddRange(UIntBase128(length));
            data.Write(sfnt, offset, length);
            sfntSize += (length + 3) & ~3;
        }

        var uncompressed = data.ToArray();
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(uncompressed.Length)];
        // Quality 5: the pages are built on every save (watch) and in every CI run. Measured on the
        // 102 subsets of the sample's 11 editions: 5 makes them 1 % larger than 9 in a fifth of the
        // time, and 11 only 5 % smaller than 9 for eight times the time. From quality 7 up Brotli
        // also sets up a 32 MB match table per call whatever the input's size (a third of a
        // catalogue build's native memory at its peak), at 5 it is 1 MB.
        // The window just covers the tables: Brotli's set-up grows with the window, and a 4 MB
        // window (22) cost 10–12 ms for a 15 KB subset where 64 KB (16) costs 1 ms and 0.4 % more bytes.
        if (!BrotliEncoder.TryCompress(uncompressed, compressed, out var compressedLength, quality: 5, window: WindowFor(uncompressed.Length)))
        {
            throw new InvalidOperationException("Brotli could not compress the font tables");
        }

        var total = (HeaderSize + directory.Count + compressedLength + 3) & ~3;
        var woff = new byte[total];
        var header = woff.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(header, Signature);
        BinaryPrimitives.WriteUInt32BigEndian(header[4..], flavor);
        BinaryPrimitives.WriteUInt32BigEndian(header[8..], (uint)total);
        BinaryPrimitives.WriteUInt16BigEndian(header[12..], count);
        BinaryPrimitives.WriteUInt32BigEndian(header[16..], (uint)sfntSize);
        BinaryPrimitives.WriteUInt32BigEndian(header[20..], (uint)compressedLength);
        BinaryPrimitives.WriteUInt16BigEndian(header[24..], 1);
        directory.CopyTo(woff, HeaderSize);
        compressed.AsSpan(0, compressedLength).CopyTo(woff.AsSpan(HeaderSize + directory.Count));
        return woff;
    }

    private static uint Tag(string tag) => (uint)((tag[0] << 24) | (tag[1] << 16) | (tag[2] << 8) | tag[3]);

    // Big-endian groups of 7 bits, the high bit set on all but the last, no leading zero group.
    private static IEnumerable<byte> UIntBase128(int value)
    {
        var groups = new Stack<byte>();
        var rest = (uint)value;
        do
        {
            groups.Push((byte)(rest & 0x7F));
            rest >>= 7;
        }
        while (rest != 0);

        var bytes = groups.ToArray();
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            bytes[i] |= 0x80;
        }

        return bytes;
    }
}
