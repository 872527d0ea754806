using BrochureGen.Text;
using BrochureGen.Text.Icu;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Layout.Fonts;

/// <summary>
/// One face of a font family as the theme names it (e.g. body/bold). <see cref="Key"/> is a
/// stable name backends use to look the face up; the font itself is loaded once and shared.
/// </summary>
public sealed record FontFace(string Key, string FilePath, TrueTypeFont Font)
{
    /// <summary>Height above the baseline, in points, at <paramref name="size"/>.</summary>
    public double AscentAt(double size) => Font.Ascender * size / Font.UnitsPerEm;

    /// <summary>Depth below the baseline, in points, at <paramref name="size"/>.</summary>
    public double DescentAt(double size) => Font.Descender * size / Font.UnitsPerEm;

    /// <summary>
    /// The text shaped in this face (HarfBuzz: kerning, ligatures, contextual forms, marks),
    /// in the script of its letters and the direction that script is written in.
    /// </summary>
    public GlyphRun Shape(string text, double size, string language = "und")
    {
        var script = TextScripts.Dominant(text);
        return Shaper.Shape(ShapingFont.Load(FilePath), size, text, script, Scripts.IsRightToLeft(script), language);
    }

    /// <summary>The advance width of the shaped text, in points.</summary>
    public double Measure(string text, double size) => Shape(text, size).Width;

    public override string ToString() => Key;
}
