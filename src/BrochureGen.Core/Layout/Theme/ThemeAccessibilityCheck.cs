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

        var reported = new HashSet<(string, string)>();
        foreach (var (toneName, tone) in theme.Tones)
        {
            var background = (tone.Background ?? InkColor.White).Screen;
            foreach (var style in theme.Styles.Values.OrderBy(s => s.Size))
            {
                var large = style.Size >= 18 || (style.Bold && style.Size >= 14);
                var required = large ? 3.0 : 4.5;
                foreach (var role in new[] { style.ColorRole, "link" }.Distinct())
                {
                    var foreground = RoleColor(tone, role);
                    var ratio = ContrastRatio.Between(foreground, background);
                    if (ratio < required && reported.Add((toneName, role)))
                    {
                        diagnostics.Add(Error(
                            $"the {role} colour {foreground} on the background {background} of tone '{toneName}' has a contrast ratio of {ratio.ToString("0.00", CultureInfo.InvariantCulture)}:1; WCAG 2.2 asks for at least {F(required)}:1 for {(large ? "large" : "normal")} text (style '{style.Name}')",
                            locations.ToneRoles.GetValueOrDefault((toneName, role)) ?? locations.MinimumBodySize));
                    }
                }
            }
        }

        return diagnostics;
    }

    private static RgbColor RoleColor(ToneColors tone, string role) => (role switch
    {
        "heading" => tone.Heading,
        "accent" => tone.Accent,
        "link" => tone.Link,
        _ => tone.Text,
    }).Screen;

    private static Diagnostic Error(string message, SourceLocation location) =>
        Diagnostic.Error(DiagnosticCodes.ThemeAccessibility, message, location);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
