using System.Diagnostics;
using System.Text.Json;
using BrochureGen.Build;
using BrochureGen.Layout.Theme;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// What a build costs, shown by the build itself (its timings, its counts), not timed here:
/// speed is measured by bench/time-build.sh and BenchmarkDotNet. A build with nothing to do
/// reads no input again and opens no font; an edition reads only the fonts its text needs.
/// </summary>
public sealed class BuildCostTests
{
    private const string Brochure = "stop-human-trafficking";

    [SkippableFact]
    public void Timings_are_printed_and_written_into_report_json_only_when_asked()
    {
        using var workspace = new TempWorkspace();
        var plain = CliRun.Build(workspace, "--locale", "en", "--edition", "screen");
        Assert.Equal(0, plain.ExitCode);
        Assert.DoesNotContain("timings", plain.Output, StringComparison.Ordinal);
        using (var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, "report.json"))))
        {
            Assert.False(report.RootElement.TryGetProperty("timings", out _));
        }

        var timed = CliRun.Build(workspace, "--locale", "en", "--edition", "screen", "--force", "--timings");

        Assert.Equal(0, timed.ExitCode);
        Assert.Contains("timings (wall time, allocated):", timed.Output, StringComparison.Ordinal);
        Assert.Contains($"  {Brochure} en ", timed.Output, StringComparison.Ordinal);
        using var written = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, "report.json")));
        var timings = written.RootElement.GetProperty("timings");
        Assert.True(timings.GetProperty("wallMilliseconds").GetDouble() > 0);
        Assert.True(timings.GetProperty("allocatedBytes").GetInt64() > 0);
        var buildStages = timings.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("plan", buildStages);
        Assert.Contains("gallery", buildStages);
        var edition = Assert.Single(timings.GetProperty("editions").EnumerateArray());
        Assert.Equal("en", edition.GetProperty("locale").GetString());
        var stages = edition.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("wallMilliseconds").GetDouble());
        Assert.Contains("layout", stages.Keys);
        Assert.Contains("screen pdf", stages.Keys);
        // --edition screen makes no print edition and no proofs, so they have no stage.
        Assert.DoesNotContain("print pdf", stages.Keys);
        Assert.DoesNotContain("png proofs", stages.Keys);
        Assert.True(stages.Values.Sum() <= edition.GetProperty("wallMilliseconds").GetDouble() + 1, "the stages of an edition take no longer than the edition");
    }

    [SkippableFact]
    public void A_build_with_nothing_changed_reads_no_input_again_and_opens_no_font()
    {
        using var workspace = new TempWorkspace();
        // The copied inputs were written just now; a file is recorded only once it is older than
        // the window in which a second write could leave its size and times as they were.
        Thread.Sleep(BuildState.RacyWindow + TimeSpan.FromMilliseconds(200));
        var options = new BuildOptions(workspace.Content, workspace.Templates, workspace.Output, [], Kinds: EditionKinds.Screen, Jobs: 2);
        var first = new BrochureBuilder(options).Build();
        Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics));
        Assert.True(first.InputFilesRead > 17, $"the first build read {first.InputFilesRead} files");

        var again = new BrochureBuilder(options).Build();

        Assert.Equal(EnglishEdition.SampleLocales.Count, again.EditionsUpToDate);
        Assert.Equal(0, again.InputFilesRead);
        var faces = again.Editions.SelectMany(e => ThemeFonts.Faces(e.Job.Theme)).ToList();
        Assert.NotEmpty(faces);
        Assert.All(faces, face => Assert.False(face.IsLoaded, $"{face} was opened"));
    }

    [SkippableFact]
    public void A_changed_input_is_read_again_even_when_its_size_stays()
    {
        using var workspace = new TempWorkspace();
        Thread.Sleep(BuildState.RacyWindow + TimeSpan.FromMilliseconds(200));
        Assert.Equal(0, CliRun.Build(workspace, "--edition", "screen").ExitCode);

        // Same length, same modification time: only the change time (and the bytes) tell.
        var file = workspace.ContentFile("es");
        var written = File.GetLastWriteTimeUtc(file);
        workspace.Edit(file, "son niños.", "son niñas.");
        File.SetLastWriteTimeUtc(file, written);
        var again = CliRun.Build(workspace, "--edition", "screen");

        Assert.Contains($"1 edition(s) built, {EnglishEdition.SampleLocales.Count - 1} up to date", again.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void An_english_edition_reads_no_chinese_or_korean_font_whole()
    {
        using var workspace = new TempWorkspace();
        var options = new BuildOptions(workspace.Content, workspace.Templates, workspace.Output, ["en"], Kinds: EditionKinds.Screen, WriteFiles: false);

        var result = new BrochureBuilder(options).Build();

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var faces = ThemeFonts.Faces(Assert.Single(result.Editions).Job.Theme).ToList();
        Assert.Contains(faces, f => f.Font.DataRead);
        // Checked (their tables read) but never read whole: no English character needs them.
        Assert.All(faces.Where(f => f.FilePath.Contains("DroidSansFallback", StringComparison.Ordinal) || f.FilePath.Contains("Nanum", StringComparison.Ordinal)), f => Assert.False(f.Font.DataRead, $"{f} was read whole"));
    }

    [SkippableFact]
    public async Task Under_strace_a_build_with_nothing_changed_opens_no_ttf_file()
    {
        // strace is a diagnosis tool, not one the tests need: where it is missing this is skipped
        // even under CI (the test above shows the same through the build's own counts).
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/usr/bin/strace"), "strace is not installed (Debian package 'strace')");
        using var workspace = new TempWorkspace();
        await Task.Delay(BuildState.RacyWindow + TimeSpan.FromMilliseconds(200));
        // A process of its own in the same working folder as the traced one: the gallery's
        // warnings name paths relative to it, so another folder would make the gallery again.
        Assert.Equal(0, (await CliProcess.BuildAsync(workspace, "--edition", "screen")).ExitCode);

        var trace = Path.Combine(workspace.Root, "trace.txt");
        var start = new ProcessStartInfo("/usr/bin/strace") { WorkingDirectory = workspace.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-f", "-e", "trace=openat,open", "-o", trace, "dotnet", Path.Combine(AppContext.BaseDirectory, "brochuregen.dll"), "build", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output, "--edition", "screen"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        Skip.If(process.ExitCode != 0 && !File.Exists(trace), "strace cannot trace here (no ptrace permission)");
        Assert.Contains("0 edition(s) built", await output, StringComparison.Ordinal);
        var opened = File.ReadAllLines(trace).Where(l => l.Contains(".ttf\"", StringComparison.Ordinal) && !l.Contains("ENOENT", StringComparison.Ordinal)).ToList();
        Assert.True(opened.Count == 0, string.Join("\n", opened));
    }
}
