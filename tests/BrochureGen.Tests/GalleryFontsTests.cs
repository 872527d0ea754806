using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// The fonts of the gallery page: the body font stack of the default theme, read from the
/// templates folder by a build and by the <c>gallery</c> command. (That Chromium draws every
/// language name and title from them is checked with the HTML edition, in <see cref="HtmlEditionTests"/>.)
/// </summary>
public sealed class GalleryFontsTests
{
    [SkippableFact]
    public void Gallery_without_the_default_themes_fonts_is_an_error_that_names_the_file_and_writes_nothing()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Of("build", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output, "--locale", "en", "--edition", "screen").ExitCode);
        var report = Path.Combine(workspace.Output, "report.json");
        var gallery = Path.Combine(workspace.Output, "index.html");
        var reportBefore = File.ReadAllBytes(report);
        var galleryBefore = File.ReadAllBytes(gallery);
        File.Delete(workspace.ThemeFile());

        var run = CliRun.Of("gallery", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output, report);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("civic.yaml", run.Error, StringComparison.Ordinal);
        Assert.Contains("the gallery is set in the fonts of the default theme 'civic'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at BrochureGen.", run.Error, StringComparison.Ordinal);
        Assert.Equal(reportBefore, File.ReadAllBytes(report));
        Assert.Equal(galleryBefore, File.ReadAllBytes(gallery));
    }

    [SkippableFact]
    public void A_build_whose_templates_lack_the_default_theme_stops_before_writing_anything()
    {
        // The brochure names a theme of its own; the gallery still needs the default theme's fonts.
        using var workspace = new TempWorkspace();
        File.Move(workspace.ThemeFile(), workspace.ThemeFile("brand"));
        workspace.Edit(workspace.ManifestFile, "layout: trifold-letter\n", "layout: trifold-letter\ntheme: brand\n");

        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "screen");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the gallery is set in the fonts of the default theme 'civic'", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.Output) && Directory.EnumerateFileSystemEntries(workspace.Output).Any(), "a build that cannot write its gallery writes nothing");
    }

    [SkippableFact]
    public void A_language_name_the_default_themes_fonts_cannot_draw_is_a_warning_naming_the_character()
    {
        // The brochure's own theme has Chinese; the default theme's body stack is cut to Latin.
        using var workspace = new TempWorkspace();
        File.Copy(workspace.ThemeFile(), workspace.ThemeFile("brand"));
        workspace.Edit(workspace.ManifestFile, "layout: trifold-letter\n", "layout: trifold-letter\ntheme: brand\n");
        workspace.Edit(workspace.ThemeFile(), "body: [atkinson, noto-sans, noto-arabic, noto-thai, noto-sc, droid-cjk, nanum]", "body: [atkinson, noto-sans]");

        var run = CliRun.Build(workspace, "--locale", "zh-Hans", "--edition", "screen");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("warning BG0403: the gallery names the zh-Hans edition of stop-human-trafficking '中文（简体）' with the title '制止人口贩卖'; no family of the font stack 'body' of the default theme has '中' (U+4E2D), '文' (U+6587), '（' (U+FF08)", run.Output + run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(workspace.Output, "index.html")));
    }
}
