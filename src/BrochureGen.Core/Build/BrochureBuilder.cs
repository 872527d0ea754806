using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Theme;
using BrochureGen.Templating;

namespace BrochureGen.Build;

/// <summary>The outcome of a build: files written and every diagnostic found.</summary>
public sealed record BuildResult(IReadOnlyList<string> WrittenFiles, IReadOnlyList<Diagnostic> Diagnostics, int EditionsBuilt, bool Interrupted = false)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Builds every brochure under the content folder in every locale it lists. An edition that
/// fails writes nothing; the others are still built, so one run reports every problem.
/// </summary>
public sealed class BrochureBuilder(BuildOptions options)
{
    /// <summary>Builds; <paramref name="onFileWritten"/> hears of each file, <paramref name="onNote"/> of each edition's status and adjustments.</summary>
    public BuildResult Build(Action<string>? onFileWritten = null, Action<string>? onNote = null, CancellationToken cancellation = default)
    {
        var written = new List<string>();
        var diagnostics = new List<Diagnostic>();
        var editions = 0;
        var folders = ContentLoader.FindBrochureFolders(options.ContentRoot);
        if (folders.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ContentFileMissing, $"no brochure found: no folder under '{options.ContentRoot}' has a {ContentLoader.ManifestFileName}"));
        }

        var themes = new Dictionary<string, BrochureTheme>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            BrochureManifest manifest;
            BrochureTheme theme;
            try
            {
                manifest = ContentLoader.LoadManifest(folder);
                if (!themes.TryGetValue(manifest.Template, out theme!))
                {
                    theme = ThemeLoader.Load(TemplateRenderer.TemplateFolder(options.TemplatesRoot, manifest.Template));
                    themes[manifest.Template] = theme;
                }
            }
            catch (BrochureException ex)
            {
                diagnostics.AddRange(ex.Diagnostics);
                continue;
            }

            LocaleContent? source = null;
            foreach (var locale in SelectLocales(manifest))
            {
                if (cancellation.IsCancellationRequested)
                {
                    return new BuildResult(written, diagnostics, editions, Interrupted: true);
                }

                var status = manifest.StatusOf(locale);
                if (options.ReviewedOnly && status != ReviewStatus.Reviewed)
                {
                    onNote?.Invoke($"{manifest.Id} {locale} ({status}): skipped, not reviewed");
                    continue;
                }

                onNote?.Invoke($"{manifest.Id} {locale} ({status})");
                try
                {
                    source ??= ContentLoader.LoadLocale(manifest, manifest.SourceLocale);
                    var content = ContentLoader.LoadLocale(manifest, locale);
                    var findings = TranslationChecker.Check(source, content);
                    diagnostics.AddRange(findings);
                    if (findings.Any(d => d.Severity == Severity.Error))
                    {
                        continue;
                    }

                    var output = EditionPipeline.Run(content, options.TemplatesRoot, theme);
                    foreach (var adjustment in output.Layout.Adjustments)
                    {
                        onNote?.Invoke($"  adjusted {adjustment.Panel}: {adjustment.Description}");
                    }

                    foreach (var (path, bytes) in OutputFiles(manifest, locale, output))
                    {
                        AtomicFileWriter.Write(path, bytes);
                        written.Add(path);
                        onFileWritten?.Invoke(path);
                    }

                    editions++;
                }
                catch (BrochureException ex)
                {
                    diagnostics.AddRange(ex.Diagnostics);
                }
                catch (IOException ex)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputFailed, $"cannot write the '{locale}' edition: {ex.Message}", SourceLocation.InFile(DisplayPath.For(options.OutputRoot))));
                }
                catch (UnauthorizedAccessException ex)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputFailed, $"cannot write the '{locale}' edition: {ex.Message}", SourceLocation.InFile(DisplayPath.For(options.OutputRoot))));
                }
            }
        }

        return new BuildResult(written, diagnostics, editions);
    }

    /// <summary>Where the files of an edition go: <c>output/&lt;id&gt;/&lt;id&gt;.&lt;locale&gt;.pdf</c> and its page PNGs.</summary>
    public IEnumerable<(string Path, byte[] Bytes)> OutputFiles(BrochureManifest manifest, string locale, EditionOutput output)
    {
        var folder = Path.Combine(options.OutputRoot, manifest.Id);
        var stem = $"{manifest.Id}.{locale}";
        yield return (Path.Combine(folder, stem + ".pdf"), output.Pdf);
        for (var i = 0; i < output.PagePngs.Count; i++)
        {
            yield return (Path.Combine(folder, $"{stem}.page-{i + 1}.png"), output.PagePngs[i]);
        }
    }

    private IEnumerable<string> SelectLocales(BrochureManifest manifest) =>
        options.Locales.Count == 0 ? manifest.Locales : manifest.Locales.Where(options.Locales.Contains);
}
