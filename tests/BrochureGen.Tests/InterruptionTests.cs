using System.Diagnostics;
using System.Runtime.InteropServices;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>SIGTERM and SIGINT during a build: no partial files, earlier editions intact.</summary>
public sealed class InterruptionTests
{
    [SkippableTheory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_signal_during_a_build_leaves_no_partial_files(string signal)
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace).ExitCode);
        var folder = Path.Combine(workspace.Output, "stop-human-trafficking");
        var before = Directory.GetFiles(folder).ToDictionary(f => f, File.ReadAllBytes);

        // --force: the editions are up to date, and the point is to interrupt them being written.
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workspace.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "brochuregen.dll"), "build", "--jobs", "1", "--force", "--output", workspace.Output })
        {
            start.ArgumentList.Add(argument);
        }

        using var build = Process.Start(start)!;
        var stderr = build.StandardError.ReadToEndAsync();

        // Wait until the build is writing editions, then interrupt it.
        string? line;
        do
        {
            line = await build.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        while (line is not null && !line.StartsWith("wrote ", StringComparison.Ordinal));

        var stdout = build.StandardOutput.ReadToEndAsync();
        Assert.Equal(0, Kill(build.Id, signal == "TERM" ? SigTerm : SigInt));

        await build.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var error = await stderr;
        // A process started in the background by a non-interactive parent may inherit SIGINT as
        // ignored (Ctrl-C at a terminal reaches the foreground build); SIGTERM always arrives.
        Assert.True(build.ExitCode == 130 || (signal == "INT" && build.ExitCode == 0), $"exit code {build.ExitCode}: {error}");
        if (build.ExitCode == 130)
        {
            Assert.Contains("interrupted", error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));
        foreach (var pdf in Directory.GetFiles(folder, "*.pdf"))
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            // The brochure's PDFs have its two sheets; the large-print edition as many pages as its text needs.
            Assert.True(pdf.EndsWith(".large-print.pdf", StringComparison.Ordinal) ? document.NumberOfPages > 2 : document.NumberOfPages == 2, $"{Path.GetFileName(pdf)} has {document.NumberOfPages} pages");
        }

        Assert.Equal(before.Keys.Order(), Directory.GetFiles(folder).Order());
        _ = await stdout;
    }

    // POSIX signal numbers (the same on Linux and macOS).
    private const int SigInt = 2;
    private const int SigTerm = 15;

    // The C library's kill(2) rather than the kill program, so that the test needs nothing
    // beyond the .NET SDK (slim images lack procps); .NET can only send SIGKILL itself.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);
}
