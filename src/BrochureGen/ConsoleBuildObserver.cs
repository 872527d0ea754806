using BrochureGen.Build;
using BrochureGen.Diagnostics;

namespace BrochureGen.Cli;

/// <summary>
/// Tells the user what a build does: one line per file written, each edition's review status
/// and adjustments, and, on a terminal only, a progress line while many editions build.
/// Editions finish in any order when built in parallel; they are printed in catalogue order,
/// each as soon as every edition before it has been printed, so two runs read the same.
/// </summary>
internal sealed class ConsoleBuildObserver(TextWriter output, bool showProgress) : IBuildObserver
{
    private readonly Lock _lock = new();
    private readonly Dictionary<EditionJob, EditionReport> _waiting = [];
    private IReadOnlyList<EditionJob> _order = [];
    private int _next;
    private int _finished;

    public void Planned(IReadOnlyList<EditionJob> jobs) => _order = jobs;

    /// <summary>Prints what is still waiting for an earlier edition that never finished (an interrupted build).</summary>
    public void Flush()
    {
        lock (_lock)
        {
            ClearProgress();
            foreach (var report in _waiting.Values.OrderBy(r => r.Job.Order))
            {
                Print(report);
            }

            _waiting.Clear();
        }
    }

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
            _waiting[report.Job] = report;
            while (_next < _order.Count && _waiting.Remove(_order[_next], out var ready))
            {
                Print(ready);
                _next++;
            }

            if (showProgress && _finished < _order.Count)
            {
                output.Write($"[{_finished}/{_order.Count}] building…");
            }
        }
    }

    private void Print(EditionReport report)
    {
        if (report.UpToDate)
        {
            // Counted in the summary line; a catalogue of hundreds would otherwise print hundreds of lines.
            return;
        }

        output.WriteLine($"{report.Job.Manifest.Id} {report.Job.Locale} ({ReviewSummary.Of(report.Job)}){(report.Succeeded ? string.Empty : ": failed")}");
        if (report.PanelFills.Count > 0)
        {
            output.WriteLine("  fill: " + string.Join(", ", report.PanelFills.Select(f => $"{f.Panel} {Math.Round(f.Fill * 100).ToString(System.Globalization.CultureInfo.InvariantCulture)} %")));
        }

        if (report.Composition is { } composition)
        {
            output.WriteLine($"  composition: {composition}");
        }

        if (report.Accessibility is { } accessibility)
        {
            output.WriteLine($"  accessibility: {accessibility.Summary}");
        }

        foreach (var adjustment in report.Adjustments)
        {
            output.WriteLine($"  adjusted {adjustment}");
        }

        foreach (var file in report.Files.Where(f => f.Kind != OutputFileKind.Thumbnail.Name))
        {
            output.WriteLine($"wrote {DisplayPath.For(file.Path)}");
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
