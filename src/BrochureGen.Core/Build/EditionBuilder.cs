using System.Security.Cryptography;
using BrochureGen.Conformance;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Theme;
using BrochureGen.Rendering.Png;
using BrochureGen.Document;

namespace BrochureGen.Build;

/// <summary>
/// Builds one edition: checks the translation, lays it out, renders what was asked for and
/// writes the files. Nothing is written unless every step succeeded, and then every file or
/// none. Files are written only while <paramref name="session"/> holds the output folder (null:
/// the <c>check</c> command, which writes nothing).
/// </summary>
public sealed class EditionBuilder(BuildOptions options, OutputSession? session)
{
    // The cover is shown about 90 CSS px wide; 60 dpi (218 px) is sharp on a screen of twice the density.
    public const double ThumbnailDpi = 60;

    /// <summary>
    /// Builds <paramref name="job"/>; <paramref name="previous"/> is its entry in the last
    /// <c>report.json</c>, whose accessibility results a <c>--strict</c> build must not fall below.
    /// </summary>
    public EditionReport Build(EditionJob job, ReportEntry? previous = null, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var diagnostics = new List<Diagnostic>();
        try
        {
            var contentStage = timings.Stage("content and checks");
            var source = ContentLoader.LoadLocale(job.Manifest, job.Manifest.SourceLocale);
            var content = job.Locale == job.Manifest.SourceLocale ? source : ContentLoader.LoadLocale(job.Manifest, job.Locale);
            diagnostics.AddRange(content.ReadWarnings);
            diagnostics.AddRange(TranslationChecker.Check(source, content));
            diagnostics.AddRange(job.ReviewFindings);
            var fonts = ThemeFonts.Check(job.Theme);
            diagnostics.AddRange(fonts);
            var design = ContentDesignCheck.Check(content, job.Theme);
            diagnostics.AddRange(design);
            if (design.Count > 0 && fonts.Count == 0)
            {
                // Lay out anyway so that the template's and theme's problems come in the same run.
                try
                {
                    EditionPipeline.LayOut(content, options.TemplatesRoot, job.Theme, job.Template);
                }
                catch (BrochureException ex)
                {
                    // Pins, call-outs and images were already reported at their line in the content
                    // file; layout finds the same problems again at the template's line.
                    var reported = design.Select(d => (d.Code, d.Message)).ToHashSet();
                    diagnostics.AddRange(ex.Diagnostics.Where(d => d.Code != DiagnosticCodes.FlowInvalid && !reported.Contains((d.Code, d.Message)) && !(d.Code == DiagnosticCodes.ThemeInvalid && d.Message.Contains("box", StringComparison.Ordinal))));
                }
            }

            contentStage.Dispose();
            if (diagnostics.Any(d => d.Severity == Severity.Error))
            {
                return Failed(job, diagnostics);
            }

            var printFile = Path.Combine(options.OutputRoot, job.Manifest.Id, $"{job.Manifest.Id}.{job.Locale}{OutputFileKind.Print.Suffix}");
            // check runs what can fail without writing — preflight (print), braille translation — and
            // makes every reading format in memory, so its accessibility summary covers them all.
            var kinds = options.WriteFiles ? options.Kinds : EditionKinds.All & ~EditionKinds.Png;
            var output = EditionPipeline.Run(content, options.TemplatesRoot, job.Theme, job.Template, kinds, options.ProofOverlay, DisplayPath.For(printFile), options.SoftProof, timings);
            var contentFile = SourceLocation.InFile(DisplayPath.For(content.FilePath));
            diagnostics.AddRange(output.Layout.Warnings.Select(w => w.Location is null ? w with { Location = contentFile } : w));
            diagnostics.AddRange(output.Preflight);
            diagnostics.AddRange(output.AlternativeFormatFindings);
            var fills = output.Layout.PanelsInReadingOrder.Select(p => (p.Slot, p.Fill)).ToList();
            var preflighted = output.PrintPdf is not null;
            var made = options.WriteFiles ? OutputFiles(job, output, timings).ToList() : [];
            Conformance.ConformanceReport accessibility;
            using (timings.Stage("accessibility"))
            {
                accessibility = ConformanceEvaluator.Evaluate(Evidence(job.Theme, output, diagnostics, made));
            }

            if (options.Strict && previous?.Accessibility is { } baseline)
            {
                diagnostics.AddRange(Regressions(job, content, RecordedResults.From(accessibility), baseline));
            }

            if (!options.WriteFiles || diagnostics.Any(d => d.Severity == Severity.Error))
            {
                return new EditionReport(job, content.Title, output.Layout.Pages.Count, [], Describe(output.Layout), diagnostics) { PanelFills = fills, Preflighted = preflighted, Accessibility = accessibility, Composition = CompositionOf(output.Layout) };
            }

            // Every file is made before the first is written, and they are published together
            // (AtomicFileSet): an edition is on disk whole or not at all — its accessibility
            // report with it.
            using var writing = timings.Stage("write");
            var folder = Path.Combine(options.OutputRoot, job.Manifest.Id);
            var stem = $"{job.Manifest.Id}.{job.Locale}";
            made.Add((Path.Combine(folder, stem + OutputFileKind.Accessibility.Suffix), OutputFileKind.Accessibility.Name, ConformanceHtml.Write(accessibility, job.Theme.Style(StyleNames.Body).Family)));
            made.Add((Path.Combine(folder, stem + OutputFileKind.AccessibilityData.Suffix), OutputFileKind.AccessibilityData.Name, ConformanceJson.Write(accessibility)));
            session?.Enter();
            AtomicFileSet.Write(made.Select(f => (f.Path, f.Bytes)).ToList());
            var files = made.Select(f => new WrittenFile(f.Path, f.Kind, f.Bytes.Length, Convert.ToHexStringLower(SHA256.HashData(f.Bytes)))).ToList();
            return new EditionReport(job, content.Title, output.Layout.Pages.Count, files, Describe(output.Layout), diagnostics) { PanelFills = fills, Preflighted = preflighted, Accessibility = accessibility, Composition = CompositionOf(output.Layout) };
        }
        catch (BrochureException ex)
        {
            diagnostics.AddRange(ex.Diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputFailed, $"cannot write the '{job.Locale}' edition, so none of its files was written (the earlier ones are as they were): {ex.Message}", SourceLocation.InFile(DisplayPath.For(Path.Combine(options.OutputRoot, job.Manifest.Id)))));
        }

        return Failed(job, diagnostics);
    }

    /// <summary>The files of an edition: <c>output/&lt;id&gt;/&lt;id&gt;.&lt;locale&gt;.pdf</c>, its page PNGs and a thumbnail for the gallery.</summary>
    public IEnumerable<(string Path, string Kind, byte[] Bytes)> OutputFiles(EditionJob job, EditionOutput output, StageTimings? timings = null)
    {
        var folder = Path.Combine(options.OutputRoot, job.Manifest.Id);
        var stem = $"{job.Manifest.Id}.{job.Locale}";
        if (output.ScreenPdf is { } pdf)
        {
            yield return (Path.Combine(folder, stem + OutputFileKind.Pdf.Suffix), OutputFileKind.Pdf.Name, pdf);
        }

        for (var i = 0; i < output.PagePngs.Count; i++)
        {
            yield return (Path.Combine(folder, stem + string.Format(System.Globalization.CultureInfo.InvariantCulture, OutputFileKind.PagePng.Suffix, i + 1)), OutputFileKind.PagePng.Name, output.PagePngs[i]);
        }

        if (output.PrintPdf is { } print)
        {
            yield return (Path.Combine(folder, stem + OutputFileKind.Print.Suffix), OutputFileKind.Print.Name, print);
        }

        if (output.FoldedPng is { } folded)
        {
            yield return (Path.Combine(folder, stem + OutputFileKind.Folded.Suffix), OutputFileKind.Folded.Name, folded);
        }

        if (output.Html is { } html)
        {
            yield return (Path.Combine(folder, stem + OutputFileKind.Html.Suffix), OutputFileKind.Html.Name, html);
        }

        if (output.LargePrintPdf is { } largePrint)
        {
            yield return (Path.Combine(folder, stem + OutputFileKind.LargePrint.Suffix), OutputFileKind.LargePrint.Name, largePrint);
        }

        if (output.Braille is { } braille)
        {
            yield return (Path.Combine(folder, stem + OutputFileKind.Braille.Suffix), OutputFileKind.Braille.Name, braille);
        }

        byte[] thumbnail;
        using (timings?.Stage("thumbnail"))
        {
            thumbnail = CoverThumbnail.Render(output.Layout, ThumbnailDpi);
        }

        yield return (Path.Combine(folder, stem + OutputFileKind.Thumbnail.Suffix), OutputFileKind.Thumbnail.Name, thumbnail);
    }

    // Panels adjusted alike are named together: a spread or tightened edition usually changes
    // every panel the same way, and one line says so.
    private static List<string> Describe(Layout.LaidOutBrochure layout)
    {
        var panelCount = layout.Pages.Sum(p => p.Panels.Count);
        return layout.Adjustments
            .GroupBy(a => a.Description)
            .Select(g => g.Count() == panelCount && panelCount > 1 ? $"every panel: {g.Key}" : $"{string.Join(", ", g.Select(a => a.Panel))}: {g.Key}")
            .ToList();
    }

    private static string? CompositionOf(Layout.LaidOutBrochure layout)
    {
        var cost = layout.CompositionCost;
        if (cost.Total <= 0)
        {
            return null;
        }

        var (name, largest) = cost.Largest();
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"largest cost {name} {largest:0} of {cost.Total:0} ({cost})");
    }

    // What the accessibility checks read: the products of the pipeline, the edition's
    // diagnostics so far and the files it is about to write (the report links to them).
    internal static EditionEvidence Evidence(BrochureTheme theme, EditionOutput output, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<(string Path, string Kind, byte[] Bytes)> made)
    {
        var content = output.Content;
        var files = made
            .Select(f => (File: f, Kind: OutputFileKind.Named(f.Kind)))
            .Where(f => f.Kind?.GalleryLabel is not null)
            .OrderBy(f => f.Kind!.Rank)
            .Select(f => new EditionFile(f.File.Kind, f.Kind == OutputFileKind.PagePng ? string.Format(System.Globalization.CultureInfo.InvariantCulture, f.Kind.GalleryLabel!, Path.GetFileNameWithoutExtension(f.File.Path)[^1]) : f.Kind!.GalleryLabel!, Path.GetFileName(f.File.Path)))
            .ToList();
        return new EditionEvidence(content, theme, output.Layout, BuildDate.Of(content.Brochure, content.Locale, theme.FilePath, theme.Layout.FilePath))
        {
            LanguageName = LanguageNames.Native(content.Locale),
            Diagnostics = diagnostics,
            Screen = output.ScreenReport,
            Print = output.PrintReport is { } print && output.Imposed is { } imposed ? (imposed.Layout, print) : null,
            LargePrint = output.LargePrint is { } large ? (large.Layout, large.Written) : null,
            Html = output.Html,
            BrailleAsked = output.BrailleAsked,
            Braille = output.Braille,
            Files = files,
        };
    }

    // Under --strict, every result worse than the last report's is an error: the edition is not
    // written, so its last good files, and their results, stay the baseline.
    private static IEnumerable<Diagnostic> Regressions(EditionJob job, LocaleContent content, RecordedResults now, RecordedResults baseline) =>
        now.Regressions(baseline).Select(r => Diagnostic.Error(
            DiagnosticCodes.AccessibilityRegressed,
            $"accessibility check {r.Now.Check} ({EvidenceFormat.Named(r.Now.Format)?.Label ?? r.Now.Format}) of the '{job.Locale}' edition regressed from {r.Before.Status.Name()} to {r.Now.Status.Name()} since the last report.json (evaluated {baseline.Evaluated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}): now \"{r.Now.Measured}\", was \"{r.Before.Measured}\"; --strict keeps the earlier files",
            SourceLocation.InFile(DisplayPath.For(content.FilePath))));

    private static EditionReport Failed(EditionJob job, List<Diagnostic> diagnostics) =>
        new(job, job.Manifest.Title ?? job.Manifest.Id, 0, [], [], diagnostics);
}
