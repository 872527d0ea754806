using BrochureGen.Text;
using BrochureGen.Text.Icu;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Layout.Fonts;

/// <summary>
/// One face of a font family as the theme names it (e.g. body/bold). <see cref="Key"/> is a
/// stable name backends use to look the face up; the font itself is loaded once and shared.
/// A theme names its faces without opening them: <see cref="Font"/> is read when first asked for
/// (a character of an edition needs the face, or the edition checks its theme's fonts), so a
/// build whose editions are up to date opens no font, and an English edition never reads the
/// Chinese one. Two faces are equal when they have the same key and file.
/// </summary>
public sealed class FontFace : IEquatable<FontFace>
{
    private readonly Lazy<TrueTypeFont> _font;

    /// <summary>A face whose font <paramref name="load"/> reads when first needed; its failure (a <see cref="Diagnostics.BrochureException"/>) comes from every use.</summary>
    public FontFace(string key, string filePath, Func<TrueTypeFont> load)
    {
        Key = key;
        FilePath = filePath;
        _font = new Lazy<TrueTypeFont>(load);
    }

    public FontFace(string key, string filePath, TrueTypeFont font)
        : this(key, filePath, () => font)
    {
    }

    public string Key { get; }

    public string FilePath { get; }

    /// <summary>The font's tables (read on first use; see the type's summary).</summary>
    public TrueTypeFont Font => _font.Value;

    /// <summary>Whether <see cref="Font"/> was read (or tried).</summary>
    public bool IsLoaded => _font.IsValueCreated;

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
        return Shaper.Shape(Shaping, size, text, script, Scripts.IsRightToLeft(script), language);
    }

    /// <summary>The face for HarfBuzz (shaping, subsetting), over the bytes the font cache read.</summary>
    public ShapingFont Shaping => ShapingFont.Load(FilePath, FontCache.Bytes);

    /// <summary>The advance width of the shaped text, in points.</summary>
    public double Measure(string text, double size) => Shape(text, size).Width;

    public bool Equals(FontFace? other) => other is not null && Key == other.Key && FilePath == other.FilePath;

    public override bool Equals(object? obj) => Equals(obj as FontFace);

    public override int GetHashCode() => HashCode.Combine(Key, FilePath);

    public override string ToString() => Key;
}
