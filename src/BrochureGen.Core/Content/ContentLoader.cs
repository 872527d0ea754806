using System.Globalization;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>Loads <c>brochure.yaml</c> and the locale files of one brochure folder.</summary>
public static class ContentLoader
{
    public const string ManifestFileName = "brochure.yaml";

    /// <summary>Every folder under <paramref name="contentRoot"/> that has a <c>brochure.yaml</c>, in name order.</summary>
    public static IReadOnlyList<string> FindBrochureFolders(string contentRoot) =>
        Directory.Exists(contentRoot)
            ? Directory.GetDirectories(contentRoot)
                .Where(d => File.Exists(Path.Combine(d, ManifestFileName)))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public static BrochureManifest LoadManifest(string brochureFolder)
    {
        var displayFolder = DisplayPath.For(brochureFolder);
        var manifestPath = Path.Combine(brochureFolder, ManifestFileName);
        var root = YamlContentReader.ReadFile(manifestPath, DisplayPath.For(manifestPath), parseInlineMarkup: false)
            .AsMap(ManifestFileName);

        var id = root.RequiredText("id");
        var locales = root.TextList("locales");
        if (locales.Count == 0)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, "'locales' must list at least one locale", root.Location));
        }

        foreach (var locale in locales)
        {
            if (!IsValidLanguageTag(locale.Raw))
            {
                throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"'{locale.Raw}' is not a valid language tag (expected something like en, es, pt-BR or zh-Hans)", locale.Location));
            }
        }

        var sourceLocale = root.RequiredText("source-locale");
        if (!locales.Any(l => l.Raw == sourceLocale.Raw))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"the source locale '{sourceLocale.Raw}' is not in 'locales'", sourceLocale.Location));
        }

        return new BrochureManifest(
            id.Raw,
            root.RequiredText("template").Raw,
            sourceLocale.Raw,
            locales.Select(l => l.Raw).ToList(),
            root.RequiredText("title").Raw,
            root.RequiredText("author").Raw,
            root.OptionalText("subject")?.Raw ?? string.Empty,
            root.TextList("keywords").Select(k => k.Raw).ToList(),
            brochureFolder,
            displayFolder);
    }

    public static LocaleContent LoadLocale(BrochureManifest brochure, string locale)
    {
        var path = Path.Combine(brochure.Directory, locale + ".yaml");
        var root = YamlContentReader.ReadFile(path, DisplayPath.For(path), parseInlineMarkup: true).AsMap($"{locale}.yaml");
        UnsupportedScripts.Check(root);

        // The locale file may translate the metadata; otherwise the manifest's (source language) values apply.
        var meta = root.Find("meta") as ContentMap;
        var title = meta?.OptionalText("title")?.PlainText ?? brochure.Title;
        var subject = meta?.OptionalText("subject")?.PlainText ?? brochure.Subject;
        var keywords = meta?.Find("keywords") is not null ? meta.TextList("keywords").Select(k => k.PlainText).ToList() : brochure.Keywords;
        return new LocaleContent(brochure, locale, root, title, subject, keywords, path);
    }

    // BCP 47 shape (language[-script][-region]) plus a check that .NET knows the language.
    private static bool IsValidLanguageTag(string tag)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(tag, "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"))
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(tag, predefinedOnly: true).EnglishName.StartsWith("Unknown", StringComparison.Ordinal);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
