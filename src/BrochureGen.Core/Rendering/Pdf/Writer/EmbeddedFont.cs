using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BrochureGen.Layout.Fonts;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// One face as the PDF embeds it: a Type0 font over a CIDFontType2 subset, glyphs named by
/// their ids (Identity-H), widths for exactly the glyphs used, and a ToUnicode map so that
/// copying, searching and screen readers get the characters back.
/// </summary>
internal sealed class EmbeddedFont(FontFace face, string resourceName)
{
    private readonly SortedDictionary<ushort, string> _unicode = [];

    // Every glyph shown, also those that carry no characters of their own (the second glyph of
    // a cluster, e.g. a Devanagari vowel sign): the subset and the widths need them all.
    private readonly SortedSet<ushort> _glyphs = [];

    public string ResourceName { get; } = resourceName;

    public FontFace Face { get; } = face;

    /// <summary>
    /// The operators that show a shaped run with its baseline's left end at (x, y) in PDF space:
    /// glyph ids in a TJ array, each adjusted where the shaped advance (kerning) differs from the
    /// font's own width, and a glyph that shaping moved off the pen (a mark) placed on its own.
    /// Records each glyph's characters for the Unicode map.
    /// </summary>
    public string Show(GlyphRun run, double x, double y)
    {
        var font = Face.Font;
        var toThousandths = 1000.0 / font.UnitsPerEm;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"BT /{ResourceName} {PdfSyntax.Number(run.Size)} Tf 1 0 0 1 {PdfSyntax.Number(x)} {PdfSyntax.Number(y)} Tm [");
        var pen = 0.0;
        var inArray = true;
        var clusterEnds = ClusterEnds(run);
        foreach (var glyph in run.Glyphs)
        {
            var id = (ushort)glyph.Id;
            _glyphs.Add(id);
            if (clusterEnds.TryGetValue(glyph.Cluster, out var end))
            {
                _unicode.TryAdd(id, run.Text[glyph.Cluster..end]);
                clusterEnds.Remove(glyph.Cluster);
            }

            if (glyph.OffsetX != 0 || glyph.OffsetY != 0)
            {
                // A mark: placed on its own at the pen plus its offset, then the pen resumes.
                text.Append("] TJ ");
                text.Append(CultureInfo.InvariantCulture, $"1 0 0 1 {PdfSyntax.Number(x + ((pen + glyph.OffsetX) * run.Scale))} {PdfSyntax.Number(y + (glyph.OffsetY * run.Scale))} Tm <{id:X4}> Tj ");
                pen += glyph.Advance;
                text.Append(CultureInfo.InvariantCulture, $"1 0 0 1 {PdfSyntax.Number(x + (pen * run.Scale))} {PdfSyntax.Number(y)} Tm [");
                inArray = true;
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"<{id:X4}>");
            var adjustment = (font.GlyphAdvance(id) - glyph.Advance) * toThousandths;
            if (Math.Abs(adjustment) > 0.0005)
            {
                text.Append(PdfSyntax.Number(adjustment));
            }

            pen += glyph.Advance;
        }

        if (inArray)
        {
            text.Append("] TJ");
        }

        return text.Append(" ET").ToString();
    }

    // For each cluster (UTF-16 index where a glyph's characters start), where its characters end.
    private static Dictionary<int, int> ClusterEnds(GlyphRun run)
    {
        var starts = run.Glyphs.Select(g => g.Cluster).Distinct().Order().ToList();
        var ends = new Dictionary<int, int>();
        for (var i = 0; i < starts.Count; i++)
        {
            ends[starts[i]] = i + 1 < starts.Count ? starts[i + 1] : run.Text.Length;
        }

        return ends;
    }

    /// <summary>Writes the font's objects and returns the Type0 font's reference.</summary>
    public PdfReference Write(PdfFile file)
    {
        var font = Face.Font;
        var scale = 1000.0 / font.UnitsPerEm;
        var subset = FontSubset.Create(Face.FilePath, _glyphs.Select(g => (uint)g));

        // The subset tag is six capitals, the same for the same glyphs (reproducible output).
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Face.Key + string.Join(',', _glyphs)));
        var tag = new string(hash.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
        var baseFont = PdfSyntax.Name(tag + "+" + Path.GetFileNameWithoutExtension(Face.FilePath).Replace(" ", string.Empty, StringComparison.Ordinal));

        var fontFile = file.AddStream(string.Create(CultureInfo.InvariantCulture, $"/Length1 {subset.Length}"), subset);
        var ascent = font.Ascender * scale;
        var descent = -font.Descender * scale;
        var descriptor = file.Add(
            $"<</Type/FontDescriptor/FontName{baseFont}/Flags 4/FontBBox[{PdfSyntax.Number(-200)} {PdfSyntax.Number(descent)} {PdfSyntax.Number(1200)} {PdfSyntax.Number(ascent)}]" +
            $"/ItalicAngle 0/Ascent {PdfSyntax.Number(ascent)}/Descent {PdfSyntax.Number(descent)}/CapHeight {PdfSyntax.Number(ascent * 0.7)}/StemV 80/FontFile2 {fontFile}>>");
        var widths = new StringBuilder("[");
        foreach (var glyph in _glyphs)
        {
            widths.Append(CultureInfo.InvariantCulture, $"{glyph}[{PdfSyntax.Number(font.GlyphAdvance(glyph) * scale)}]");
        }

        widths.Append(']');
        var cidFont = file.Add($"<</Type/Font/Subtype/CIDFontType2/BaseFont{baseFont}/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor {descriptor}/DW 1000/W{widths}/CIDToGIDMap/Identity>>");
        var toUnicode = file.AddStream(string.Empty, Encoding.ASCII.GetBytes(ToUnicodeMap()));
        return file.Add($"<</Type/Font/Subtype/Type0/BaseFont{baseFont}/Encoding/Identity-H/DescendantFonts[{cidFont}]/ToUnicode {toUnicode}>>");
    }

    private string ToUnicodeMap()
    {
        var map = new StringBuilder();
        map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        map.Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        map.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in _unicode.Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (glyph, text) in chunk)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            }

            map.Append("endbfchar\n");
        }

        map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return map.ToString();
    }
}
