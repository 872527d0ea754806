using System.Diagnostics;
using System.Runtime.InteropServices;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary><c>watch</c>: a saved file rebuilds the editions it affects; errors are printed and watching goes on.</summary>
public sealed class WatchTests
{
    private const int SigTerm = 15;

    [SkippableFact]
    public async Task A_saved_translation_is_rebuilt_and_an_error_is_reported_without_stopping()
    {
        using var workspace = new TempWorkspace();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workspace.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "brochuregen.dll"), "watch", "--edition", "screen", "--locale", "en", "--locale", "es", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output })
        {
            start.ArgumentList.Add(argument);
        }

        using var watch = Process.Start(start)!;
        var errors = new System.Text.StringBuilder();
        watch.ErrorDataReceived += (_, line) => { lock (errors) { errors.AppendLine(line.Data); } };
        watch.BeginErrorReadLine();
        try
        {
            var first = await UntilWatching(watch);
            Assert.Contains("2 edition(s) built", first, StringComparison.Ordinal);
            var spanish = Path.Combine(workspace.Output, "stop-human-trafficking", "stop-human-trafficking.es.pdf");
            var before = File.ReadAllBytes(spanish);

            workspace.Edit(workspace.ContentFile("es"), "son niños.", "son menores.");
            var second = await UntilWatching(watch);
            Assert.Contains("1 edition(s) built, 1 up to date", second, StringComparison.Ordinal);
            Assert.NotEqual(before, File.ReadAllBytes(spanish));

            // A changed phone number is an error: printed with its place, and watching goes on.
            workspace.Edit(workspace.ContentFile("es"), "\n1-888-373-7888\n:::", "\n1-888-373-7880\n:::");
            var third = await UntilWatching(watch);
            Assert.Contains("1 error(s)", third, StringComparison.Ordinal);

            // Standard error is read on its own thread: give it a moment to catch up.
            for (var wait = 0; wait < 50 && !Printed(errors, "es.md("); wait++)
            {
                await Task.Delay(100);
            }

            Assert.True(Printed(errors, "es.md("), errors.ToString());

            Assert.False(watch.HasExited);
        }
        finally
        {
            Assert.Equal(0, Kill(watch.Id, SigTerm));
            await watch.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(0, watch.ExitCode);
        lock (errors)
        {
            Assert.DoesNotContain("   at ", errors.ToString(), StringComparison.Ordinal);
        }
    }

    private static bool Printed(System.Text.StringBuilder errors, string text)
    {
        lock (errors)
        {
            return errors.ToString().Contains(text, StringComparison.Ordinal);
        }
    }

    // Everything printed up to and including the next "watching … for changes" line.
    private static async Task<string> UntilWatching(Process watch)
    {
        var text = new System.Text.StringBuilder();
        while (await watch.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(90)) is { } line)
        {
            text.AppendLine(line);
            if (line.StartsWith("watching ", StringComparison.Ordinal))
            {
                return text.ToString();
            }
        }

        throw new InvalidOperationException("watch ended early:\n" + text);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);
}
