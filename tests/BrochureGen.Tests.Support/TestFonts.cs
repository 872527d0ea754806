using System.Buffers.Binary;

namespace BrochureGen.Tests.Support;

/// <summary>Hand-made font files for the hostile-input tests.</summary>
public static class TestFonts
{
    /// <summary>
    /// A TrueType font of a few kilobytes whose character map has <paramref name="groups"/> ranges,
    /// each covering all of Unicode: parsed naively, a billion code points.
    /// </summary>
    public static byte[] WithRepeatedCharacterMap(int groups)
    {
        var head = new byte[54];
        BinaryPrimitives.WriteUInt32BigEndian(head, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(head.AsSpan(18), 1000); // unitsPerEm
        var hhea = new byte[36];
        BinaryPrimitives.WriteUInt32BigEndian(hhea, 0x00010000);
        BinaryPrimitives.WriteInt16BigEndian(hhea.AsSpan(4), 800);
        BinaryPrimitives.WriteInt16BigEndian(hhea.AsSpan(6), -200);
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), 1); // numberOfHMetrics
        var hmtx = new byte[4];
        BinaryPrimitives.WriteUInt16BigEndian(hmtx, 500);
        var cmap = new byte[12 + 16 + (groups * 12)];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), 1); // one encoding record
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), 3); // Windows
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(6), 10); // Unicode full repertoire
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), 12);
        var format12 = cmap.AsSpan(12);
        BinaryPrimitives.WriteUInt16BigEndian(format12, 12);
        BinaryPrimitives.WriteUInt32BigEndian(format12[4..], (uint)format12.Length);
        BinaryPrimitives.WriteUInt32BigEndian(format12[12..], (uint)groups);
        for (var g = 0; g < groups; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(format12[(16 + (g * 12) + 4)..], 0x10FFFF);
            BinaryPrimitives.WriteUInt32BigEndian(format12[(16 + (g * 12) + 8)..], 1);
        }

        var name = new byte[6];
        (string Tag, byte[] Data)[] tables = [("cmap", cmap), ("glyf", new byte[4]), ("head", head), ("hhea", hhea), ("hmtx", hmtx), ("name", name)];
        var font = new List<byte>();
        var directory = new byte[12 + (16 * tables.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(directory, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(4), (ushort)tables.Length);
        var offset = directory.Length;
        for (var i = 0; i < tables.Length; i++)
        {
            var record = directory.AsSpan(12 + (16 * i));
            System.Text.Encoding.ASCII.GetBytes(tables[i].Tag).CopyTo(record);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)tables[i].Data.Length);
            offset += (tables[i].Data.Length + 3) & ~3;
        }

        font.AddRange(directory);
        foreach (var (_, data) in tables)
        {
            font.AddRange(data);
            font.AddRange(new byte[((data.Length + 3) & ~3) - data.Length]);
        }

        return [.. font];
    }
}
