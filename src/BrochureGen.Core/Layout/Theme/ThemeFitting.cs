using System.Globalization;
using BrochureGen.Document;

namespace BrochureGen.Layout.Theme;

/// <summary>
/// One degree of tightening or spreading: a factor for the space between blocks (below 1 tighter,
/// above 1 looser) and a reduction of the body text size (negative: larger text).
/// </summary>
public sealed record FitLevel(double SpacingScale, double TextReduction)
{
    public bool IsNone => SpacingScale == 1 && TextReduction == 0;

    /// <summary>True when the level makes the brochure looser or larger than the theme, not tighter.</summary>
    public bool Spreads => SpacingScale > 1 || TextReduction < 0;

    public string Describe(BrochureTheme theme)
    {
        var body = theme.Style(StyleNames.Body).Size;
        var parts = new List<string>();
        if (TextReduction != 0)
        {
            parts.Add($"body text {F(body)} → {F(Math.Max(theme.MinimumBodySize, body - TextReduction))} pt");
        }

        if (SpacingScale != 1)
        {
            parts.Add($"spacing {Math.Round(SpacingScale * 100).ToString(CultureInfo.InvariantCulture)} %");
        }

        return string.Join(", ", parts);
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>The tightening steps a theme allows, and the theme as it looks at each step.</summary>
public static class ThemeFitting
{
    /// <summary>No change first; then each spacing factor; then, at the tightest spacing, smaller text down to the minimum body size.</summary>
    public static IEnumerable<FitLevel> Levels(BrochureTheme theme)
    {
        yield return new FitLevel(1, 0);
        var spacing = 1.0;
        foreach (var step in theme.Fit.SpacingSteps)
        {
            spacing = step;
            yield return new FitLevel(step, 0);
        }

        if (theme.Fit.TextStep <= 0)
        {
            yield break;
        }

        var body = theme.Style(StyleNames.Body).Size;
        for (var reduction = theme.Fit.TextStep; body - reduction >= theme.MinimumBodySize - 0.001; reduction += theme.Fit.TextStep)
        {
            yield return new FitLevel(spacing, reduction);
        }
    }

    /// <summary>
    /// The spreading steps, loosest last: each spread-spacing factor, then, at the loosest
    /// spacing, larger body text in text-step steps up to the maximum body size.
    /// </summary>
    public static IReadOnlyList<FitLevel> Spreads(BrochureTheme theme)
    {
        var levels = new List<FitLevel>();
        var spacing = 1.0;
        foreach (var step in theme.Fit.SpreadSteps.Where(s => s > 1))
        {
            spacing = step;
            levels.Add(new FitLevel(step, 0));
        }

        var body = theme.Style(StyleNames.Body).Size;
        if (theme.Fit.TextStep > 0 && theme.Fit.MaximumBodySize > body)
        {
            for (var growth = theme.Fit.TextStep; body + growth <= theme.Fit.MaximumBodySize + 0.001; growth += theme.Fit.TextStep)
            {
                levels.Add(new FitLevel(spacing, -growth));
            }
        }

        return levels;
    }

    /// <summary>The theme with every text size scaled with the body size (none below the minimum) and every space scaled.</summary>
    public static BrochureTheme Tighten(BrochureTheme theme, FitLevel level)
    {
        if (level.IsNone)
        {
            return theme;
        }

        var body = theme.Style(StyleNames.Body).Size;
        var factor = (body - level.TextReduction) / body;
        var styles = theme.Styles.ToDictionary(
            e => e.Key,
            e => e.Value with
            {
                Size = Math.Max(theme.MinimumBodySize, e.Value.Size * factor),
                SpaceBefore = e.Value.SpaceBefore * level.SpacingScale,
                SpaceAfter = e.Value.SpaceAfter * level.SpacingScale,
            },
            StringComparer.Ordinal);
        var boxes = theme.Boxes.ToDictionary(
            e => e.Key,
            e => e.Value with
            {
                Padding = e.Value.Padding * level.SpacingScale,
                SpaceBefore = e.Value.SpaceBefore * level.SpacingScale,
                SpaceAfter = e.Value.SpaceAfter * level.SpacingScale,
            },
            StringComparer.Ordinal);
        return theme with { Styles = styles, Boxes = boxes, List = theme.List with { ItemSpacing = theme.List.ItemSpacing * level.SpacingScale } };
    }
}
