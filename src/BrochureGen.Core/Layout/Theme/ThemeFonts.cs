using BrochureGen.Diagnostics;
using BrochureGen.Layout.Fonts;

namespace BrochureGen.Layout.Theme;

/// <summary>
/// Checks the fonts of a theme's text styles before an edition is laid out: every face must be
/// a TrueType font that can be read, even one whose characters this edition never needs, so a
/// broken Chinese face is reported by the English edition too, at the theme's line. Reads only
/// each face's table directory and the small tables layout measures with
/// (<see cref="TrueTypeFont.Read"/>), never the outlines: a Chinese font's whole file is read only
/// by an edition that sets a Chinese character.
/// </summary>
public static class ThemeFonts
{
    /// <summary>What is wrong with the theme's fonts; empty when every face can be read.</summary>
    public static IReadOnlyList<Diagnostic> Check(BrochureTheme theme)
    {
        var findings = new List<Diagnostic>();
        foreach (var face in Faces(theme))
        {
            try
            {
                _ = face.Font;
            }
            catch (BrochureException ex)
            {
                findings.AddRange(ex.Diagnostics);
            }
        }

        return findings.Distinct().ToList();
    }

    /// <summary>Every face of every font stack the theme's styles use, each once.</summary>
    public static IEnumerable<FontFace> Faces(BrochureTheme theme) =>
        theme.Styles.Values
            .SelectMany(style => style.Family.Families)
            .SelectMany(family => new[] { family.Regular, family.Bold, family.Italic, family.BoldItalic })
            .Distinct();
}
