using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BrochureGen.Layout.Folds;
using BrochureGen.Layout.Theme;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>The three stock themes: each builds a brochure of its own with every check passing, and contrast prints in two inks.</summary>
public sealed class StockThemeTests
{
    public static readonly TheoryData<string> Themes = new() { "civic", "community", "contrast" };

    [SkippableFact]
    public void The_templates_folder_has_the_three_stock_themes_and_list_shows_them()
    {
        Assert.Equal(["civic", "community", "contrast"], ThemeLoader.Available(RepoPaths.Templates));
        var run = CliRun.Of("list", "--themes", "--templates", RepoPaths.Templates);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("civic      ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("(default)", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("community  Warm community-health look", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("contrast   High contrast in two inks", lines[2], StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Themes))]
    public void A_brochure_in_each_stock_theme_builds_every_edition_with_every_check_passing(string theme)
    {
        using var workspace = new TempWorkspace().WithFixture("second-brochure");
        var manifest = Path.Combine(workspace.Content, HtmlEditionFixture.SecondBrochure, "brochure.yaml");
        workspace.Edit(manifest, "layout: trifold-letter\n", $"layout: trifold-letter\ntheme: {theme}\n");

        // Whom to ask for another format, so that the build has nothing to warn of but the theme.
        File.AppendAllText(manifest, "accessibility-contact:\n  name: Riverside County Tenant Safety Council\n  phone: 951-555-0142\n");

        var run = CliRun.Build(workspace, "--brochure", HtmlEditionFixture.SecondBrochure);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("2 edition(s) built, 0 warning(s), 0 error(s)", run.Output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, "report.json")));
        var editions = report.RootElement.GetProperty("editions").EnumerateArray().ToList();
        Assert.Equal(2, editions.Count);
        Assert.All(editions, edition =>
        {
            Assert.True(edition.GetProperty("checksPassed").GetBoolean());
            Assert.All(edition.GetProperty("checks").EnumerateObject(), c => Assert.True(c.Value.GetBoolean(), c.Name));
        });

        // The accessibility report of each edition: no check failed or warned.
        foreach (var locale in new[] { "en", "es" })
        {
            using var evidence = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, HtmlEditionFixture.SecondBrochure, $"{HtmlEditionFixture.SecondBrochure}.{locale}.accessibility.json")));
            var checks = evidence.RootElement.GetProperty("summary").GetProperty("checks");
            Assert.True(checks.GetProperty("pass").GetInt32() > 40, $"{theme} {locale}: {checks}");
            Assert.Equal(0, checks.GetProperty("warn").GetInt32());
            Assert.Equal(0, checks.GetProperty("fail").GetInt32());
        }
    }

    [SkippableFact]
    public void The_contrast_theme_names_only_black_and_cyan_print_colours()
    {
        var theme = ThemeLoader.Load(RepoPaths.Templates, "contrast", FoldLayoutLoader.Load(RepoPaths.Templates, "trifold-letter"));
        var inks = theme.Tones.Values.SelectMany(t => new[] { t.Background ?? InkColor.White, t.Text, t.Heading, t.Accent, t.Link }).Select(c => c.Print).Distinct().ToList();
        Assert.All(inks, ink => Assert.True(ink.M == 0 && ink.Y == 0, $"{ink} prints on the magenta or yellow plate"));
        Assert.Contains(inks, ink => ink.C > 0);
    }

    [SkippableFact]
    public void The_contrast_themes_print_edition_puts_ink_on_the_black_and_cyan_plates_only_as_ghostscript_measures()
    {
        ExternalTool.Require("gs", "ghostscript");
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ManifestFile, "layout: trifold-letter\n", "layout: trifold-letter\ntheme: contrast\n");
        var run = CliRun.Build(workspace, "--locale", "en", "--locale", "zh-Hans", "--edition", "print");
        Assert.True(run.ExitCode == 0, run.Error);

        foreach (var locale in new[] { "en", "zh-Hans" })
        {
            // Ghostscript's ink coverage device: C M Y K, the share of each page each plate covers.
            var pdf = Path.Combine(workspace.Output, EnglishEdition.SampleId, $"{EnglishEdition.SampleId}.{locale}.print.pdf");
            var pages = InkCoverage(pdf);
            Assert.Equal(2, pages.Count);
            Assert.All(pages, page =>
            {
                Assert.True(page[1] == 0 && page[2] == 0, $"{locale}: the magenta or yellow plate has ink ({string.Join(' ', page)})");
                Assert.True(page[3] > 0.01, $"{locale}: the black plate is empty");
            });
            Assert.Contains(pages, page => page[0] > 0.01);
        }
    }

    private static List<double[]> InkCoverage(string pdf)
    {
        var start = new ProcessStartInfo("gs") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=inkcov", "-o", "-", pdf })
        {
            start.ArgumentList.Add(argument);
        }

        using var gs = Process.Start(start) ?? throw new InvalidOperationException("gs did not start");
        var output = gs.StandardOutput.ReadToEnd();
        gs.WaitForExit();
        Assert.True(gs.ExitCode == 0, gs.StandardError.ReadToEnd());
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains("CMYK", StringComparison.Ordinal))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
    }
}
