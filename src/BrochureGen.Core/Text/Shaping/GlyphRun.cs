namespace BrochureGen.Text.Shaping;

/// <summary>
/// Text of one font, size, script and direction, shaped: its glyphs in visual order (left to
/// right on the page, also for right-to-left text) with the cluster map back to
/// <paramref name="Text"/>. Layout decides every position from it; backends draw the glyph ids.
/// </summary>
public sealed record GlyphRun(ShapingFont Font, double Size, string Text, bool RightToLeft, IReadOnlyList<FontGlyph> Glyphs)
{
    /// <summary>Points per font unit at this size.</summary>
    public double Scale => Size / Font.UnitsPerEm;

    /// <summary>The run's advance width, in points.</summary>
    public double Width => Glyphs.Sum(g => g.Advance) * Scale;

    /// <summary>
    /// This run followed by <paramref name="next"/> (logically): the glyphs of both as shaped,
    /// so the width is exactly the sum; in right-to-left text the next run stands to the left.
    /// </summary>
    public GlyphRun Append(GlyphRun next)
    {
        var shifted = next.Glyphs.Select(g => g with { Cluster = g.Cluster + Text.Length });
        var glyphs = RightToLeft ? shifted.Concat(Glyphs) : Glyphs.Concat(shifted);
        return this with { Text = Text + next.Text, Glyphs = glyphs.ToArray() };
    }
}
