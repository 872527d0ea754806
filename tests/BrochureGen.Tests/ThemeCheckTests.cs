using BrochureGen.Layout.Theme;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

public sealed class ThemeCheckTests
{
    [SkippableFact]
    public void Low_contrast_text_fails_the_build_naming_both_colours_the_ratio_and_the_theme_line()
    {
        using var workspace = new TempWorkspace();
        var theme = workspace.ThemeFile();
        workspace.Edit(theme, "    background: mist\n    text: ink", "    background: mist\n    text: \"#9AA5B1\"");
        var line = TempWorkspace.LineOf(theme, "text: \"#9AA5B1\"");

        var run = CliRun.Build(workspace);

        Assert.Equal(1, run.ExitCode);
        var message = run.Error.Split('\n').First(l => l.Contains("BG0404", StringComparison.Ordinal));
        Assert.Contains($"civic.yaml({line},", message, StringComparison.Ordinal);
        Assert.Contains("#9AA5B1", message, StringComparison.Ordinal);
        Assert.Contains("#E9F0F7", message, StringComparison.Ordinal);
        Assert.Matches(@"contrast ratio of 2\.\d\d:1; WCAG 2\.2 asks for at least 4\.5:1", message);
    }

    [SkippableFact]
    public void A_print_colour_too_light_on_paper_fails_though_its_screen_colour_passes()
    {
        // The screen colour (#B4441B, 4.6:1 on mist) passes; 25 % M alone prints as a pale pink.
        using var workspace = new TempWorkspace();
        var theme = workspace.ThemeFile();
        workspace.Edit(theme, "  rust: \"0 72 95 32\"", "  rust: \"0 25 0 0\"");
        // The light tone's accent, the first of the two tones that use rust.
        var line = Array.FindIndex(File.ReadAllLines(theme), l => l == "    accent: rust") + 1;

        var run = CliRun.Build(workspace);

        Assert.Equal(1, run.ExitCode);
        var message = run.Error.Split('\n').First(l => l.Contains("BG0404", StringComparison.Ordinal));
        Assert.Contains($"civic.yaml({line},", message, StringComparison.Ordinal);
        Assert.Contains("in print, the accent colour #B4441B (C0 M25 Y0 K0, printed as #", message, StringComparison.Ordinal);
        Assert.Matches(@"contrast ratio of 1\.\d\d:1; WCAG 2\.2 asks for at least 4\.5:1", message);
        Assert.DoesNotContain("the accent colour #B4441B on", run.Error, StringComparison.Ordinal);

        // Said once for the build, not once for each of the eleven editions that use the theme.
        Assert.Single(run.Error.Split('\n'), l => l.Contains("BG0404", StringComparison.Ordinal) && l.Contains($"civic.yaml({line},", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("18", false)]
    [InlineData("12", true)]
    public void Large_text_needs_only_three_to_one(string headingSize, bool fails)
    {
        // #8A8A8A on white is 3.45:1: enough for large text (18 pt, or 14 pt bold), not for a
        // 12 pt bold heading. The control (12 pt) shows the check does look at this colour.
        Assert.InRange(ContrastRatio.Between(new RgbColor(0x8A, 0x8A, 0x8A), RgbColor.White), 3.0, 4.5);
        using var workspace = new TempWorkspace();
        var theme = workspace.ThemeFile();
        workspace.Edit(theme, "    background: white\n    text: ink\n    heading: navy", "    background: white\n    text: ink\n    heading: \"#8A8A8A\"");
        workspace.Edit(theme, "  h2:            { font: body, bold: true, size: 14.5,", $"  h2:            {{ font: body, bold: true, size: {headingSize},");
        workspace.Edit(theme, "  footer-title:  { font: body, bold: true, size: 13,", "  footer-title:  { font: body, bold: true, size: 18,");

        var run = CliRun.Build(workspace);

        var complaints = run.Error.Split('\n').Where(l => l.Contains("BG0404", StringComparison.Ordinal) && l.Contains("#8A8A8A", StringComparison.Ordinal)).ToList();
        if (fails)
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains(complaints, c => c.Contains("WCAG 2.2 asks for at least 4.5:1", StringComparison.Ordinal));
        }
        else
        {
            Assert.True(complaints.Count == 0, string.Join('\n', complaints));
            Assert.Equal(0, run.ExitCode);
        }
    }

    [SkippableTheory]
    [InlineData("minimum-body-size: 9", "minimum-body-size: 8", "may not be set below 9 pt")]
    [InlineData("  body:          { font: body, size: 10.5, leading: 1.35,", "  body:          { font: body, size: 8.5, leading: 1.35,", "style 'body' is 8.5 pt, below the theme's minimum body size of 9 pt")]
    [InlineData("  body:          { font: body, size: 10.5, leading: 1.35,", "  body:          { font: body, size: 10.5, leading: 1.1,", "style 'body' has a line height of 1.1; it must be at least 1.2")]
    public void Size_and_line_height_rules_fail_the_build(string find, string replace, string expected)
    {
        using var workspace = new TempWorkspace();
        var theme = workspace.ThemeFile();
        workspace.Edit(theme, find, replace);

        var run = CliRun.Build(workspace);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("civic.yaml(", run.Error, StringComparison.Ordinal);
        Assert.Contains("BG0404", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Contrast_ratio_matches_the_wcag_reference_values()
    {
        Assert.Equal(21, ContrastRatio.Between(new RgbColor(0, 0, 0), RgbColor.White), 2);
        Assert.Equal(1, ContrastRatio.Between(RgbColor.White, RgbColor.White), 2);
        Assert.Equal(4.54, ContrastRatio.Between(new RgbColor(0x76, 0x76, 0x76), RgbColor.White), 2);
    }

    [SkippableFact]
    public void Styles_and_boxes_the_template_uses_but_the_theme_lacks_are_reported_together()
    {
        using var workspace = new TempWorkspace();
        var theme = workspace.ThemeFile();
        workspace.Edit(theme, "  byline:        { font: body, bold: true, size: 11, leading: 1.3, color: accent }\n", string.Empty);
        workspace.Edit(theme, "  hotline-number: { font: body, bold: true, size: 18, leading: 1.2, color: heading }\n", string.Empty);
        workspace.Edit(theme, "  hotline: { tone: mist, padding: 11, space-before: 2, space-after: 10 }\n", string.Empty);

        var run = CliRun.Build(workspace, "--locale", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the template uses the class 'byline', which theme 'civic' does not define under 'styles'", run.Error, StringComparison.Ordinal);
        Assert.Contains("the template uses the class 'hotline-number'", run.Error, StringComparison.Ordinal);
        Assert.Contains("there is no call-out 'hotline' in theme 'civic'", run.Error, StringComparison.Ordinal);
    }
}
