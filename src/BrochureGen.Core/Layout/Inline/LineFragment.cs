using BrochureGen.Layout.Fonts;
using BrochureGen.Layout.Theme;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Layout;

/// <summary>A piece of a line in one face: text, its shaped glyphs and how it is drawn (the shape phase's output).</summary>
public sealed record LineFragment(string Text, InlineState State, FontFace Face, double Size, double BaselineShift, InkColor Color, GlyphRun Glyphs)
{
    public double Width => Glyphs.Width;

    /// <summary>The width of <paramref name="fragments"/> set at a line's end: without the spaces that end the last one.</summary>
    public static double ContentWidth(IReadOnlyList<LineFragment> fragments)
    {
        if (fragments.Count == 0)
        {
            return 0;
        }

        var last = fragments[^1];
        var trailing = last.Text.Length - last.Text.TrimEnd(' ').Length;
        var trailingWidth = trailing == 0 ? 0 : last.Face.Measure(new string(' ', trailing), last.Size);
        return fragments.Sum(f => f.Width) - trailingWidth;
    }
}
