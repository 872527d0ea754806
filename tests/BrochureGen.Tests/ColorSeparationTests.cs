using System.Diagnostics;
using System.Globalization;
using BrochureGen.Layout.Folds;
using BrochureGen.Layout.Theme;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>Theme colours without fixed CMYK are separated through the printing condition's profile.</summary>
public sealed class ColorSeparationTests
{
    [SkippableFact]
    public void A_colour_without_print_values_is_separated_through_the_layouts_profile_as_lcms_transicc_does()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ThemeFile(), "  rust: \"0 72 95 25\"\n", string.Empty);
        var accent = Theme(workspace, "trifold-letter").Tones["light"].Accent;

        Assert.Equal(new RgbColor(0xB4, 0x44, 0x1B), accent.Screen);
        var expected = Transicc("GRACoL2006-Coated.icc", 0xB4, 0x44, 0x1B);
        Assert.Equal(expected, Values(accent.Print));

        // A4 prints on FOGRA39: the same sRGB colour separates differently.
        var a4 = Theme(workspace, "trifold-a4").Tones["light"].Accent;
        Assert.Equal(Transicc("FOGRA39-Coated.icc", 0xB4, 0x44, 0x1B), Values(a4.Print));
        Assert.NotEqual(accent.Print, a4.Print);

        // Changing the theme colour changes its printed CMYK.
        workspace.Edit(workspace.ThemeFile(), "rust: \"#B4441B\"", "rust: \"#1B44B4\"");
        Assert.NotEqual(accent.Print, Theme(workspace, "trifold-letter").Tones["light"].Accent.Print);
    }

    [Fact]
    public void Fixed_print_values_win_and_pure_black_is_one_plate()
    {
        using var workspace = new TempWorkspace();
        var tone = Theme(workspace, "trifold-letter").Tones["light"];
        Assert.Equal(new CmykColor(0, 72, 95, 25), tone.Accent.Print);

        workspace.Edit(workspace.ThemeFile(), "  ink: \"0 0 0 100\"\n", string.Empty);
        workspace.Edit(workspace.ThemeFile(), "ink: \"#1F2933\"", "ink: \"#000000\"");
        Assert.Equal(new CmykColor(0, 0, 0, 100), Theme(workspace, "trifold-letter").Tones["light"].Text.Print);
    }

    private static double[] Values(CmykColor color) => [color.C, color.M, color.Y, color.K];

    private static BrochureTheme Theme(TempWorkspace workspace, string layout) =>
        ThemeLoader.Load(workspace.Templates, "civic", FoldLayoutLoader.Load(workspace.Templates, layout));

    // LittleCMS's own command-line calculator (Debian liblcms2-utils), rounded as the theme
    // rounds; intent 1 is relative colorimetric (vector colour), 0 perceptual (images).
    internal static double[] Transicc(string profile, byte r, byte g, byte b, int intent = 1)
    {
        ExternalTool.Require("transicc", ExternalTool.LcmsUtilsPackage);
        var start = new ProcessStartInfo("transicc") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-i", "*sRGB", "-o", Path.Combine(RepoPaths.Templates, "profiles", profile), "-t", intent.ToString(CultureInfo.InvariantCulture), "-b", "-n" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine($"{r} {g} {b}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return values.Select(v => Math.Round(double.Parse(v, CultureInfo.InvariantCulture))).ToArray();
    }
}
