using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BrochureGen.Layout.Fonts;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// One face as the PDF embeds it: a Type0 font over a CIDFontType2 subset, widths for exactly
/// the codes used, and a ToUnicode map so that copying, searching and screen readers get the
/// characters back. A code is not a glyph but what is drawn together with the characters it
/// stands for (<see cref="GlyphText"/>): a plain glyph, a composite glyph added to the subset
/// that draws a whole shaped cluster (a base with its marks, a ligature, a Devanagari syllable
/// whose vowel sign stands first; <see cref="CompositeGlyphs"/>), or a glyph without ink that
/// carries the rest of a cluster's characters. So every code has exactly one Unicode value of
/// one letter or one run of marks, no code goes unmapped, and every code sits on the baseline
/// in its place in the reading order. The CIDToGIDMap takes each code to its glyph.
/// </summary>
internal sealed class EmbeddedFont(FontFace face, string resourceName)
{
    // Code 0 stays .notdef; the others are handed out in the order first drawn (reproducible).
    private readonly List<FontCode> _codes = [new(0, null, string.Empty, 0)];
    private readonly Dictionary<(string Shape, string Text), ushort> _codeOf = new();
    private readonly List<CompositeGlyph> _composites = [];
    private readonly Dictionary<string, int> _compositeOf = new(StringComparer.Ordinal);

    // Every glyph shown, also those only drawn inside a composite: the subset needs them all.
    private readonly SortedSet<ushort> _glyphs = [];

    public string ResourceName { get; } = resourceName;

    public FontFace Face { get; } = face;

    /// <summary>
    /// The operators that show a shaped run with its baseline's left end at (x, y) in PDF space:
    /// its codes (<see cref="Place"/>) from left to right in one TJ array, each moved to where it
    /// stands. <paramref name="leftOfStretch"/>: the run is the space on the left of a
    /// left-to-right stretch inside a right-to-left line (BidiLine).
    /// <paramref name="lineBreakAfter"/>: the run ends a line the text breaks, and gets a code
    /// without ink or width that maps to a space, at its end in reading order, so the text read
    /// from the page has a space where the line breaks.
    /// </summary>
    public string Show(GlyphRun run, double x, double y, bool leftOfStretch = false, bool lineBreakAfter = false)
    {
        var toThousandths = 1000.0 / Face.Font.UnitsPerEm;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"BT /{ResourceName} {PdfSyntax.Number(run.Size)} Tf 1 0 0 1 {PdfSyntax.Number(x)} {PdfSyntax.Number(y)} Tm [");
        var pen = 0.0;
        var placed = Place(run, leftOfStretch);
        if (lineBreakAfter)
        {
            // The end in reading order: the right end of left-to-right text, the left of right-to-left.
            var end = run.RightToLeft ? 0 : run.Glyphs.Sum(g => g.Advance);
            var space = CodeFor([], 0, 0, " ");
            placed.Insert(run.RightToLeft ? 0 : placed.Count, (end, space));
        }

        foreach (var (at, code) in placed)
        {
            var move = (pen - at) * toThousandths;
            if (Math.Abs(move) > 0.0005)
            {
                text.Append(PdfSyntax.Number(move));
            }

            text.Append(CultureInfo.InvariantCulture, $"<{code:X4}>");
            pen = at + _codes[code].Width;
        }

        return text.Append("] TJ ET").ToString();
    }

    /// <summary>
    /// Every code of the run and where it stands (font units from the run's left end), left to
    /// right. A cluster of one glyph and one character, drawn where shaping left the pen, is that
    /// glyph. Any other cluster is drawn as one composite glyph on the baseline
    /// (<see cref="CompositeGlyphs"/>) carried by its first letter's code, and its characters
    /// become codes as <see cref="GlyphText"/> decides: each letter a code with an equal share
    /// of the cluster's width, in reading order; each run of combining marks a narrow code
    /// without ink in the sliver just before the letter it follows.
    /// </summary>
    private List<(double At, ushort Code)> Place(GlyphRun run, bool leftOfStretch)
    {
        var markWidth = Math.Round(MarkWidth * Face.Font.UnitsPerEm);
        var rtl = run.RightToLeft;
        var clusters = GlyphText.Clusters(run);
        var placed = new List<(double At, ushort Code)>();
        var start = 0.0;
        var carried = string.Empty;
        for (var c = 0; c < clusters.Count; c++)
        {
            var cluster = clusters[c];
            var glyphs = run.Glyphs.Skip(cluster.First).Take(cluster.Count).ToList();
            var advance = glyphs.Sum(g => g.Advance);
            if (GlyphText.IsInvisibleFormat(cluster.Text) && advance == 0 && c + 1 < clusters.Count)
            {
                // A joiner or non-joiner draws nothing: its character travels with the next cluster drawn.
                carried = rtl ? cluster.Text + carried : carried + cluster.Text;
                continue;
            }

            var logicalText = rtl ? cluster.Text + carried : carried + cluster.Text;
            carried = string.Empty;
            if (c == 0 && leftOfStretch && logicalText == " " && glyphs is [{ OffsetX: 0, OffsetY: 0 } spaceGlyph])
            {
                // One code: the space and the mark that stops poppler taking it into the stretch
                // (see LeftSpaceInRightToLeft).
                placed.Add((start, CodeFor((ushort)spaceGlyph.Id, GlyphText.LeftSpaceInRightToLeft)));
                start += advance;
                continue;
            }

            if (rtl && logicalText == " " && c + 1 < clusters.Count && GlyphText.Segments(clusters[c + 1].Text)[^1].IsMark)
            {
                logicalText = GlyphText.SpaceBeforeMark;
            }

            var segments = GlyphText.Segments(logicalText);
            if (segments is [{ IsMark: false } only] && glyphs is [{ OffsetX: 0, OffsetY: 0 } single] && GlyphText.Letters(only.Text, rtl).Count == 1)
            {
                placed.Add((start, CodeFor((ushort)single.Id, rtl ? GlyphText.Reverse(only.Text) : only.Text)));
                start += advance;
                continue;
            }

            // The cluster's ink goes with the code standing at its start, so the composite's
            // components keep their shaped offsets exactly: the leftmost letter, or the first
            // run of marks when the cluster has no letter.
            var units = segments.Select(s => s.IsMark ? [s.Text] : GlyphText.Letters(s.Text, rtl)).ToList();
            var letters = segments.Select((s, i) => s.IsMark ? 0 : units[i].Count).Sum();
            var share = letters == 0 ? 0 : (double)advance / letters;
            var edge = rtl ? start + advance : start;
            var inkLetter = rtl ? letters - 1 : 0;
            var letter = 0;
            var inked = false;
            var first = placed.Count;
            for (var i = 0; i < segments.Count; i++)
            {
                if (segments[i].IsMark)
                {
                    var at = edge - markWidth;
                    var ink = !inked && letters == 0;
                    placed.Add((at, CodeFor(ink ? glyphs : [], start - at, markWidth, rtl ? GlyphText.Reverse(segments[i].Text) : segments[i].Text)));
                    inked |= ink;
                    continue;
                }

                foreach (var unit in units[i])
                {
                    var ink = letter++ == inkLetter;
                    var at = ink ? start : rtl ? edge - share : edge;
                    placed.Add((at, CodeFor(ink ? glyphs : [], start - at, share, rtl ? GlyphText.Reverse(unit) : unit)));
                    edge = rtl ? edge - share : edge + share;
                }
            }

            // Right-to-left codes were placed in reading order, right to left: drawn left to right.
            if (rtl)
            {
                placed.Reverse(first, placed.Count - first);
            }

            start += advance;
        }

        return placed;
    }

    /// <summary>
    /// How wide (in ems) a code carrying combining marks is: its place is that sliver before the
    /// letter it follows in reading order, far enough from its neighbours' starts that poppler
    /// does not take it for duplicated text (it drops characters that start within 0.1 em of
    /// the one before), near enough that no engine sees a gap.
    /// </summary>
    private const double MarkWidth = 0.12;

    private ushort CodeFor(ushort glyph, string text)
    {
        _glyphs.Add(glyph);
        return Code(glyph.ToString(CultureInfo.InvariantCulture), text, () => new FontCode(glyph, null, text, Face.Font.GlyphAdvance(glyph)));
    }

    // A code drawing the cluster's glyphs (none: a code without ink), the cluster's pen
    // <paramref name="shift"/> font units to the right of the code's origin.
    private ushort CodeFor(IReadOnlyList<FontGlyph> glyphs, double shift, double width, string text)
    {
        var components = new List<GlyphComponent>(glyphs.Count);
        var pen = 0;
        var offset = (int)Math.Round(shift);
        foreach (var glyph in glyphs)
        {
            _glyphs.Add((ushort)glyph.Id);
            components.Add(new GlyphComponent((ushort)glyph.Id, FontUnits(offset + pen + glyph.OffsetX), FontUnits(glyph.OffsetY)));
            pen += glyph.Advance;
        }

        var shape = string.Join(' ', components.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Glyph}@{c.X},{c.Y}")));
        var key = shape + "+" + PdfSyntax.Number(width);

        // A single glyph where its code stands (a ligature's first letter) is that glyph itself.
        if (components is [{ X: 0, Y: 0 } only])
        {
            return Code(key, text, () => new FontCode(only.Glyph, null, text, width));
        }

        if (!_compositeOf.TryGetValue(shape, out var composite))
        {
            composite = _composites.Count;
            _composites.Add(new CompositeGlyph(components, (int)Math.Round(width)));
            _compositeOf[shape] = composite;
        }

        return Code(key, text, () => new FontCode(0, composite, text, width));
    }

    // A composite's offsets are 16-bit font units; shaping never moves a glyph that far, so
    // more is a bug, not something to clamp quietly.
    private short FontUnits(int value) =>
        value is >= short.MinValue and <= short.MaxValue ? (short)value : throw new InvalidOperationException($"a glyph of {Path.GetFileName(Face.FilePath)} is placed {value} font units from its cluster");

    private ushort Code(string shape, string text, Func<FontCode> create)
    {
        if (!_codeOf.TryGetValue((shape, text), out var code))
        {
            if (_codes.Count > ushort.MaxValue)
            {
                throw new InvalidOperationException($"more than {ushort.MaxValue} distinct clusters of {Path.GetFileName(Face.FilePath)} in one document");
            }

            code = (ushort)_codes.Count;
            _codes.Add(create());
            _codeOf[(shape, text)] = code;
        }

        return code;
    }

    /// <summary>Writes the font's objects and returns the Type0 font's reference.</summary>
    public PdfReference Write(PdfFile file)
    {
        var font = Face.Font;
        var scale = 1000.0 / font.UnitsPerEm;
        var subset = FontSubset.Create(Face.Shaping, _glyphs.Select(g => (uint)g));
        ushort firstComposite = 0;
        if (_composites.Count > 0)
        {
            subset = CompositeGlyphs.Append(subset, _composites, out firstComposite);
        }

        // The subset tag is six capitals, the same for the same glyphs (reproducible output).
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Face.Key + string.Join(',', _glyphs) + "|" + string.Join(',', _compositeOf.Keys)));
        var tag = new string(hash.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
        var baseFont = PdfSyntax.Name(tag + "+" + Path.GetFileNameWithoutExtension(Face.FilePath).Replace(" ", string.Empty, StringComparison.Ordinal));

        var fontFile = file.AddStream(string.Create(CultureInfo.InvariantCulture, $"/Length1 {subset.Length}"), subset);
        var ascent = font.Ascender * scale;
        var descent = -font.Descender * scale;
        var descriptor = file.Add(
            $"<</Type/FontDescriptor/FontName{baseFont}/Flags 4/FontBBox[{PdfSyntax.Number(-200)} {PdfSyntax.Number(descent)} {PdfSyntax.Number(1200)} {PdfSyntax.Number(ascent)}]" +
            $"/ItalicAngle 0/Ascent {PdfSyntax.Number(ascent)}/Descent {PdfSyntax.Number(descent)}/CapHeight {PdfSyntax.Number(ascent * 0.7)}/StemV 80/FontFile2 {fontFile}>>");
        // Codes are consecutive from 1, so one run of widths covers them all.
        var widths = new StringBuilder("[1[");
        var codeToGlyph = new byte[_codes.Count * 2];
        for (var code = 1; code < _codes.Count; code++)
        {
            var glyph = _codes[code].Composite is { } composite ? (ushort)(firstComposite + composite) : _codes[code].Glyph;
            widths.Append(code > 1 ? " " : string.Empty).Append(PdfSyntax.Number(_codes[code].Width * scale));
            codeToGlyph[code * 2] = (byte)(glyph >> 8);
            codeToGlyph[(code * 2) + 1] = (byte)glyph;
        }

        widths.Append("]]");
        var cidToGid = file.AddStream(string.Empty, codeToGlyph);
        var cidFont = file.Add($"<</Type/Font/Subtype/CIDFontType2/BaseFont{baseFont}/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor {descriptor}/DW 1000/W{widths}/CIDToGIDMap {cidToGid}>>");
        var toUnicode = file.AddStream(string.Empty, Encoding.ASCII.GetBytes(ToUnicodeMap()));
        return file.Add($"<</Type/Font/Subtype/Type0/BaseFont{baseFont}/Encoding/Identity-H/DescendantFonts[{cidFont}]/ToUnicode {toUnicode}>>");
    }

    private string ToUnicodeMap()
    {
        var map = new StringBuilder();
        map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        map.Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        map.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in Enumerable.Range(1, _codes.Count - 1).Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var code in chunk)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{code:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(_codes[code].Text))}>\n");
            }

            map.Append("endbfchar\n");
        }

        map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return map.ToString();
    }
}
