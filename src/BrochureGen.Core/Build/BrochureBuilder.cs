using System.Collections.Concurrent;
using System.Diagnostics;
using BrochureGen.Diagnostics;

namespace BrochureGen.Build;

/// <summary>The outcome of a build: every edition's report, diagnostics not tied to an edition, and whether it was interrupted.</summary>
public sealed record BuildResult(IReadOnlyList<EditionReport> Editions, IReadOnlyList<Diagnostic> PlanDiagnostics, bool Interrupted, TimeSpan Elapsed)
{
    /// <summary>
    /// Every diagnostic of the build, each once: a problem in the source locale's file is found
    /// by every edition that reads it, but printed once.
    /// </summary>
    public IEnumerable<Diagnostic> Diagnostics => PlanDiagnostics.Concat(Editions.SelectMany(e => e.Diagnostics)).Distinct();

    public int EditionsBuilt => Editions.Count(e => e.Succeeded);

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>What a build tells its caller while it runs.</summary>
public interface IBuildObserver
{
    void Planned(int editions);

    void Note(string message);

    void EditionStarted(EditionJob job);

    void EditionFinished(EditionReport report);
}

/// <summary>
/// Builds every selected edition, in parallel when asked. An edition that fails writes
/// nothing; the others are still built, so one run reports every problem. A build that
/// writes files ends with <c>report.json</c> and <c>index.html</c> in the output folder.
/// </summary>
public sealed class BrochureBuilder(BuildOptions options)
{
    public BuildResult Build(IBuildObserver? observer = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var plan = BuildPlan.Make(options);
        if (options.WriteFiles && plan.Jobs.Count > 0 && OutputFolderCheck.Check(options.OutputRoot, plan.Jobs.Select(j => j.Manifest.Id)) is { } unwritable)
        {
            return new BuildResult([], [.. plan.Diagnostics, unwritable], Interrupted: false, clock.Elapsed);
        }

        observer?.Planned(plan.Jobs.Count);
        foreach (var skipped in plan.Skipped)
        {
            observer?.Note(skipped);
        }

        var reports = new ConcurrentBag<EditionReport>();
        var editionBuilder = new EditionBuilder(options);
        try
        {
            Parallel.ForEach(
                plan.Jobs,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellation },
                job =>
                {
                    observer?.EditionStarted(job);
                    var report = editionBuilder.Build(job);
                    reports.Add(report);
                    observer?.EditionFinished(report);
                });
        }
        catch (OperationCanceledException)
        {
            return new BuildResult(Ordered(reports), plan.Diagnostics, Interrupted: true, clock.Elapsed);
        }

        var editions = Ordered(reports);
        if (options.WriteFiles && editions.Any(e => e.Files.Count > 0))
        {
            try
            {
                AtomicFileWriter.Write(Path.Combine(options.OutputRoot, ReportWriter.FileName), ReportWriter.Write(editions, options.OutputRoot));
                AtomicFileWriter.Write(Path.Combine(options.OutputRoot, GalleryWriter.FileName), GalleryWriter.Write(editions, options.OutputRoot));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new BuildResult(editions, [.. plan.Diagnostics, Diagnostic.Error(DiagnosticCodes.OutputFailed, $"cannot write the report and gallery: {ex.Message}", SourceLocation.InFile(DisplayPath.For(options.OutputRoot)))], false, clock.Elapsed);
            }
        }

        return new BuildResult(editions, plan.Diagnostics, Interrupted: false, clock.Elapsed);
    }

    private static List<EditionReport> Ordered(IEnumerable<EditionReport> reports) => reports.OrderBy(r => r.Job.Order).ToList();
}
