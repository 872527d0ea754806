using BrochureGen.Build;
using BrochureGen.Content;
using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using BrochureGen.Templating;

namespace BrochureGen.Tests.Support;

/// <summary>The English edition of the sample brochure, built once per test run and shared.</summary>
public static class EnglishEdition
{
    private static readonly Lazy<EditionOutput> Built = new(() => Build(RepoPaths.Content, RepoPaths.Templates, "en"));

    public static EditionOutput Output => Built.Value;

    public static LaidOutBrochure Layout => Output.Layout;

    public static EditionOutput Build(string contentRoot, string templatesRoot, string locale)
    {
        var manifest = ContentLoader.LoadManifest(Path.Combine(contentRoot, "stop-human-trafficking"));
        var theme = ThemeLoader.Load(TemplateRenderer.TemplateFolder(templatesRoot, manifest.Template));
        return EditionPipeline.Run(ContentLoader.LoadLocale(manifest, locale), templatesRoot, theme);
    }

    public static LaidOutBrochure LayOut(string contentRoot, string templatesRoot, string locale)
    {
        var manifest = ContentLoader.LoadManifest(Path.Combine(contentRoot, "stop-human-trafficking"));
        var theme = ThemeLoader.Load(TemplateRenderer.TemplateFolder(templatesRoot, manifest.Template));
        return EditionPipeline.LayOut(ContentLoader.LoadLocale(manifest, locale), templatesRoot, theme);
    }
}
