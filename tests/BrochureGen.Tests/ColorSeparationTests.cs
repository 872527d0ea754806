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
        workspace.Edit(workspace.ThemeFile(), "  rust: \"0 72 95 32\"\n", string.Empty);
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

    [SkippableFact]
    public void Fixed_print_values_win_and_pure_black_is_one_plate()
    {
        using var workspace = new TempWorkspace();
        var tone = Theme(workspace, "trifold-letter").Tones["light"];
        Assert.Equal(new CmykColor(0, 72, 95, 32), tone.Accent.Print);

        workspace.Edit(workspace.ThemeFile(), "  ink: \"0 0 0 100\"\n", string.Empty);
        workspace.Edit(workspace.ThemeFile(), "ink: \"#1F2933\"", "ink: \"#000000\"");
        Assert.Equal(new CmykColor(0, 0, 0, 100), Theme(workspace, "trifold-letter").Tones["light"].Text.Print);
    }

    [SkippableFact]
    public void Soft_proof_shows_the_printed_cmyk_through_the_profile_as_transicc_does()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--edition", "png", "--soft-proof").ExitCode);
        var proof = Pixel(workspace, out var background);
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--edition", "png").ExitCode);
        var screen = Pixel(workspace, out _);

        // The screen proof shows the theme's sRGB; the soft proof the CMYK the press gets, seen
        // through the profile (LittleCMS's calculator, CMYK to sRGB, relative colorimetric with BPC).
        Assert.Equal((background.Screen.R, background.Screen.G, background.Screen.B), screen);
        var expected = TransiccToScreen("GRACoL2006-Coated.icc", background.Print);
        Assert.InRange(proof.R, expected[0] - 2, expected[0] + 2);
        Assert.InRange(proof.G, expected[1] - 2, expected[1] + 2);
        Assert.InRange(proof.B, expected[2] - 2, expected[2] + 2);
        Assert.NotEqual(screen, proof);
    }

    // A pixel inside the cover's background, away from any text, and the colour the layout gave it.
    private static (byte R, byte G, byte B) Pixel(TempWorkspace workspace, out InkColor background)
    {
        var layout = EnglishEdition.LayOut(workspace.Content, workspace.Templates, "en", "stop-human-trafficking");
        var cover = layout.Pages[0].Panels.Single(p => p.Slot == "cover");
        background = cover.Items.OfType<Layout.RectItem>().First(r => r.X == 0 && r.Y == 0).Fill;
        using var bitmap = SkiaSharp.SKBitmap.Decode(Path.Combine(workspace.Output, "stop-human-trafficking", "stop-human-trafficking.en.page-1.png"));
        var scale = bitmap.Width / layout.Pages[0].Width;
        var color = bitmap.GetPixel((int)((cover.X + cover.Width - 12) * scale), (int)((cover.Height - 12) * scale));
        return (color.Red, color.Green, color.Blue);
    }

    private static double[] TransiccToScreen(string profile, CmykColor color)
    {
        ExternalTool.Require("transicc", ExternalTool.LcmsUtilsPackage);
        var start = new ProcessStartInfo("transicc") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-i", Path.Combine(RepoPaths.Templates, "profiles", profile), "-o", "*sRGB", "-t", "1", "-b", "-n" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{color.C} {color.M} {color.Y} {color.K}"));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        // transicc prints unbounded values; an 8-bit image clamps out-of-gamut channels to 0–255.
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => Math.Clamp(Math.Round(double.Parse(v, CultureInfo.InvariantCulture)), 0, 255)).ToArray();
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
