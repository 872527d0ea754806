using BrochureGen.Build;
using BrochureGen.Diagnostics;

namespace BrochureGen.Cli;

/// <summary>
/// Tells the user what a build does: one line per file written, each edition's review status
/// and adjustments, and, on a terminal only, a progress line while many editions build.
/// </summary>
internal sealed class ConsoleBuildObserver(TextWriter output, bool showProgress) : IBuildObserver
{
    private readonly Lock _lock = new();
    private int _finished;
    private int _total;

    public void Planned(int editions) => _total = editions;

    public void Note(string message)
    {
        lock (_lock)
        {
            ClearProgress();
            output.WriteLine(message);
        }
    }

    public void EditionStarted(EditionJob job)
    {
    }

    public void EditionFinished(EditionReport report)
    {
        lock (_lock)
        {
            ClearProgress();
            _finished++;
            if (report.UpToDate)
            {
                // Counted in the summary line; a catalogue of hundreds would otherwise print hundreds of lines.
                return;
            }

            output.WriteLine($"{report.Job.Manifest.Id} {report.Job.Locale} ({report.Job.Status}){(report.Succeeded ? string.Empty : ": failed")}");
            if (report.PanelFills.Count > 0)
            {
                output.WriteLine("  fill: " + string.Join(", ", report.PanelFills.Select(f => $"{f.Panel} {Math.Round(f.Fill * 100).ToString(System.Globalization.CultureInfo.InvariantCulture)} %")));
            }

            foreach (var adjustment in report.Adjustments)
            {
                output.WriteLine($"  adjusted {adjustment}");
            }

            foreach (var file in report.Files.Where(f => f.Kind != OutputFileKind.Thumbnail.Name))
            {
                output.WriteLine($"wrote {DisplayPath.For(file.Path)}");
            }

            if (showProgress && _finished < _total)
            {
                output.Write($"[{_finished}/{_total}] building…");
            }
        }
    }

    private void ClearProgress()
    {
        if (showProgress)
        {
            output.Write("\r\u001b[2K");
        }
    }
}
