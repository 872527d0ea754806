using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

public sealed class CommandLineTests
{
    [SkippableFact]
    public void Build_writes_the_pdf_and_both_page_pngs_and_says_so()
    {
        using var workspace = new TempWorkspace();

        var run = CliRun.Build(workspace, "--locale", "en");

        Assert.Equal(0, run.ExitCode);
        var folder = Path.Combine(workspace.Output, "stop-human-trafficking");
        string[] expected = ["stop-human-trafficking.en.pdf", "stop-human-trafficking.en.page-1.png", "stop-human-trafficking.en.page-2.png", "stop-human-trafficking.en.print.pdf", "stop-human-trafficking.en.folded.png", "stop-human-trafficking.en.large-print.pdf", "stop-human-trafficking.en.html", .. SampleBraille.Files("en")];
        // Every edition also gets its accessibility report, as a page and as data.
        expected = [.. expected, "stop-human-trafficking.en.accessibility.html", "stop-human-trafficking.en.accessibility.json"];
        Assert.Equal(expected.Append("stop-human-trafficking.en.thumbnail.png").Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.All(expected, name => Assert.Contains(name, run.Output, StringComparison.Ordinal));
        Assert.Equal(expected.Length, run.Output.Split('\n').Count(l => l.StartsWith("wrote ", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void Unknown_option_is_a_usage_error()
    {
        var run = CliRun.Of("build", "--colour", "red");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Unknown_command_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.Of("publish").ExitCode);
    }

    [SkippableFact]
    public void Help_lists_the_build_options()
    {
        var run = CliRun.Of("build", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--content", "--templates", "--output", "--locale" })
        {
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Missing_content_folder_is_an_input_error()
    {
        using var workspace = new TempWorkspace();
        var run = CliRun.Of("build", "--content", Path.Combine(workspace.Root, "nowhere"), "--output", workspace.Output);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no brochure found", run.Error, StringComparison.Ordinal);
    }
}
