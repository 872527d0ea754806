using System.Diagnostics;

namespace BrochureGen.Tests.Support;

/// <summary>Runs a node script of one of the tests' npm folders (tests/a11y, tests/pdftext) and returns what it printed.</summary>
public static class NodeScript
{
    public static string Run(string folder, string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(folder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        if (!node.WaitForExit(timeout))
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} took more than {timeout.TotalMinutes:0} minutes");
        }

        Assert.True(node.ExitCode == 0, $"{script} failed: {error.Result}");
        return output.Result;
    }
}
