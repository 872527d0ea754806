using System.Collections.Concurrent;
using System.Diagnostics;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Build;

/// <summary>The outcome of a build: every edition's report, diagnostics not tied to an edition, and whether it was interrupted.</summary>
public sealed record BuildResult(IReadOnlyList<EditionReport> Editions, IReadOnlyList<Diagnostic> PlanDiagnostics, bool Interrupted, TimeSpan Elapsed)
{
    /// <summary>Where the time and allocations went, stage by stage (<see cref="BuildTimings"/>).</summary>
    public BuildTimings? Timings { get; init; }

    /// <summary>How many input files were read to fingerprint them: none when each is as the build's state file recorded (<see cref="BuildState"/>).</summary>
    public int InputFilesRead { get; init; }

    /// <summary>
    /// Every diagnostic of the build, each once: a problem in the source locale's file is found
    /// by every edition that reads it, but printed once.
    /// </summary>
    public IEnumerable<Diagnostic> Diagnostics => PlanDiagnostics.Concat(Editions.SelectMany(e => e.Diagnostics)).Distinct();

    /// <summary>Editions built in this run (not those that were already up to date).</summary>
    public int EditionsBuilt => Editions.Count(e => e.Succeeded && !e.UpToDate);

    public int EditionsFailed => Editions.Count(e => !e.Succeeded);

    /// <summary>Editions whose inputs had not changed since the last build, so nothing was written.</summary>
    public int EditionsUpToDate => Editions.Count(e => e.UpToDate);

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>What a build tells its caller while it runs.</summary>
public interface IBuildObserver
{
    /// <summary>The editions this build will go through, in catalogue order.</summary>
    void Planned(IReadOnlyList<EditionJob> jobs);

    void Note(string message);

    void EditionStarted(EditionJob job);

    void EditionFinished(EditionReport report);
}

/// <summary>
/// Builds every selected edition, in parallel when asked. An edition that fails writes
/// nothing; the others are still built, so one run reports every problem. An edition whose
/// inputs have the fingerprint the last <c>report.json</c> recorded, and whose files are still
/// there, is up to date and not built again. A build that writes files holds the output folder's
/// lock (<see cref="OutputSession"/>), so builds into one folder follow each other, and ends by
/// merging its editions into <c>report.json</c> and <c>index.html</c>: entries of editions it did
/// not build are kept, so a filtered or sharded build never truncates the gallery.
/// </summary>
public sealed class BrochureBuilder(BuildOptions options)
{
    // The state of the build under way, once it is known (for the result's counts).
    private BuildState? _state;

    // Each theme's print contrast findings, said once for the build however many editions use it.
    private readonly ConcurrentDictionary<BrochureTheme, IReadOnlyList<Diagnostic>> _themeFindings = new(ReferenceEqualityComparer.Instance);

    public BuildResult Build(IBuildObserver? observer = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var timings = new BuildTimings();
        _state = null;
        _themeFindings.Clear();
        var result = Build(observer, clock, timings, cancellation);
        timings.Wall = clock.Elapsed;
        return result with { Timings = timings, InputFilesRead = _state?.FilesRead ?? 0 };
    }

    private BuildResult Build(IBuildObserver? observer, Stopwatch clock, BuildTimings timings, CancellationToken cancellation)
    {
        var stage = timings.Build.Stage("plan");
        var plan = BuildPlan.Make(options);
        stage.Dispose();
        if (options.WriteFiles && plan.Jobs.Count > 0 && OutputFolderCheck.Check(options.OutputRoot, plan.Jobs.Select(j => j.Manifest.Id)) is { } unwritable)
        {
            return new BuildResult([], [.. plan.Diagnostics, unwritable], Interrupted: false, clock.Elapsed);
        }

        // Before any edition: a build that could not write its gallery writes nothing. Set only
        // when files are written.
        FontStack? galleryFonts = null;
        IReadOnlyList<StatementTemplate> statementTemplates = [];
        try
        {
            // The statement's wording is checked by check too: a broken template is found before a
            // build that would have to leave the statement out.
            using var statements = timings.Build.Stage("statement templates");
            statementTemplates = StatementTemplate.LoadAll(options.TemplatesRoot);
        }
        catch (BrochureException ex)
        {
            return new BuildResult([], [.. plan.Diagnostics, .. ex.Diagnostics], Interrupted: false, clock.Elapsed);
        }

        if (options.WriteFiles)
        {
            try
            {
                using var fontsStage = timings.Build.Stage("gallery fonts");
                galleryFonts = GalleryFonts.Load(options.TemplatesRoot);
            }
            catch (BrochureException ex)
            {
                return new BuildResult([], [.. plan.Diagnostics, .. ex.Diagnostics], Interrupted: false, clock.Elapsed);
            }
        }

        observer?.Planned(plan.Jobs);
        foreach (var skipped in plan.Skipped)
        {
            observer?.Note(skipped);
        }

        // Set only when files are written: the lock that makes this build the folder's only writer
        // until it ends (OutputSession).
        using var session = options.WriteFiles
            ? new OutputSession(options.OutputRoot, "brochuregen build", TimeSpan.FromSeconds(options.LockWaitSeconds), message => observer?.Note(message), cancellation)
            : null;
        var reportPath = Path.Combine(options.OutputRoot, ReportWriter.FileName);
        Dictionary<(string, string), ReportEntry> earlier = [];
        IReadOnlyList<ReportEntry>? reportUnderLock = null;
        var hashes = BuildState.Empty();
        try
        {
            // A folder already there is taken now, before its report is read: this build then
            // sees what the last one left, and nothing changes under it.
            if (session is not null && Directory.Exists(options.OutputRoot))
            {
                using var reading = timings.Build.Stage("lock and last report");
                session.Enter();
                reportUnderLock = ReportReader.Read(reportPath);
                earlier = reportUnderLock.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last());
                hashes = BuildState.Load(options.OutputRoot);
            }
        }
        catch (BrochureException ex)
        {
            return new BuildResult([], [.. plan.Diagnostics, .. ex.Diagnostics], Interrupted: false, clock.Elapsed);
        }
        catch (OperationCanceledException)
        {
            return new BuildResult([], plan.Diagnostics, Interrupted: true, clock.Elapsed);
        }

        _state = hashes;
        var fingerprint = new InputFingerprint(options, hashes);
        if (options.WriteFiles && plan.Jobs.Count > 0)
        {
            using var shared = timings.Build.Stage("fingerprint (shared)");
            fingerprint.Prepare();
        }

        var reports = new ConcurrentBag<EditionReport>();
        var editionBuilder = new EditionBuilder(options, session);
        var editionsStage = timings.Build.Stage("editions");
        try
        {
            Parallel.ForEach(
                plan.Jobs,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellation },
                job =>
                {
                    var started = Stopwatch.GetTimestamp();
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var stages = new StageTimings();
                    var report = BuildOne(job, fingerprint, earlier, editionBuilder, stages, observer);
                    reports.Add(report);
                    timings.Add(new EditionTiming(job.Manifest.Id, job.Locale, job.Order, Stopwatch.GetElapsedTime(started), GC.GetAllocatedBytesForCurrentThread() - allocated, stages.Stages));
                    observer?.EditionFinished(report);
                });
        }
        catch (OperationCanceledException)
        {
            return new BuildResult(Ordered(reports), plan.Diagnostics, Interrupted: true, clock.Elapsed);
        }

        editionsStage.Dispose();
        var editions = Ordered(reports);
        IReadOnlyList<Diagnostic> galleryFindings = [];
        // A failed edition replaces its earlier entry, so the report never claims a stale success
        // (its last good files stay listed, see ReportMerge).
        if (session is not null && galleryFonts is { } fonts && (File.Exists(reportPath) || editions.Any(e => e.Files.Count > 0 || e.UpToDate)))
        {
            try
            {
                // Under the lock, from the report and the files as they are now: a build that found
                // no folder took the lock only for its first edition, and another build may have
                // published editions before that. Nothing another build or shard wrote is lost.
                IReadOnlyList<ReportEntry> merged;
                byte[] report;
                using (timings.Build.Stage("report"))
                {
                    // The lock has been held since the report was read before the editions (a folder
                    // that was there): nobody can have changed it since, and it is not read twice.
                    session.Enter();
                    var current = reportUnderLock ?? ReportReader.Read(reportPath);
                    merged = ReportMerge.AsOnDisk(ReportMerge.Merge(current.Concat(editions.Select(e => ReportWriter.Entry(e, options.OutputRoot))), plan.Catalogue, options.OutputRoot), options.OutputRoot);
                    report = ReportWriter.Write(merged);
                    AtomicFileWriter.WriteIfChanged(reportPath, report);
                }

                using (timings.Build.Stage("gallery"))
                {
                    // Made again only when an input changed or a page is not as written: a build with
                    // nothing to do opens none of the gallery's fonts.
                    var galleryInputs = GalleryRecord.FingerprintOf(fingerprint.SharedHash, report, merged, options.ContentRoot, hashes, options.PublicGallery);
                    if (hashes.Gallery is { } last && last.Fingerprint == galleryInputs && last.FilesIntact(options.OutputRoot))
                    {
                        galleryFindings = last.Findings;
                    }
                    else
                    {
                        galleryFindings = GalleryFiles.Write(options.OutputRoot, merged, fonts, statementTemplates, options.ContentRoot, options.TemplatesRoot, options.PublicGallery, out var pages);
                        hashes.Gallery = new GalleryRecord(galleryInputs, pages.Select(p => (p.FileName, GalleryRecord.HashOf(p.Bytes))).ToList(), galleryFindings);
                    }

                    hashes.Save(options.OutputRoot);
                }

                if (options.Timings)
                {
                    // Again, now that every stage is measured: the timings are the build's own, not the
                    // merged editions', and are written only when asked (they differ from run to run).
                    timings.Wall = clock.Elapsed;
                    AtomicFileWriter.WriteIfChanged(reportPath, ReportWriter.Write(merged, timings.ToJson()));
                }
            }
            catch (BrochureException ex)
            {
                return new BuildResult(editions, [.. plan.Diagnostics, .. ex.Diagnostics], false, clock.Elapsed);
            }
            catch (OperationCanceledException)
            {
                return new BuildResult(editions, plan.Diagnostics, Interrupted: true, clock.Elapsed);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new BuildResult(editions, [.. plan.Diagnostics, Diagnostic.Error(DiagnosticCodes.OutputFailed, $"cannot write the report and gallery: {ex.Message}", SourceLocation.InFile(DisplayPath.For(options.OutputRoot)))], false, clock.Elapsed);
            }
        }

        return new BuildResult(editions, [.. plan.Diagnostics, .. _themeFindings.OrderBy(t => t.Key.FilePath, StringComparer.Ordinal).SelectMany(t => t.Value), .. galleryFindings], Interrupted: false, clock.Elapsed);
    }

    // An edition whose inputs are as the last report recorded, with its files intact, is reused;
    // any other is built.
    private EditionReport BuildOne(EditionJob job, InputFingerprint fingerprint, Dictionary<(string, string), ReportEntry> earlier, EditionBuilder editionBuilder, StageTimings stages, IBuildObserver? observer)
    {
        string? inputs = null;
        if (options.WriteFiles)
        {
            using var stage = stages.Stage("fingerprint");
            inputs = fingerprint.Of(job);
        }

        if (!options.Force && inputs is not null && earlier.TryGetValue((job.Manifest.Id, job.Locale), out var entry)
            && entry.Inputs == inputs && entry.ChecksPassed && entry.FilesIntact(options.OutputRoot))
        {
            return EditionReport.FromEarlierBuild(job, entry);
        }

        // Checked before the theme's first edition is made, never for a build that reuses every edition.
        var printFindings = _themeFindings.GetOrAdd(job.Theme, theme => theme.PrintChecks.Value);
        if (printFindings.Any(d => d.Severity == Severity.Error))
        {
            return new EditionReport(job, job.Manifest.Title ?? job.Manifest.Id, 0, [], [], []);
        }

        observer?.EditionStarted(job);
        return editionBuilder.Build(job, earlier.GetValueOrDefault((job.Manifest.Id, job.Locale)), stages) with { Inputs = inputs };
    }

    private static List<EditionReport> Ordered(IEnumerable<EditionReport> reports) => reports.OrderBy(r => r.Job.Order).ToList();
}
