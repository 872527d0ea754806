using BrochureGen.Content;
using BrochureGen.Content.Review;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Theme;
using BrochureGen.Templating;

namespace BrochureGen.Build;

/// <summary>One edition to build: a brochure in one locale, with its theme (on its layout) and the template that writes its markup.</summary>
public sealed record EditionJob(int Order, BrochureManifest Manifest, string Locale, BrochureTheme Theme, string Template)
{
    /// <summary>The blocks of a reviewed translation that changed since their review (<see cref="ReviewState"/>).</summary>
    public IReadOnlyList<StaleBlock> StaleBlocks { get; init; } = [];

    /// <summary>What the review state says about this edition: a warning per stale block, or a missing record.</summary>
    public IReadOnlyList<Diagnostic> ReviewFindings { get; init; } = [];

    /// <summary>The manifest's status, except that a reviewed translation with a block that needs review counts as a draft.</summary>
    public string Status => StaleBlocks.Count > 0 ? ReviewStatus.Draft : Manifest.StatusOf(Locale);
}

/// <summary>
/// The editions a build will make, the ones it skips and why, and the problems found while
/// planning. <paramref name="Catalogue"/> is every edition the content folder defines, whatever
/// the filters: the order of <c>report.json</c> and <c>index.html</c>, and what they may keep.
/// </summary>
public sealed record BuildPlan(IReadOnlyList<EditionJob> Jobs, IReadOnlyList<string> Skipped, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<(string Brochure, string Locale)> Catalogue)
{
    /// <summary>Loads every manifest and theme and applies the filters of <paramref name="options"/>.</summary>
    public static BuildPlan Make(BuildOptions options)
    {
        var jobs = new List<EditionJob>();
        var skipped = new List<string>();
        var diagnostics = new List<Diagnostic>();
        var folders = ContentLoader.FindBrochureFolders(options.ContentRoot);
        if (folders.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ContentFileMissing, $"no brochure found: no folder under '{options.ContentRoot}' has a {ContentLoader.ManifestFileName}"));
        }

        var themes = new Dictionary<string, BrochureTheme>(StringComparer.Ordinal);
        var order = 0;
        foreach (var folder in folders)
        {
            if (options.Brochures is { Count: > 0 } wanted && !wanted.Contains(Path.GetFileName(folder)))
            {
                continue;
            }

            try
            {
                var manifest = ContentLoader.LoadManifest(folder);
                var (theme, template) = Design.Resolve(manifest, options.TemplatesRoot, themes);
                foreach (var locale in manifest.Locales.Where(l => options.Locales.Count == 0 || options.Locales.Contains(l)))
                {
                    var (stale, findings) = ReviewState.Of(manifest, locale);
                    var job = new EditionJob(order++, manifest, locale, theme, template) { StaleBlocks = stale, ReviewFindings = findings };
                    if (options.ReviewedOnly && job.Status != ReviewStatus.Reviewed)
                    {
                        skipped.Add($"{manifest.Id} {locale} ({ReviewSummary.Of(job)}): skipped, {(stale.Count > 0 ? $"{stale.Count} block(s) need review" : "not reviewed")}");
                        continue;
                    }

                    jobs.Add(job);
                }
            }
            catch (BrochureException ex)
            {
                diagnostics.AddRange(ex.Diagnostics);
            }
        }

        if (options.Shard is var (index, count))
        {
            jobs = jobs.Where((_, position) => position % count == index - 1).ToList();
        }

        return new BuildPlan(jobs, skipped, diagnostics, CatalogueOf(options.ContentRoot));
    }

    /// <summary>Every edition the content folder defines, in build order (brochure folders, then each manifest's locales).</summary>
    public static IReadOnlyList<(string Brochure, string Locale)> CatalogueOf(string contentRoot)
    {
        var catalogue = new List<(string, string)>();
        foreach (var folder in ContentLoader.FindBrochureFolders(contentRoot))
        {
            try
            {
                var manifest = ContentLoader.LoadManifest(folder);
                catalogue.AddRange(manifest.Locales.Select(l => (manifest.Id, l)));
            }
            catch (BrochureException)
            {
                // A manifest that does not load is reported when its brochure is built.
            }
        }

        return catalogue;
    }
}
