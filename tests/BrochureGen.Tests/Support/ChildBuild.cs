using System.Diagnostics;
using System.Globalization;

namespace BrochureGen.Tests.Support;

/// <summary>
/// Runs <c>brochuregen build</c> as a child process and measures it: how long it took and its
/// peak resident memory (the kernel's high-water mark, <c>VmHWM</c> in <c>/proc/PID/status</c>,
/// polled while it runs). A child that outlives <paramref name="Limit"/> is killed.
/// </summary>
public sealed record ChildBuild(int ExitCode, string Output, string Error, TimeSpan Elapsed, long PeakBytes, bool TimedOut)
{
    public static async Task<ChildBuild> Run(TempWorkspace workspace, TimeSpan limit, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workspace.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = [Path.Combine(AppContext.BaseDirectory, "brochuregen.dll"), "build", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output, .. extra];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        long peak = 0;
        var timedOut = false;
        while (!child.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(child.Id));
            if (watch.Elapsed > limit)
            {
                timedOut = true;
                child.Kill(entireProcessTree: true);
                break;
            }

            await Task.Delay(10);
        }

        await child.WaitForExitAsync();
        watch.Stop();
        return new ChildBuild(child.ExitCode, await stdout, await stderr, watch.Elapsed, peak, timedOut);
    }

    // "VmHWM:   123456 kB"; 0 once the process is gone.
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has just exited.
        }

        return 0;
    }
}
