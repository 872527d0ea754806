using System.Buffers.Binary;

namespace BrochureGen.Layout.Fonts;

/// <summary>
/// The metrics layout needs from a TrueType file: character-to-glyph map, advance widths and
/// vertical metrics. Layout measures with these, the same tables the PDF viewer and the PNG
/// renderer use, so every backend draws the lines exactly where layout put them. Only the tables
/// it reads are read (<see cref="Read"/>): the table directory, head, hhea, hmtx, cmap, name and
/// OS/2 — a few kilobytes of a 4 MB Chinese font; the whole file (<see cref="Data"/>, for shaping,
/// embedding and drawing) only when a backend asks for it.
/// </summary>
public sealed class TrueTypeFont
{
    private readonly CharacterMap _glyphs;
    private readonly ushort[] _advances;
    private readonly Lazy<byte[]> _data;

    private TrueTypeFont(string familyName, int unitsPerEm, int ascender, int descender, CharacterMap glyphs, ushort[] advances, Func<byte[]> data)
    {
        FamilyName = familyName;
        UnitsPerEm = unitsPerEm;
        Ascender = ascender;
        Descender = descender;
        _glyphs = glyphs;
        _advances = advances;
        _data = new Lazy<byte[]>(data);
    }

    public string FamilyName { get; }

    /// <summary>The OS/2 weight class (400 regular, 700 bold, 800 extra bold); 400 without an OS/2 table.</summary>
    public int WeightClass { get; private init; } = 400;

    public int UnitsPerEm { get; }

    /// <summary>Ascender in font units (positive, above the baseline).</summary>
    public int Ascender { get; }

    /// <summary>Descender in font units (positive, below the baseline).</summary>
    public int Descender { get; }

    /// <summary>The file's bytes, for backends that embed or load the font; read when first asked for.</summary>
    public byte[] Data => _data.Value;

    /// <summary>Whether the file's bytes were read (a font used only to look up characters never is).</summary>
    public bool DataRead => _data.IsValueCreated;

    /// <summary>Parses a TrueType-outline font; throws <see cref="InvalidDataException"/> for anything else.</summary>
    public static TrueTypeFont Parse(byte[] data) =>
        Read(data.Length, (offset, count) => data.AsSpan((int)Math.Min(offset, data.Length), (int)Math.Min(count, Math.Max(0, data.Length - offset))).ToArray(), () => data);

    /// <summary>
    /// Reads a TrueType-outline font from its tables: <paramref name="readAt"/> reads bytes of the
    /// file (of <paramref name="length"/> bytes) at an offset, <paramref name="readAll"/> the whole
    /// file when <see cref="Data"/> is first asked for. Throws <see cref="InvalidDataException"/>
    /// for anything but a TrueType font.
    /// </summary>
    public static TrueTypeFont Read(long length, Func<long, int, byte[]> readAt, Func<byte[]> readAll)
    {
        try
        {
            return ReadTables(length, readAt, readAll);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("the font file is truncated or corrupt", ex);
        }
    }

    public bool HasGlyph(int codePoint) => _glyphs.Contains(codePoint);

    /// <summary>The glyph id of a code point, 0 (.notdef) when the font lacks it.</summary>
    public ushort GlyphOf(int codePoint) => _glyphs.GlyphOf(codePoint);

    /// <summary>The advance width of a glyph id, in font units.</summary>
    public int GlyphAdvance(int glyph) => _advances[Math.Min(glyph, _advances.Length - 1)];

    /// <summary>Advance width of a code point in font units (the .notdef width when missing).</summary>
    public int Advance(int codePoint)
    {
        var glyph = _glyphs.GlyphOf(codePoint);
        return _advances[Math.Min(glyph, _advances.Length - 1)];
    }

    /// <summary>Width of a string in points at <paramref name="size"/>, without kerning (as the PDF is drawn).</summary>
    public double Measure(string text, double size)
    {
        long units = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            units += Advance(codePoint);
        }

        return units * size / UnitsPerEm;
    }

    private static TrueTypeFont ReadTables(long length, Func<long, int, byte[]> readAt, Func<byte[]> readAll)
    {
        // A table must lie inside the file; one that does not is read short and fails below.
        ReadOnlySpan<byte> Part(long offset, long count) =>
            offset < 0 || count < 0 || offset + count > length ? throw new InvalidDataException("the font file is truncated or corrupt") : readAt(offset, (int)count);

        var header = Part(0, Math.Min(12, length));
        var version = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (version != 0x00010000 && version != 0x74727565)
        {
            throw new InvalidDataException(version == 0x4F54544F
                ? "the font has CFF outlines (.otf); use a TrueType-outline .ttf"
                : version == 0x74746366 ? "the font is a collection (.ttc); use a single .ttf" : "not a TrueType font");
        }

        var tables = new Dictionary<string, (int Offset, int Length)>();
        var count = BinaryPrimitives.ReadUInt16BigEndian(header[4..]);
        var directory = Part(12, count * 16L);
        for (var i = 0; i < count; i++)
        {
            var record = directory.Slice(i * 16, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        foreach (var required in new[] { "head", "hhea", "hmtx", "cmap", "glyf", "name" })
        {
            if (!tables.ContainsKey(required))
            {
                throw new InvalidDataException($"the font has no '{required}' table; use a TrueType-outline .ttf");
            }
        }

        ReadOnlySpan<byte> Table(string tag) => Part((uint)tables[tag].Offset, (uint)tables[tag].Length);

        var head = Table("head");
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        var hhea = Table("hhea");
        var ascender = BinaryPrimitives.ReadInt16BigEndian(hhea[4..]);
        var descender = BinaryPrimitives.ReadInt16BigEndian(hhea[6..]);
        var metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        var hmtx = Table("hmtx");
        var advances = new ushort[metricCount];
        for (var i = 0; i < metricCount; i++)
        {
            advances[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(i * 4)..]);
        }

        if (unitsPerEm == 0 || metricCount == 0)
        {
            throw new InvalidDataException("the font's metrics are empty");
        }

        var glyphs = ReadCmap(Table("cmap"));
        var family = ReadFamilyName(Table("name"));
        var weight = tables.TryGetValue("OS/2", out var os2) && os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(Part((uint)os2.Offset, 6)[4..]) : 400;
        return new TrueTypeFont(family, unitsPerEm, ascender, Math.Abs((int)descender), glyphs, advances, readAll) { WeightClass = weight };
    }

    private static CharacterMap ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int? format4 = null;
        int? format12 = null;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + (i * 8), 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10)))
            {
                format12 = offset;
            }
            else if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1)))
            {
                format4 = offset;
            }
        }

        if (format12 is int offset12)
        {
            return CharacterMap.Of(ReadFormat12(cmap[offset12..]));
        }

        if (format4 is int offset4)
        {
            return CharacterMap.Of(ReadFormat4(cmap[offset4..]));
        }

        throw new InvalidDataException("the font has no Unicode character map");
    }

    // A character map names each code point once; a corrupt one whose ranges repeat Unicode over
    // and over (a few bytes a range) would keep the parser busy for hours.
    private const int MaximumCmapEntries = 2 * 0x110000;

    private static void Count(ref int entries)
    {
        if (++entries > MaximumCmapEntries)
        {
            throw new InvalidDataException("the font's character map is corrupt (its ranges cover Unicode more than twice)");
        }
    }

    private static List<(int CodePoint, ushort Glyph)> ReadFormat4(ReadOnlySpan<byte> table)
    {
        var entries = 0;
        var map = new List<(int, ushort)>();
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var endCodes = 14;
        var startCodes = endCodes + (segments * 2) + 2;
        var deltas = startCodes + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(endCodes + (s * 2))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(startCodes + (s * 2))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (s * 2))..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + (s * 2))..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                Count(ref entries);
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var glyphOffset = rangeOffsets + (s * 2) + rangeOffset + ((c - start) * 2);
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[glyphOffset..]);
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                if (glyph != 0)
                {
                    map.Add((c, (ushort)glyph));
                }
            }
        }

        return map;
    }

    private static List<(int CodePoint, ushort Glyph)> ReadFormat12(ReadOnlySpan<byte> table)
    {
        var map = new List<(int, ushort)>();
        var entries = 0;
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + (g * 12), 12);
            var start = BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end && c <= 0x10FFFF; c++)
            {
                Count(ref entries);
                map.Add(((int)c, (ushort)(glyph + (c - start))));
            }
        }

        return map;
    }

    private static string ReadFamilyName(ReadOnlySpan<byte> name)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var stringsOffset = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = name.Slice(6 + (i * 12), 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (platform == 3 && nameId == 1)
            {
                return System.Text.Encoding.BigEndianUnicode.GetString(name.Slice(stringsOffset + offset, length));
            }
        }

        return "Unnamed";
    }
}
