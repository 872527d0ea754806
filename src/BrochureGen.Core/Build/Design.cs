using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Folds;
using BrochureGen.Layout.Theme;
using BrochureGen.Templating;

namespace BrochureGen.Build;

/// <summary>
/// Finds what a brochure's <c>brochure.yaml</c> names — its layout, theme and template — and
/// loads them. A name that does not exist is an error at the line of <c>brochure.yaml</c> that
/// gives it, listing the names that do. Themes are loaded once per layout and shared.
/// </summary>
public static class Design
{
    public static (BrochureTheme Theme, string Template) Resolve(BrochureManifest manifest, string templatesRoot, IDictionary<string, BrochureTheme> cache)
    {
        var diagnostics = new List<Diagnostic>();
        var layouts = FoldLayoutLoader.Available(templatesRoot);
        if (!layouts.Contains(manifest.Layout))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"there is no layout '{manifest.Layout}'{DidYouMean.Suggest(manifest.Layout, layouts)}; layouts are {string.Join(", ", layouts)} (files in templates/layouts)", manifest.LayoutLocation));
        }

        var themes = ThemeLoader.Available(templatesRoot);
        if (!themes.Contains(manifest.Theme))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"there is no theme '{manifest.Theme}'{DidYouMean.Suggest(manifest.Theme, themes)}; themes are {string.Join(", ", themes)} (files in templates/themes)", manifest.ThemeLocation));
        }

        if (manifest.Template is { } invalid && !TemplateRenderer.IsValidName(invalid))
        {
            var templates = TemplateRenderer.Available(templatesRoot);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateNameInvalid, $"'template: {invalid}' must name a folder of templates/, not a path; templates are {string.Join(", ", templates)}", manifest.TemplateLocation));
        }
        else if (manifest.Template is { } named && !File.Exists(Path.Combine(TemplateRenderer.TemplateFolder(templatesRoot, named), TemplateRenderer.EntryTemplateName)))
        {
            var templates = TemplateRenderer.Available(templatesRoot);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateNotFound, $"there is no template '{named}'{DidYouMean.Suggest(named, templates)}; templates are {string.Join(", ", templates)} (folders of templates/ with a {TemplateRenderer.EntryTemplateName})", manifest.TemplateLocation));
        }

        if (diagnostics.Count > 0)
        {
            throw new BrochureException(diagnostics);
        }

        var key = manifest.Theme + "@" + manifest.Layout;
        lock (cache)
        {
            if (!cache.TryGetValue(key, out var theme))
            {
                var layout = FoldLayoutLoader.Load(templatesRoot, manifest.Layout);
                theme = ThemeLoader.Load(templatesRoot, manifest.Theme, layout);
                cache[key] = theme;
            }

            return (theme, manifest.Template ?? theme.Layout.Template);
        }
    }
}
