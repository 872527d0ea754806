using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary><c>remove-locale</c>: the manifest's line, the content file and the review record, only with --yes; never the source.</summary>
public sealed class RemoveLocaleTests
{
    private const string Brochure = LocalizedLinkTests.Brochure;

    private static CliRun Remove(TempWorkspace workspace, params string[] extra) =>
        CliRun.Of(["remove-locale", Brochure, .. extra, "--content", workspace.Content]);

    [SkippableFact]
    public void Without_yes_it_only_says_what_it_would_remove()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var manifest = Path.Combine(workspace.Content, Brochure, "brochure.yaml");
        var before = File.ReadAllText(manifest);
        var run = Remove(workspace, "es");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("remove-locale would delete", run.Error, StringComparison.Ordinal);
        Assert.Contains("--yes", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(manifest));
        Assert.True(File.Exists(LocalizedLinkTests.File(workspace, "es")));
    }

    [SkippableFact]
    public void With_yes_the_locale_and_its_files_are_gone_and_the_brochure_still_checks()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        Assert.Equal(0, CliRun.Of("review", Brochure, "--locale", "es", "--content", workspace.Content).ExitCode);
        var run = Remove(workspace, "es", "--yes");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(File.Exists(LocalizedLinkTests.File(workspace, "es")));
        Assert.False(File.Exists(Path.Combine(workspace.Content, Brochure, "es.review.lock")));
        var manifest = File.ReadAllText(Path.Combine(workspace.Content, Brochure, "brochure.yaml"));
        Assert.DoesNotContain("\n  es:", manifest, StringComparison.Ordinal);
        Assert.Contains("  ar: draft", manifest, StringComparison.Ordinal);
        Assert.Contains("# The translation-workflow fixture", manifest, StringComparison.Ordinal);
        var check = LocalizedLinkTests.Check(workspace);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.DoesNotContain("extreme-heat es", check.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_source_locale_and_an_unknown_locale_are_refused()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var source = Remove(workspace, "en", "--yes");
        Assert.Equal(1, source.ExitCode);
        Assert.Contains("error BG0160: 'en' is the source locale", source.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(LocalizedLinkTests.File(workspace, "en")));

        var unknown = Remove(workspace, "fr", "--yes");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("error BG0160: 'extreme-heat' has no locale 'fr'", unknown.Error, StringComparison.Ordinal);

        var escape = CliRun.Of("remove-locale", "../etc", "es", "--yes", "--content", workspace.Content);
        Assert.Equal(1, escape.ExitCode);
        Assert.Contains("no brochure '../etc'", escape.Error, StringComparison.Ordinal);
    }
}
