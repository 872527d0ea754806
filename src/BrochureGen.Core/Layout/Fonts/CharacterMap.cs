namespace BrochureGen.Layout.Fonts;

/// <summary>
/// A font's character-to-glyph map as runs of consecutive characters with consecutive glyphs
/// (most of a font is such runs), searched by halving: a few kilobytes where a dictionary of a
/// Chinese font's 50,000 characters would be megabytes. Font fallback asks it whether a face has
/// a character without the face's file ever being read whole.
/// </summary>
internal sealed class CharacterMap
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly ushort[] _firstGlyphs;

    private CharacterMap(int[] starts, int[] ends, ushort[] firstGlyphs)
    {
        _starts = starts;
        _ends = ends;
        _firstGlyphs = firstGlyphs;
    }

    /// <summary>The map of these pairs; where a character is listed twice the later pair counts, as in the font's own tables.</summary>
    public static CharacterMap Of(List<(int CodePoint, ushort Glyph)> pairs)
    {
        var ordered = true;
        for (var i = 1; i < pairs.Count && ordered; i++)
        {
            ordered = pairs[i].CodePoint > pairs[i - 1].CodePoint;
        }

        if (!ordered)
        {
            var last = new Dictionary<int, ushort>();
            foreach (var (codePoint, glyph) in pairs)
            {
                last[codePoint] = glyph;
            }

            pairs = last.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key).ToList();
        }

        var starts = new List<int>();
        var ends = new List<int>();
        var glyphs = new List<ushort>();
        foreach (var (codePoint, glyph) in pairs)
        {
            var n = starts.Count - 1;
            if (n >= 0 && codePoint == ends[n] + 1 && glyph == (ushort)(glyphs[n] + (codePoint - starts[n])))
            {
                ends[n] = codePoint;
                continue;
            }

            starts.Add(codePoint);
            ends.Add(codePoint);
            glyphs.Add(glyph);
        }

        return new CharacterMap([.. starts], [.. ends], [.. glyphs]);
    }

    public bool Contains(int codePoint) => Run(codePoint) >= 0;

    /// <summary>The glyph of a character, 0 (.notdef) when the map lacks it.</summary>
    public ushort GlyphOf(int codePoint) => Run(codePoint) is var run and >= 0 ? (ushort)(_firstGlyphs[run] + (codePoint - _starts[run])) : (ushort)0;

    private int Run(int codePoint)
    {
        var index = Array.BinarySearch(_starts, codePoint);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && codePoint <= _ends[index] ? index : -1;
    }
}
