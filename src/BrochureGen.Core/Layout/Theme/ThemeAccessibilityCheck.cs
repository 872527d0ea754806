using System.Globalization;
using BrochureGen.Diagnostics;

namespace BrochureGen.Layout.Theme;

/// <summary>
/// Checks a theme against the accessibility rules before anything is laid out: WCAG 2.2
/// contrast of every text colour on the background it is drawn on (4.5:1, or 3:1 for text of
/// 18 pt or more, or 14 pt bold), no text style below the minimum size (itself at least 9 pt),
/// and line height of at least 1.2. Justified text does not exist in a theme: every line is set
/// left-aligned and ragged-right.
/// </summary>
public static class ThemeAccessibilityCheck
{
    public const double SmallestAllowedMinimum = 9;
    public const double MinimumLeading = 1.2;

    /// <summary>Where each setting was written, so a failure can name the theme line.</summary>
    public sealed record Locations(
        SourceLocation MinimumBodySize,
        IReadOnlyDictionary<string, SourceLocation> Styles,
        IReadOnlyDictionary<(string Tone, string Role), SourceLocation> ToneRoles);

    public static IReadOnlyList<Diagnostic> Check(BrochureTheme theme, Locations locations)
    {
        var diagnostics = new List<Diagnostic>();
        if (theme.MinimumBodySize < SmallestAllowedMinimum)
        {
            diagnostics.Add(Error($"minimum-body-size is {F(theme.MinimumBodySize)} pt; it may not be set below {F(SmallestAllowedMinimum)} pt", locations.MinimumBodySize));
        }

        foreach (var style in theme.Styles.Values)
        {
            var where = locations.Styles[style.Name];
            if (style.Size < theme.MinimumBodySize)
            {
                diagnostics.Add(Error($"style '{style.Name}' is {F(style.Size)} pt, below the theme's minimum body size of {F(theme.MinimumBodySize)} pt", where));
            }

            if (style.Leading < MinimumLeading)
            {
                diagnostics.Add(Error($"style '{style.Name}' has a line height of {F(style.Leading)}; it must be at least {F(MinimumLeading)}", where));
            }
        }

        diagnostics.AddRange(Contrast(theme, locations, color => color.Screen, string.Empty));
        return diagnostics;
    }

    /// <summary>
    /// The same contrast rules for the print edition: each colour as the press prints its CMYK,
    /// which <paramref name="proof"/> shows in sRGB (the printing condition's profile, paper as
    /// white). A brand's fixed print value can be lighter than its screen colour, and 100 % K on
    /// paper is a dark grey, not #000000.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckPrint(BrochureTheme theme, Locations locations, Func<CmykColor, RgbColor> proof) =>
        Contrast(theme, locations, color => proof(color.Print), " in print");

    // Every text colour of every tone on the tone's background, as paint shows it.
    private static List<Diagnostic> Contrast(BrochureTheme theme, Locations locations, Func<InkColor, RgbColor> paint, string edition)
    {
        var diagnostics = new List<Diagnostic>();
        var reported = new HashSet<(string, string)>();
        foreach (var (toneName, tone) in theme.Tones)
        {
            var backgroundInk = tone.Background ?? InkColor.White;
            var background = paint(backgroundInk);
            foreach (var style in theme.Styles.Values.OrderBy(s => s.Size))
            {
                var large = style.Size >= 18 || (style.Bold && style.Size >= 14);
                var required = large ? 3.0 : 4.5;
                foreach (var role in new[] { style.ColorRole, ToneColors.LinkRole }.Distinct())
                {
                    var foregroundInk = tone.Of(role);
                    var foreground = paint(foregroundInk);
                    var ratio = ContrastRatio.Between(foreground, background);
                    if (ratio < required && reported.Add((toneName, role)))
                    {
                        var shown = edition.Length == 0 ? $"{foreground} on the background {background}" : $"{foregroundInk} ({foregroundInk.Print}, printed as {foreground}) on the background {backgroundInk} ({backgroundInk.Print}, printed as {background})";
                        diagnostics.Add(Error(
                            $"{(edition.Length == 0 ? "the" : $"{edition.TrimStart()}, the")} {role} colour {shown} of tone '{toneName}' has a contrast ratio of {ratio.ToString("0.00", CultureInfo.InvariantCulture)}:1; WCAG 2.2 asks for at least {F(required)}:1 for {(large ? "large" : "normal")} text (style '{style.Name}')",
                            locations.ToneRoles.GetValueOrDefault((toneName, role)) ?? locations.MinimumBodySize));
                    }
                }
            }
        }

        return diagnostics;
    }

    private static Diagnostic Error(string message, SourceLocation location) =>
        Diagnostic.Error(DiagnosticCodes.ThemeAccessibility, message, location);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
