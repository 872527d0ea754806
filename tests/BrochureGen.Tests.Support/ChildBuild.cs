using System.Diagnostics;
using System.Globalization;

namespace BrochureGen.Tests.Support;

/// <summary>
/// Runs <c>brochuregen build</c> as a child process and measures it: how long it took and its
/// peak resident memory. Where GNU time is installed (<c>/usr/bin/time</c>) the peak is the
/// kernel's own account of the child (<c>ru_maxrss</c>); it is also polled from
/// <c>VmHWM</c> in <c>/proc/PID/status</c> while the child runs, on a thread of its own. A child
/// that outlives the limit is killed.
/// </summary>
public sealed record ChildBuild(int ExitCode, string Output, string Error, TimeSpan Elapsed, long PeakBytes, bool TimedOut)
{
    private const string TimeProgram = "/usr/bin/time";
    private const string MaxRssMarker = "BROCHUREGEN-TEST-MAXRSS-KB=";

    public static async Task<ChildBuild> Run(TempWorkspace workspace, TimeSpan limit, params string[] extra)
    {
        var timed = File.Exists(TimeProgram);
        var start = new ProcessStartInfo(timed ? TimeProgram : "dotnet") { WorkingDirectory = workspace.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = [.. timed ? new[] { "-f", MaxRssMarker + "%M", "dotnet" } : [], Path.Combine(AppContext.BaseDirectory, "brochuregen.dll"), "build", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output, .. extra];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        long polled = 0;
        var poller = new Thread(() =>
        {
            while (!child.HasExited)
            {
                // GNU time's own footprint is small; its child is the build.
                foreach (var pid in Descendants(child.Id).Prepend(child.Id))
                {
                    Interlocked.Exchange(ref polled, Math.Max(Interlocked.Read(ref polled), HighWaterMark(pid)));
                }

                Thread.Sleep(5);
            }
        }) { IsBackground = true };
        poller.Start();

        var timedOut = false;
        try
        {
            await child.WaitForExitAsync().WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            timedOut = true;
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        watch.Stop();
        poller.Join();
        var error = await stderr;
        long reported = 0;
        var marker = error.LastIndexOf(MaxRssMarker, StringComparison.Ordinal);
        if (marker >= 0)
        {
            reported = long.Parse(error[(marker + MaxRssMarker.Length)..].Trim(), CultureInfo.InvariantCulture) * 1024;
            error = error[..marker];

            // GNU time's own line about the exit status.
            var own = error.LastIndexOf("Command ", StringComparison.Ordinal);
            if (own >= 0 && error[own..].StartsWith("Command exited with non-zero status", StringComparison.Ordinal) || own >= 0 && error[own..].StartsWith("Command terminated by signal", StringComparison.Ordinal))
            {
                error = error[..own];
            }
        }

        return new ChildBuild(child.ExitCode, await stdout, error, watch.Elapsed, Math.Max(reported, Interlocked.Read(ref polled)), timedOut);
    }

    private static IEnumerable<int> Descendants(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/task/{pid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        }
        catch (IOException)
        {
            return [];
        }
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
