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
        var locales = ReadLocales(root);
        var sourceLocale = root.RequiredText("source-locale");
        if (!locales.Any(l => l.Code == sourceLocale.Raw))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"the source locale '{sourceLocale.Raw}' is not in 'locales'", sourceLocale.Location));
        }

        CheckLocaleFiles(brochureFolder, locales);
        return new BrochureManifest(
            id.Raw,
            root.RequiredText("template").Raw,
            sourceLocale.Raw,
            locales,
            root.RequiredText("title").Raw,
            root.RequiredText("author").Raw,
            root.OptionalText("subject")?.Raw ?? string.Empty,
            root.TextList("keywords").Select(k => k.Raw).ToList(),
            root.TextList("untranslated-ok").Select(k => k.Raw).ToList(),
            brochureFolder,
            displayFolder);
    }

    // locales: { en: reviewed, es: draft }: each language and whether a person has reviewed it.
    private static List<LocaleEntry> ReadLocales(ContentMap root)
    {
        var node = root.Find("locales") as ContentMap
            ?? throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, "'locales' must map each locale to its review status, e.g. 'en: reviewed' and 'es: draft'", (root.Find("locales") ?? root).Location));
        var locales = new List<LocaleEntry>();
        foreach (var (code, value) in node.Entries)
        {
            if (!IsValidLanguageTag(code))
            {
                throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"'{code}' is not a valid language tag (expected something like en, es, pt-BR or zh-Hans)", value.Location with { Column = 3 }));
            }

            var status = (value as ContentText)?.Raw;
            if (status is not (ReviewStatus.Reviewed or ReviewStatus.Draft))
            {
                throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"the review status of '{code}' must be '{ReviewStatus.Reviewed}' or '{ReviewStatus.Draft}'", value.Location));
            }

            locales.Add(new LocaleEntry(code, status, value.Location));
        }

        return locales.Count > 0 ? locales : throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, "'locales' must list at least one locale", node.Location));
    }

    // Every listed locale has a file, and every locale file is listed: a forgotten entry would
    // silently drop an edition.
    private static void CheckLocaleFiles(string folder, IReadOnlyList<LocaleEntry> locales)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var locale in locales.Where(l => !File.Exists(Path.Combine(folder, l.Code + ".yaml"))))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ContentFileMissing, $"locale '{locale.Code}' is listed but {locale.Code}.yaml does not exist (create it with 'new-locale')", locale.Location));
        }

        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileNameWithoutExtension(file);
            if (Path.GetFileName(file) != ManifestFileName && !locales.Any(l => l.Code == code))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"{code}.yaml is not listed under 'locales' in {ManifestFileName}; add '{code}: draft' there or remove the file", SourceLocation.InFile(DisplayPath.For(file))));
            }
        }

        if (diagnostics.Count > 0)
        {
            throw new BrochureException(diagnostics);
        }
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

    /// <summary>BCP 47 shape (language[-script][-region]) with an ISO 639 language .NET or the ISO 639-1 list knows.</summary>
    public static bool IsValidLanguageTag(string tag)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(tag, "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"))
        {
            return false;
        }

        var language = tag.Split('-')[0];
        if (language.Length == 2 && Iso639Part1.Contains(language))
        {
            return true;
        }

        try
        {
            // ICU does not know every language (Haitian Creole, say), hence the list above.
            return !CultureInfo.GetCultureInfo(tag, predefinedOnly: true).EnglishName.StartsWith("Unknown", StringComparison.Ordinal);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static readonly HashSet<string> Iso639Part1 =
    [
        .. ("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy "
        + "ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv "
        + "mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw "
        + "ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu").Split(' '),
    ];
}
