using System.Security.Cryptography;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Rendering.Png;

namespace BrochureGen.Build;

/// <summary>
/// Builds one edition: checks the translation, lays it out, renders what was asked for and
/// writes the files. Nothing is written unless every step succeeded, and then every file or
/// none. Files are written only while <paramref name="session"/> holds the output folder (null:
/// the <c>check</c> command, which writes nothing).
/// </summary>
public sealed class EditionBuilder(BuildOptions options, OutputSession? session)
{
    public const double ThumbnailDpi = 36;

    public EditionReport Build(EditionJob job)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            var source = ContentLoader.LoadLocale(job.Manifest, job.Manifest.SourceLocale);
            var content = job.Locale == job.Manifest.SourceLocale ? source : ContentLoader.LoadLocale(job.Manifest, job.Locale);
            diagnostics.AddRange(content.ReadWarnings);
            diagnostics.AddRange(TranslationChecker.Check(source, content));
            diagnostics.AddRange(job.ReviewFindings);
            var design = ContentDesignCheck.Check(content, job.Theme);
            diagnostics.AddRange(design);
            if (design.Count > 0)
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

            if (diagnostics.Any(d => d.Severity == Severity.Error))
            {
                return Failed(job, diagnostics);
            }

            var printFile = Path.Combine(options.OutputRoot, job.Manifest.Id, $"{job.Manifest.Id}.{job.Locale}{OutputFileKind.Print.Suffix}");
            // check runs what can fail without writing: preflight (print) and braille translation.
            var kinds = options.WriteFiles ? options.Kinds : EditionKinds.Print | EditionKinds.Braille;
            var output = EditionPipeline.Run(content, options.TemplatesRoot, job.Theme, job.Template, kinds, options.ProofOverlay, DisplayPath.For(printFile), options.SoftProof);
            var contentFile = SourceLocation.InFile(DisplayPath.For(content.FilePath));
            diagnostics.AddRange(output.Layout.Warnings.Select(w => w.Location is null ? w with { Location = contentFile } : w));
            diagnostics.AddRange(output.Preflight);
            diagnostics.AddRange(output.AlternativeFormatFindings);
            var fills = output.Layout.PanelsInReadingOrder.Select(p => (p.Slot, p.Fill)).ToList();
            var preflighted = output.PrintPdf is not null;
            if (!options.WriteFiles || diagnostics.Any(d => d.Severity == Severity.Error))
            {
                return new EditionReport(job, content.Title, output.Layout.Pages.Count, [], output.Layout.Adjustments.Select(Describe).ToList(), diagnostics) { PanelFills = fills, Preflighted = preflighted };
            }

            // Every file is made before the first is written, and they are published together
            // (AtomicFileSet): an edition is on disk whole or not at all.
            var made = OutputFiles(job, output).ToList();
            session?.Enter();
            AtomicFileSet.Write(made.Select(f => (f.Path, f.Bytes)).ToList());
            var files = made.Select(f => new WrittenFile(f.Path, f.Kind, f.Bytes.Length, Convert.ToHexStringLower(SHA256.HashData(f.Bytes)))).ToList();
            return new EditionReport(job, content.Title, output.Layout.Pages.Count, files, output.Layout.Adjustments.Select(Describe).ToList(), diagnostics) { PanelFills = fills, Preflighted = preflighted };
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
    public IEnumerable<(string Path, string Kind, byte[] Bytes)> OutputFiles(EditionJob job, EditionOutput output)
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

        yield return (Path.Combine(folder, stem + OutputFileKind.Thumbnail.Suffix), OutputFileKind.Thumbnail.Name, PngRenderer.Render(output.Layout.Pages[0], ThumbnailDpi));
    }

    private static string Describe(Layout.LayoutAdjustment adjustment) => $"{adjustment.Panel}: {adjustment.Description}";

    private static EditionReport Failed(EditionJob job, List<Diagnostic> diagnostics) =>
        new(job, job.Manifest.Title ?? job.Manifest.Id, 0, [], [], diagnostics);
}
