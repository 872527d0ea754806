using System.Buffers.Binary;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>One glyph of a composite, placed at (<paramref name="X"/>, <paramref name="Y"/>) font units from its origin.</summary>
internal readonly record struct GlyphComponent(ushort Glyph, short X, short Y);

/// <summary>A glyph made of others: a shaped cluster drawn as one glyph, <paramref name="Advance"/> wide.</summary>
internal sealed record CompositeGlyph(IReadOnlyList<GlyphComponent> Components, int Advance);

/// <summary>
/// Adds composite glyphs to a TrueType font program (a subset whose glyph ids are kept): each
/// new glyph is the components at their offsets, as the TrueType 'glyf' table allows, so the
/// outlines drawn are exactly the shaped ones. The PDF writer draws a shaped cluster (a base
/// with its marks, a Devanagari syllable whose vowel sign stands first) as one such glyph,
/// which then maps to the cluster's characters as one unit (<see cref="EmbeddedFont"/>).
/// New glyphs take the ids after the font's last glyph, in the order given.
/// </summary>
internal static class CompositeGlyphs
{
    private const ushort ArgumentsAreWords = 0x0001;
    private const ushort ArgumentsAreOffsets = 0x0002;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasScale = 0x0008;
    private const ushort HasXyScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;

    // The tables a PDF's embedded TrueType program is read with (ISO 32000 9.9, FreeType,
    // pdf.js's sanitiser): every other table is dropped, so no per-glyph table (hdmx, LTSH,
    // vmtx, gvar, HVAR, EBLC…) is left counting the glyphs the font had before.
    private static readonly HashSet<string> KeptTables = new(StringComparer.Ordinal) { "glyf", "loca", "head", "hhea", "hmtx", "maxp", "cvt ", "fpgm", "prep", "post", "name", "OS/2", "cmap", "gasp" };

    /// <summary>The font with <paramref name="composites"/> appended; <paramref name="firstId"/> is the id of the first.</summary>
    public static byte[] Append(byte[] font, IReadOnlyList<CompositeGlyph> composites, out ushort firstId)
    {
        var tables = ReadTables(font);
        var head = tables["head"].ToArray();
        var maxp = tables["maxp"].ToArray();
        var hhea = tables["hhea"].ToArray();
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        var metricsCount = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        var total = glyphCount + composites.Count;
        if (total > ushort.MaxValue)
        {
            throw new InvalidOperationException("too many glyphs for one embedded font");
        }

        firstId = glyphCount;
        var loca = ReadLoca(tables["loca"].Span, glyphCount, longLoca);
        var glyf = tables["glyf"];

        var newGlyf = new MemoryStream();
        newGlyf.Write(glyf.Span[..(int)loca[glyphCount]]);
        var newLoca = new uint[total + 1];
        Array.Copy(loca, newLoca, glyphCount + 1);
        var outline = new GlyphOutlines(glyf, loca, glyphCount);
        var maxComponents = 0;
        var maxDepth = 0;
        var maxPoints = 0;
        var maxContours = 0;
        var bounds = new (short XMin, short YMin, short XMax, short YMax)[composites.Count];
        for (var c = 0; c < composites.Count; c++)
        {
            var parts = composites[c].Components.Where(p => outline.HasOutline(p.Glyph)).ToList();
            if (parts.Count > 0)
            {
                WriteComposite(newGlyf, parts, outline, out bounds[c]);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }

                maxComponents = Math.Max(maxComponents, parts.Count);
                maxDepth = Math.Max(maxDepth, 1 + parts.Max(p => outline.Depth(p.Glyph)));
                maxPoints = Math.Max(maxPoints, parts.Sum(p => outline.Points(p.Glyph).Points));
                maxContours = Math.Max(maxContours, parts.Sum(p => outline.Points(p.Glyph).Contours));
            }

            newLoca[glyphCount + c + 1] = (uint)newGlyf.Length;
        }

        // Long offsets, so the glyph table may grow past 128 KB.
        var locaBytes = new byte[(total + 1) * 4];
        for (var g = 0; g <= total; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(locaBytes.AsSpan(g * 4), newLoca[g]);
        }

        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);

        // The font's bounding box holds the new glyphs too.
        foreach (var (xMin, yMin, xMax, yMax) in bounds.Where((_, c) => composites[c].Components.Any(p => outline.HasOutline(p.Glyph))))
        {
            Widen(head, 36, xMin, Math.Min);
            Widen(head, 38, yMin, Math.Min);
            Widen(head, 40, xMax, Math.Max);
            Widen(head, 42, yMax, Math.Max);
        }

        // Every glyph gets a full horizontal metric: the old ones as they were, the new ones their cluster's advance.
        var hmtx = tables["hmtx"].Span;
        var newHmtx = new byte[total * 4];
        var widest = 0;
        for (var g = 0; g < total; g++)
        {
            int advance;
            short leftBearing;
            if (g < glyphCount)
            {
                var metric = Math.Min(g, metricsCount - 1);
                advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(metric * 4)..]);
                leftBearing = g < metricsCount
                    ? BinaryPrimitives.ReadInt16BigEndian(hmtx[((g * 4) + 2)..])
                    : BinaryPrimitives.ReadInt16BigEndian(hmtx[((metricsCount * 4) + ((g - metricsCount) * 2))..]);
            }
            else
            {
                advance = Math.Clamp(composites[g - glyphCount].Advance, 0, ushort.MaxValue);
                leftBearing = bounds[g - glyphCount].XMin;
            }

            widest = Math.Max(widest, advance);
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(g * 4), (ushort)advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan((g * 4) + 2), leftBearing);
        }

        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)total);
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(10), (ushort)Math.Max(widest, BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(10))));
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)total);
        if (maxp.Length >= 32)
        {
            Raise(maxp, 10, maxPoints);
            Raise(maxp, 12, maxContours);
            Raise(maxp, 28, maxComponents);
            Raise(maxp, 30, maxDepth);
        }

        var rebuilt = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, data) in tables)
        {
            if (KeptTables.Contains(tag))
            {
                rebuilt[tag] = data.ToArray();
            }
        }

        rebuilt["head"] = head;
        rebuilt["maxp"] = maxp;
        rebuilt["hhea"] = hhea;
        rebuilt["hmtx"] = newHmtx;
        rebuilt["loca"] = locaBytes;
        rebuilt["glyf"] = newGlyf.ToArray();
        if (rebuilt.TryGetValue("post", out var post) && post.Length >= 32 && BinaryPrimitives.ReadUInt32BigEndian(post) == 0x00020000)
        {
            // Glyph names are counted per glyph; version 3 has none.
            var header = post[..32];
            BinaryPrimitives.WriteUInt32BigEndian(header, 0x00030000);
            rebuilt["post"] = header;
        }

        return Assemble(font, rebuilt);
    }

    private static void Widen(byte[] table, int offset, short value, Func<short, short, short> pick) =>
        BinaryPrimitives.WriteInt16BigEndian(table.AsSpan(offset), pick(value, BinaryPrimitives.ReadInt16BigEndian(table.AsSpan(offset))));

    private static void Raise(byte[] table, int offset, int value) =>
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(offset), (ushort)Math.Clamp(Math.Max(value, BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(offset))), 0, ushort.MaxValue));

    private static void WriteComposite(Stream output, List<GlyphComponent> parts, GlyphOutlines outline, out (short XMin, short YMin, short XMax, short YMax) box)
    {
        int xMin = int.MaxValue, yMin = int.MaxValue, xMax = int.MinValue, yMax = int.MinValue;
        foreach (var part in parts)
        {
            var (x0, y0, x1, y1) = outline.Bounds(part.Glyph);
            xMin = Math.Min(xMin, x0 + part.X);
            yMin = Math.Min(yMin, y0 + part.Y);
            xMax = Math.Max(xMax, x1 + part.X);
            yMax = Math.Max(yMax, y1 + part.Y);
        }

        box = (Clamp(xMin), Clamp(yMin), Clamp(xMax), Clamp(yMax));
        Span<byte> record = stackalloc byte[10];
        BinaryPrimitives.WriteInt16BigEndian(record, -1);
        BinaryPrimitives.WriteInt16BigEndian(record[2..], box.XMin);
        BinaryPrimitives.WriteInt16BigEndian(record[4..], box.YMin);
        BinaryPrimitives.WriteInt16BigEndian(record[6..], box.XMax);
        BinaryPrimitives.WriteInt16BigEndian(record[8..], box.YMax);
        output.Write(record);
        Span<byte> component = stackalloc byte[8];
        for (var i = 0; i < parts.Count; i++)
        {
            var flags = (ushort)(ArgumentsAreWords | ArgumentsAreOffsets | (i < parts.Count - 1 ? MoreComponents : 0));
            BinaryPrimitives.WriteUInt16BigEndian(component, flags);
            BinaryPrimitives.WriteUInt16BigEndian(component[2..], parts[i].Glyph);
            BinaryPrimitives.WriteInt16BigEndian(component[4..], parts[i].X);
            BinaryPrimitives.WriteInt16BigEndian(component[6..], parts[i].Y);
            output.Write(component);
        }
    }

    private static short Clamp(int value) => (short)Math.Clamp(value, short.MinValue, short.MaxValue);

    private static Dictionary<string, ReadOnlyMemory<byte>> ReadTables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (i * 16));
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = font.AsMemory(offset, length);
        }

        return tables;
    }

    private static uint[] ReadLoca(ReadOnlySpan<byte> loca, int glyphCount, bool longOffsets)
    {
        var offsets = new uint[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
        {
            offsets[g] = longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(loca[(g * 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[(g * 2)..]) * 2u;
        }

        return offsets;
    }

    // The sfnt: table directory (tags sorted, as the format asks), tables on 4-byte boundaries,
    // checksums, and the head table's whole-font checksum adjustment.
    private static byte[] Assemble(byte[] original, SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var output = new MemoryStream();
        var header = new byte[12 + (count * 16)];
        original.AsSpan(0, 4).CopyTo(header);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)((count * 16) - searchRange));
        output.Write(header);
        var headOffset = 0;
        var index = 0;
        foreach (var (tag, data) in tables)
        {
            var record = header.AsSpan(12 + (index * 16));
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)output.Length);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            if (tag == "head")
            {
                headOffset = (int)output.Length;
            }

            output.Write(data);
            while (output.Length % 4 != 0)
            {
                output.WriteByte(0);
            }

            index++;
        }

        var bytes = output.ToArray();
        header.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(bytes)));
        return bytes;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var b = 0; b < 4; b++)
            {
                word = (word << 8) | (i + b < data.Length ? data[i + b] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }

    /// <summary>What the composites need to know of the glyphs they are made of.</summary>
    private sealed class GlyphOutlines(ReadOnlyMemory<byte> glyf, uint[] loca, int glyphCount)
    {
        private const int DepthLimit = 16;

        public bool HasOutline(ushort glyph) => glyph < glyphCount && loca[glyph + 1] - loca[glyph] >= 10;

        public (short XMin, short YMin, short XMax, short YMax) Bounds(ushort glyph)
        {
            var data = Glyph(glyph);
            return (BinaryPrimitives.ReadInt16BigEndian(data[2..]), BinaryPrimitives.ReadInt16BigEndian(data[4..]), BinaryPrimitives.ReadInt16BigEndian(data[6..]), BinaryPrimitives.ReadInt16BigEndian(data[8..]));
        }

        /// <summary>Nesting depth: 0 for a simple glyph.</summary>
        public int Depth(ushort glyph, int level = 0)
        {
            if (!HasOutline(glyph) || level > DepthLimit || BinaryPrimitives.ReadInt16BigEndian(Glyph(glyph)) >= 0)
            {
                return 0;
            }

            return 1 + Components(glyph).Select(c => Depth(c, level + 1)).DefaultIfEmpty(0).Max();
        }

        /// <summary>Points and contours once every component is resolved.</summary>
        public (int Points, int Contours) Points(ushort glyph, int level = 0)
        {
            if (!HasOutline(glyph) || level > DepthLimit)
            {
                return (0, 0);
            }

            var data = Glyph(glyph);
            var contours = BinaryPrimitives.ReadInt16BigEndian(data);
            if (contours >= 0)
            {
                var points = contours == 0 ? 0 : BinaryPrimitives.ReadUInt16BigEndian(data[(10 + ((contours - 1) * 2))..]) + 1;
                return (points, contours);
            }

            var total = (0, 0);
            foreach (var component in Components(glyph))
            {
                var (p, c) = Points(component, level + 1);
                total = (total.Item1 + p, total.Item2 + c);
            }

            return total;
        }

        private ReadOnlySpan<byte> Glyph(ushort glyph) => glyf.Span[(int)loca[glyph]..(int)loca[glyph + 1]];

        private List<ushort> Components(ushort glyph)
        {
            var data = Glyph(glyph);
            var components = new List<ushort>();
            var at = 10;
            while (at + 4 <= data.Length)
            {
                var flags = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
                components.Add(BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]));
                at += 4 + ((flags & ArgumentsAreWords) != 0 ? 4 : 2);
                at += (flags & HasScale) != 0 ? 2 : (flags & HasXyScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
                if ((flags & MoreComponents) == 0)
                {
                    break;
                }
            }

            return components;
        }
    }
}
