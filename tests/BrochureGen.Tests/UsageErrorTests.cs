using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// Mistakes in the command line are found before any work and reported once: filters that name
/// nothing known are usage errors (exit code 2), an output folder that cannot be written is one
/// BG0601 before any edition is built (exit code 1).
/// </summary>
public sealed class UsageErrorTests
{
    [SkippableTheory]
    [InlineData("build")]
    [InlineData("check")]
    public void An_unknown_brochure_is_a_usage_error_naming_the_known_ones(string command)
    {
        using var workspace = new TempWorkspace().WithFixture("second-brochure");

        var run = CliRun.Of(command, "--content", workspace.Content, "--templates", workspace.Templates, "--brochure", "stop-human-trafficing");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("unknown brochure 'stop-human-trafficing' (did you mean 'stop-human-trafficking'?)", line, StringComparison.Ordinal);
        Assert.Contains("carbon-monoxide-safety, stop-human-trafficking", line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [SkippableFact]
    public void An_unknown_locale_is_a_usage_error_with_a_suggestion_and_nothing_is_built()
    {
        using var workspace = new TempWorkspace();

        var run = CliRun.Build(workspace, "--locale", "en", "--locale", "pt-RB");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("unknown locale 'pt-RB' (did you mean 'pt-BR'?)", line, StringComparison.Ordinal);
        Assert.Contains("en, es, pt-BR, vi, zh-Hans, ht", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.Output), "a usage error must stop the build before it writes anything");
    }

    [SkippableFact]
    public void A_locale_that_only_another_brochure_lists_is_not_a_usage_error()
    {
        using var workspace = new TempWorkspace().WithFixture("second-brochure");

        var run = CliRun.Build(workspace, "--brochure", "carbon-monoxide-safety", "--locale", "vi");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("0 edition(s) built", run.Output, StringComparison.Ordinal);
    }

    public static readonly TheoryData<string> UnwritableOutputs = new(["/proc/brochuregen-output", "parent is a file"]);

    [SkippableTheory]
    [MemberData(nameof(UnwritableOutputs))]
    public void An_unwritable_output_folder_is_reported_once_before_any_edition_is_built(string output)
    {
        using var workspace = new TempWorkspace();
        if (output == "parent is a file")
        {
            Directory.CreateDirectory(workspace.Root);
            File.WriteAllText(Path.Combine(workspace.Root, "blocker"), "a file where the output folder's parent should be");
            output = Path.Combine(workspace.Root, "blocker", "output");
        }

        // Every locale: before the check, each of the six editions was built and then failed alike.
        var run = CliRun.Of("build", "--content", workspace.Content, "--templates", workspace.Templates, "--output", output);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n'), l => l.Contains("BG0601", StringComparison.Ordinal));
        Assert.Contains("cannot write", line, StringComparison.Ordinal);
        Assert.DoesNotContain("stop-human-trafficking en", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote ", run.Output, StringComparison.Ordinal);
        Assert.Contains("0 edition(s) built, 0 warning(s), 1 error(s)", run.Output, StringComparison.Ordinal);
    }
}
