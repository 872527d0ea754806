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

    public static EditionOutput Build(string contentRoot, string templatesRoot, string locale, EditionKinds kinds = EditionKinds.All, string brochure = SampleId)
    {
        var (manifest, theme, template) = Resolve(contentRoot, templatesRoot, brochure);
        return EditionPipeline.Run(ContentLoader.LoadLocale(manifest, locale), templatesRoot, theme, template, kinds);
    }

    public static LaidOutBrochure LayOut(string contentRoot, string templatesRoot, string locale, string brochure = SampleId)
    {
        var (manifest, theme, template) = Resolve(contentRoot, templatesRoot, brochure);
        return EditionPipeline.LayOut(ContentLoader.LoadLocale(manifest, locale), templatesRoot, theme, template);
    }

    /// <summary>The sample's locales, in the order its brochure.yaml lists them.</summary>
    public static readonly IReadOnlyList<string> SampleLocales = ["en", "es", "pt-BR", "vi", "zh-Hans", "ht", "ar", "fa", "hi", "ko", "uk"];

    /// <summary>The sample brochure every test that needs real content names explicitly.</summary>
    public const string SampleId = "stop-human-trafficking";

    public static (BrochureManifest Manifest, BrochureTheme Theme, string Template) Resolve(string contentRoot, string templatesRoot, string brochure = SampleId)
    {
        var manifest = ContentLoader.LoadManifest(Path.Combine(contentRoot, brochure));
        var (theme, template) = Design.Resolve(manifest, templatesRoot, new Dictionary<string, BrochureTheme>());
        return (manifest, theme, template);
    }
}
