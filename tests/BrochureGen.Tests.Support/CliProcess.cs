using System.Diagnostics;

namespace BrochureGen.Tests.Support;

/// <summary>
/// Runs the command line as a process of its own, for what one process cannot show: two builds
/// at once hold the output folder's lock as two processes do.
/// </summary>
public static class CliProcess
{
    public static async Task<CliRun> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "brochuregen.dll"), .. args])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return new CliRun(process.ExitCode, await output, await error);
    }

    public static Task<CliRun> BuildAsync(TempWorkspace workspace, params string[] extra) =>
        RunAsync(workspace.Root, ["build", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output, .. extra]);
}
