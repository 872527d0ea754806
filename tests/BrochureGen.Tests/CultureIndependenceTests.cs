using System.Diagnostics;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// Same input, same bytes, whatever language the machine runs in: numbers in PDFs, CSS, report.json
/// and BRFs must never follow the user's culture (a German decimal comma, Arabic digits).
/// </summary>
public sealed class CultureIndependenceTests
{
    [SkippableFact]
    public async Task Every_file_is_the_same_bytes_under_a_german_and_a_persian_culture()
    {
        using var workspace = new TempWorkspace();
        var german = Path.Combine(workspace.Root, "out-de");
        var persian = Path.Combine(workspace.Root, "out-fa");

        await Build(workspace, german, "de_DE.UTF-8");
        await Build(workspace, persian, "fa_IR.UTF-8");

        // The build's state file records this machine's inodes and times (a cache, not an output).
        List<string> Files(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Where(f => f != BrochureGen.Build.BuildState.FileName).Order(StringComparer.Ordinal).ToList();
        var files = Files(german);
        Assert.Equal(files, Files(persian));
        Assert.Contains(files, f => f.EndsWith(".large-print.pdf", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".html", StringComparison.Ordinal));
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(german, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(persian, file))),
            $"{file} differs between the German and the Persian culture"));
    }

    // The built command line as its own process, so its culture comes from the environment as a user's would.
    private static async Task Build(TempWorkspace workspace, string output, string locale)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workspace.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        start.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "brochuregen.dll"), "build", "--locale", "en", "--locale", "ar", "--content", workspace.Content, "--templates", workspace.Templates, "--output", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var build = Process.Start(start)!;
        var stdout = build.StandardOutput.ReadToEndAsync();
        var stderr = build.StandardError.ReadToEndAsync();
        await build.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(build.ExitCode == 0, $"{locale}: {await stderr}{await stdout}");
    }
}
