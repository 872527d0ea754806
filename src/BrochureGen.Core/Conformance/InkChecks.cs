using System.Globalization;
using BrochureGen.Layout;
using BrochureGen.Layout.LargePrint;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Conformance;

/// <summary>
/// The checks of what is drawn (<see cref="InkMeasure"/>): text contrast, the contrast of
/// meaningful graphics and pictures, underlined links and type size and line height, on the
/// screen PDF's layout or the large-print one.
/// </summary>
public static class InkChecks
{
    /// <summary>WCAG 1.4.3: normal text 4.5:1, large text 3:1; large is 18 pt, or 14 pt bold.</summary>
    public const double NormalTextContrast = 4.5;
    public const double LargeTextContrast = 3;
    public const double LargeTextSize = 18;
    public const double LargeBoldTextSize = 14;

    /// <summary>WCAG 1.4.11: graphics that carry meaning 3:1 against what is next to them.</summary>
    public const double GraphicsContrast = 3;

    public static IEnumerable<CheckResult> Results(EvidenceFormat format, LaidOutBrochure layout, BrochureTheme theme, ColorNames names)
    {
        var measure = InkMeasure.Of(layout);
        var largePrint = format == EvidenceFormat.LargePrint;
        yield return TextContrast(format, measure, names, largePrint);
        yield return GraphicsContrastResult(format, measure, names);
        yield return Underlines(format, measure, theme);
        yield return Legibility(format, measure, largePrint ? LargePrintTheme.Of(theme) : theme, largePrint);
    }

    /// <summary>The contrast a run of text needs: 7:1 in large print, else by its size and weight.</summary>
    public static double Required(DrawnText text, bool largePrint) =>
        largePrint ? LargePrintTheme.MinimumContrast
        : text.Size >= LargeTextSize || (text.Bold && text.Size >= LargeBoldTextSize) ? LargeTextContrast : NormalTextContrast;

    private static CheckResult TextContrast(EvidenceFormat format, InkMeasure measure, ColorNames names, bool largePrint)
    {
        if (measure.Texts.Count == 0)
        {
            return new CheckResult(AccessibilityChecks.ContrastText, format, CheckStatus.NotApplicable, "no text");
        }

        var pairs = measure.Texts
            .GroupBy(t => (t.Color, t.Background, Required: Required(t, largePrint)))
            .Select(g => (g.Key.Color, g.Key.Background, g.Key.Required, Ratio: ContrastRatio.Between(g.Key.Color, g.Key.Background), Smallest: g.Min(t => t.Size)))
            .OrderBy(p => p.Ratio / p.Required)
            .ThenBy(p => p.Color.ToString(), StringComparer.Ordinal)
            .ThenBy(p => p.Background.ToString(), StringComparer.Ordinal)
            .ToList();
        string Describe((RgbColor Color, RgbColor Background, double Required, double Ratio, double Smallest) p) =>
            $"{Ratio(p.Ratio)} {names.Describe(p.Color)} on {names.Describe(p.Background)}, {Points(p.Smallest)} (needs {Ratio(p.Required)})";
        var failing = pairs.Where(p => p.Ratio < p.Required).ToList();
        var worst = pairs[0];
        var rule = largePrint ? $"all at least {Ratio(LargePrintTheme.MinimumContrast)}" : $"all at least {Ratio(NormalTextContrast)} ({Ratio(LargeTextContrast)} for large text)";
        var measured = failing.Count == 0
            ? $"lowest {Describe(worst)}; {pairs.Count} colour pairs, {rule}"
            : $"{failing.Count} of {pairs.Count} colour pairs too low; lowest {Describe(worst)}";
        return new CheckResult(AccessibilityChecks.ContrastText, format, failing.Count == 0 ? CheckStatus.Pass : CheckStatus.Fail, measured) { Findings = pairs.Select(Describe).ToList() };
    }

    private static CheckResult GraphicsContrastResult(EvidenceFormat format, InkMeasure measure, ColorNames names)
    {
        var groups = measure.Graphics
            .GroupBy(g => (g.Kind, g.Color, g.Background))
            .Select(g => (g.Key.Kind, g.Key.Color, g.Key.Background, Ratio: ContrastRatio.Between(g.Key.Color, g.Key.Background), Count: g.Count()))
            .OrderBy(g => g.Ratio)
            .ToList();
        var findings = groups.Select(g => $"{Ratio(g.Ratio)} {What(g.Kind, g.Count)} {names.Describe(g.Color)} on {names.Describe(g.Background)}").ToList();
        var pictures = measure.Pictures.DistinctBy(p => p.Path, StringComparer.Ordinal).ToList();
        foreach (var picture in pictures)
        {
            findings.Add(PictureContrast.Of(picture) is { } spread
                ? $"picture {Path.GetFileName(picture.Path)}: {Ratio(spread)} between its darker and lighter parts (a person judges its meaningful parts)"
                : $"picture {Path.GetFileName(picture.Path)}: could not be read to measure");
        }

        if (groups.Count == 0 && pictures.Count == 0)
        {
            return new CheckResult(AccessibilityChecks.ContrastGraphics, format, CheckStatus.NotApplicable, "no meaningful graphic or picture (decoration is exempt)");
        }

        var failing = groups.Count(g => g.Ratio < GraphicsContrast);
        var measured = groups.Count == 0
            ? $"{pictures.Count} pictures measured for a person to judge"
            : $"lowest {findings[0]}" + (failing == 0 ? $"; all at least {Ratio(GraphicsContrast)}" : $"; {failing} below {Ratio(GraphicsContrast)}") + (pictures.Count > 0 ? $"; {pictures.Count} pictures measured for a person to judge" : string.Empty);
        return new CheckResult(AccessibilityChecks.ContrastGraphics, format, failing == 0 ? CheckStatus.Pass : CheckStatus.Fail, measured) { Findings = findings };
    }

    private static CheckResult Underlines(EvidenceFormat format, InkMeasure measure, BrochureTheme theme)
    {
        if (measure.Links == 0)
        {
            return new CheckResult(AccessibilityChecks.LinksUnderlined, format, CheckStatus.NotApplicable, "no link");
        }

        var ok = measure.UnderlinedLinks == measure.Links;
        var measured = ok
            ? $"all {measure.Links} link areas underlined"
            : $"{measure.Links - measure.UnderlinedLinks} of {measure.Links} link areas not underlined" + (theme.UnderlineLinks ? string.Empty : " (the theme turns underlines off)");
        return new CheckResult(AccessibilityChecks.LinksUnderlined, format, ok ? CheckStatus.Pass : CheckStatus.Fail, measured);
    }

    private static CheckResult Legibility(EvidenceFormat format, InkMeasure measure, BrochureTheme theme, bool largePrint)
    {
        if (measure.Texts.Count == 0)
        {
            return new CheckResult(AccessibilityChecks.TextLegibility, format, CheckStatus.NotApplicable, "no text");
        }

        // A line's size is its largest run's: a superscript (6.5 pt in a 10.5 pt line) is a
        // mark of its line, reported apart, not text a reader reads at that size.
        var lineSizes = measure.Texts.GroupBy(t => t.Line).ToDictionary(g => g.Key, g => g.Max(t => t.Size));
        var smallest = lineSizes.Values.Min();
        var raised = measure.Texts.Where(t => t.Size < lineSizes[t.Line] - 0.01).Select(t => t.Size).DefaultIfEmpty(0).Min();
        var minimumSize = largePrint ? LargePrintTheme.BodySize : Math.Max(theme.MinimumBodySize, ThemeAccessibilityCheck.SmallestAllowedMinimum);
        var leading = theme.Styles.Values.Min(s => s.Leading);
        var minimumLeading = largePrint ? LargePrintTheme.MinimumLeading : ThemeAccessibilityCheck.MinimumLeading;

        // Layout may tighten text to fit, never below the theme's minimum; a hair under is rounding.
        var ok = smallest >= minimumSize - 0.01 && leading >= minimumLeading - 0.001;
        var superscripts = raised > 0 ? $", superscripts from {Points(raised)}" : string.Empty;
        var measured = $"smallest text {Points(smallest)} (at least {Points(minimumSize)}){superscripts}, smallest line height {Number(leading)} × the size (at least {Number(minimumLeading)}); set ragged, never justified";
        return new CheckResult(AccessibilityChecks.TextLegibility, format, ok ? CheckStatus.Pass : CheckStatus.Fail, measured);
    }

    private static string What(GraphicKind kind, int count) => kind switch
    {
        GraphicKind.Mark => count == 1 ? "mark" : "marks (QR modules)",
        GraphicKind.Outline => count == 1 ? "outline" : "outlines (checklist boxes)",
        _ => count == 1 ? "shape" : "shapes",
    };

    /// <summary>A contrast ratio as WCAG gives it, cut (not rounded) to two decimals, so 4.499 never shows as 4.5.</summary>
    public static string Ratio(double ratio) => (Math.Floor(ratio * 100) / 100).ToString("0.##", CultureInfo.InvariantCulture) + ":1";

    private static string Points(double size) => size.ToString("0.##", CultureInfo.InvariantCulture) + " pt";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
