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

    public double Measure(string text, double size) => Font.Measure(text, size);

    public override string ToString() => Key;
}
