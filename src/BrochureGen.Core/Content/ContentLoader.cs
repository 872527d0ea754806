using System.Globalization;
using BrochureGen.Content.Markdown;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>Loads <c>brochure.yaml</c> and the locale files of one brochure folder.</summary>
public static partial class ContentLoader
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

    /// <summary>The keys <c>brochure.yaml</c> may have.</summary>
    public static readonly IReadOnlyList<string> ManifestKeys =
        ["id", "layout", "theme", "template", "source-locale", "locales", "title", "author", "subject", "keywords", "untranslated-ok", "accessibility-contact"];

    public static BrochureManifest LoadManifest(string brochureFolder)
    {
        // The folder's name is the brochure's id: it names every output file, the gallery's
        // links and the HTML ids, and it comes from whoever sent the folder. Only lower-case
        // letters, digits and single hyphens can be nothing but a name.
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(brochureFolder));
        if (!BrochureId().IsMatch(folderName))
        {
            var shown = string.Concat(folderName.Select(c => char.IsControl(c) || c > '\u007E' ? $"\\u{(int)c:X4}" : c.ToString()));
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.BrochureIdInvalid, $"the brochure folder '{shown}' has a name that cannot be a brochure's id: use lower-case letters, digits and hyphens, e.g. 'carbon-monoxide-safety'", SourceLocation.InFile(DisplayPath.For(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(brochureFolder)) ?? "."))));
        }

        var displayFolder = DisplayPath.For(brochureFolder);
        var manifestPath = Path.Combine(brochureFolder, ManifestFileName);
        CheckFolderIsInside(brochureFolder, displayFolder);
        var root = YamlContentReader.ReadFile(manifestPath, DisplayPath.For(manifestPath), parseInlineMarkup: false, brochureFolder)
            .AsMap(ManifestFileName);
        var diagnostics = new List<Diagnostic>();
        foreach (var (key, value) in root.Entries.Where(e => !ManifestKeys.Contains(e.Key)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"unknown key '{key}'{DidYouMean.Suggest(key, ManifestKeys)}; brochure.yaml may have {string.Join(", ", ManifestKeys)}", value.Location));
        }

        // The id is the folder's name; an 'id' that says otherwise would name the output wrongly.
        var id = Path.GetFileName(Path.TrimEndingDirectorySeparator(brochureFolder));
        if (root.OptionalText("id") is { } idNode && idNode.Raw != id)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"'id: {idNode.Raw}' differs from the folder's name '{id}'; remove 'id' (the folder names the brochure) or rename the folder", idNode.Location));
        }

        var locales = ReadLocales(root);
        var contact = ReadContact(root, diagnostics);
        var sourceNode = root.OptionalText("source-locale");
        var sourceLocale = sourceNode?.Raw
            ?? (locales.Any(l => l.Code == "en") ? "en" : locales.Count == 1 ? locales[0].Code : null);
        if (sourceLocale is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, "say which locale the others are translated from: add 'source-locale: …' (there is no 'en' and more than one locale)", root.Find("locales")!.Location));
        }
        else if (!locales.Any(l => l.Code == sourceLocale))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"the source locale '{sourceLocale}' is not in 'locales'", sourceNode?.Location ?? root.Location));
        }

        var format = DetectFormat(brochureFolder, locales, diagnostics);
        var template = root.OptionalText("template");
        if (format == ContentFormat.Yaml && template is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, "YAML content needs its own template: add 'template: NAME' (a folder of templates/ with a brochure.sbn), or write the content as Markdown (<locale>.md)", root.Location));
        }

        if (diagnostics.Count > 0)
        {
            throw new BrochureException(diagnostics);
        }

        var layout = root.OptionalText("layout");
        var theme = root.OptionalText("theme");
        CheckLocaleFiles(brochureFolder, locales, format);
        var untranslatedOk = root.TextList("untranslated-ok");
        if (UntranslatedNames.FindKeyPatterns(untranslatedOk, format == ContentFormat.Yaml && untranslatedOk.Count > 0 ? YamlSource(brochureFolder, sourceLocale!) : null, PhoneNumbers.For(sourceLocale!)) is [_, ..] keyPatterns)
        {
            throw new BrochureException(keyPatterns);
        }

        return new BrochureManifest(
            id,
            format,
            layout?.Raw ?? DefaultLayout,
            theme?.Raw ?? DefaultTheme,
            template?.Raw,
            sourceLocale!,
            locales,
            root.OptionalText("title")?.Raw,
            root.OptionalText("author")?.Raw,
            root.OptionalText("subject")?.Raw,
            root.TextList("keywords").Select(k => k.Raw).ToList(),
            untranslatedOk.Select(k => k.Raw).ToList(),
            brochureFolder,
            displayFolder,
            layout?.Location ?? SourceLocation.InFile(DisplayPath.For(manifestPath)),
            theme?.Location ?? SourceLocation.InFile(DisplayPath.For(manifestPath)),
            template?.Location)
        {
            AccessibilityContact = contact,
        };
    }

    // The source's keys, to tell an 'untranslated-ok' entry that is one of them; a file that does
    // not read is reported when its locale is loaded.
    private static ContentMap? YamlSource(string brochureFolder, string sourceLocale)
    {
        var path = Path.Combine(brochureFolder, sourceLocale + ".yaml");
        try
        {
            return YamlContentReader.ReadFile(path, DisplayPath.For(path), parseInlineMarkup: true, brochureFolder) as ContentMap;
        }
        catch (BrochureException)
        {
            return null;
        }
    }

    // Whom a reader asks for another format (the accessibility statement prints it). An address
    // must be one a link can safely lead to: the statement makes tel:, mailto: and https: links.
    private static AccessibilityContact? ReadContact(ContentMap root, List<Diagnostic> diagnostics)
    {
        if (root.Find("accessibility-contact") is not { } node)
        {
            return null;
        }

        if (node is not ContentMap map)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"'accessibility-contact' must have keys ({string.Join(", ", AccessibilityContact.Keys)}), e.g. 'phone: 860-550-6632' on the next line, indented", node.Location));
            return null;
        }

        foreach (var (key, value) in map.Entries.Where(e => !AccessibilityContact.Keys.Contains(e.Key)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"unknown key '{key}' in 'accessibility-contact'{DidYouMean.Suggest(key, AccessibilityContact.Keys)}; it may have {string.Join(", ", AccessibilityContact.Keys)}", value.Location));
        }

        var refused = false;
        string? Text(string key, Func<string, bool> valid, string expected)
        {
            var text = map.OptionalText(key);
            if (text is not null && !valid(text.Raw.Trim()))
            {
                refused = true;
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"'accessibility-contact: {key}' {expected}", text.Location));
                return null;
            }

            return text?.Raw.Trim();
        }

        var contact = new AccessibilityContact(
            Text("name", t => t.Length > 0, "is empty"),
            Text("phone", t => ContactPhone().IsMatch(t), "must be a phone number of digits, spaces, hyphens, dots and brackets, with an optional leading +"),
            Text("email", t => ContactEmail().IsMatch(t), "must be an e-mail address (name@example.org)"),
            Text("web", t => t.StartsWith("https://", StringComparison.Ordinal) && Uri.TryCreate(t, UriKind.Absolute, out _), "must be an https:// address"));
        if (contact.Phone is null && contact.Email is null && contact.Web is null && !refused)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, "'accessibility-contact' needs a way to reach someone: 'phone', 'email' or 'web'", map.Location));
        }

        return contact;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^\\+?[0-9][0-9 .()\\-]{3,30}[0-9]$")]
    private static partial System.Text.RegularExpressions.Regex ContactPhone();

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}$")]
    private static partial System.Text.RegularExpressions.Regex ContactEmail();

    // A brochure folder is a folder of the content folder: one that is a link to a folder
    // elsewhere would make "inside the brochure's folder" mean anywhere on the machine.
    private static void CheckFolderIsInside(string brochureFolder, string displayFolder)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(brochureFolder));
        if (Path.GetDirectoryName(folder) is not { } contentRoot)
        {
            return;
        }

        var real = SafeFile.TryRealPath(folder);
        if (real is null || !SafeFile.IsInside(real, SafeFile.TryRealPath(contentRoot) ?? contentRoot))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.BrochureFolderOutside, $"the brochure folder is a link to '{real ?? "a loop of links"}', outside the content folder; brochure folders must be inside it", SourceLocation.InFile(displayFolder)));
        }
    }

    /// <summary>The layout of a brochure whose <c>brochure.yaml</c> names none.</summary>
    public const string DefaultLayout = "trifold-letter";

    /// <summary>The theme of a brochure whose <c>brochure.yaml</c> names none.</summary>
    public const string DefaultTheme = "civic";

    // Every locale of a brochure is written the same way: Markdown (<locale>.md) or YAML keys.
    private static ContentFormat DetectFormat(string folder, IReadOnlyList<LocaleEntry> locales, List<Diagnostic> diagnostics)
    {
        var markdown = locales.Where(l => File.Exists(Path.Combine(folder, l.Code + ".md"))).ToList();
        var yaml = locales.Where(l => File.Exists(Path.Combine(folder, l.Code + ".yaml"))).ToList();
        foreach (var both in markdown.Intersect(yaml))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"locale '{both.Code}' has both {both.Code}.md and {both.Code}.yaml; keep one", both.Location));
        }

        if (markdown.Count > 0 && yaml.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"every locale of a brochure is written the same way, but {string.Join(", ", markdown.Select(l => l.Code + ".md"))} and {string.Join(", ", yaml.Select(l => l.Code + ".yaml"))} differ", yaml[0].Location));
        }

        return yaml.Count > 0 && markdown.Count == 0 ? ContentFormat.Yaml : ContentFormat.Markdown;
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
    private static void CheckLocaleFiles(string folder, IReadOnlyList<LocaleEntry> locales, ContentFormat format)
    {
        var extension = format == ContentFormat.Markdown ? ".md" : ".yaml";
        var diagnostics = new List<Diagnostic>();
        foreach (var locale in locales.Where(l => !File.Exists(Path.Combine(folder, l.Code + extension))))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ContentFileMissing, $"locale '{locale.Code}' is listed but {locale.Code}{extension} does not exist (create it with 'new-locale')", locale.Location));
        }

        foreach (var file in Directory.GetFiles(folder, "*" + extension).Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileNameWithoutExtension(file);
            if (Path.GetFileName(file) != ManifestFileName && !locales.Any(l => l.Code == code))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"{code}{extension} is not listed under 'locales' in {ManifestFileName}; add '{code}: draft' there or remove the file", SourceLocation.InFile(DisplayPath.For(file))));
            }
        }

        if (diagnostics.Count > 0)
        {
            throw new BrochureException(diagnostics);
        }
    }

    public static LocaleContent LoadLocale(BrochureManifest brochure, string locale) => LoadLocale(brochure, locale, markSourceLanguageNames: true);

    /// <summary>
    /// One locale's content. <paramref name="markSourceLanguageNames"/> false keeps a
    /// translation as its translator wrote it, without the <c>untranslated-ok</c> names marked as
    /// the source's language (XLIFF export and import, which round-trip the file's own text).
    /// </summary>
    public static LocaleContent LoadLocale(BrochureManifest brochure, string locale, bool markSourceLanguageNames)
    {
        var path = brochure.ContentFile(locale);
        var display = DisplayPath.For(path);
        if (brochure.Format == ContentFormat.Markdown)
        {
            return LoadMarkdown(brochure, locale, ContentFile.ReadText(path, display, brochure.Directory, FileKind.Content), path, markSourceLanguageNames);
        }

        var root = YamlContentReader.ReadFile(path, display, parseInlineMarkup: true, brochure.Directory).AsMap($"{locale}.yaml");
        ControlCharacters.Check(root);
        if (ContentCounts.Check(root) is [_, ..] tooLong)
        {
            throw new BrochureException(tooLong);
        }

        if (locale != brochure.SourceLocale && markSourceLanguageNames)
        {
            root = SourceLanguageNames.Mark(root, brochure.UntranslatedOk, brochure.SourceLocale);
        }

        // The locale file may translate the metadata; otherwise the manifest's (source language) values apply.
        var yamlMeta = root.Find("meta") as ContentMap;
        var title = yamlMeta?.OptionalText("title")?.PlainText ?? brochure.Title ?? brochure.Id;
        var subject = yamlMeta?.OptionalText("subject")?.PlainText ?? brochure.Subject ?? string.Empty;
        var keywords = yamlMeta?.Find("keywords") is not null ? yamlMeta.TextList("keywords").Select(k => k.PlainText).ToList() : brochure.Keywords;
        return new LocaleContent(brochure, locale, root, title, subject, keywords, path);
    }

    /// <summary>
    /// A locale's Markdown content from its text, with every check a file on disk gets (control
    /// characters, counts); <paramref name="path"/> is where it is (or will be) written.
    /// </summary>
    public static LocaleContent LoadMarkdown(BrochureManifest brochure, string locale, string text, string path, bool markSourceLanguageNames = true)
    {
        var display = DisplayPath.For(path);
        var (markdown, warnings) = MarkdownContentReader.Read(text, display, brochure.PhoneNumbersOf(locale));
        ControlCharacters.Check(markdown);
        if (ContentCounts.Check(markdown, SourceLocation.InFile(display)) is [_, ..] tooMany)
        {
            throw new BrochureException(tooMany);
        }

        if (locale != brochure.SourceLocale && markSourceLanguageNames)
        {
            markdown = SourceLanguageNames.Mark(markdown, brochure.UntranslatedOk, brochure.SourceLocale);
        }

        var meta = markdown.Meta;
        return new LocaleContent(
            brochure,
            locale,
            new ContentMap(string.Empty, SourceLocation.InFile(display), []),
            markdown.Title.PlainText.Trim(),
            meta.Subject?.Raw ?? brochure.Subject ?? string.Empty,
            meta.Keywords.Count > 0 ? meta.Keywords.Select(k => k.Raw).ToList() : brochure.Keywords,
            path,
            markdown,
            warnings);
    }

    /// <summary>True for a name that can be a brochure's id (and so a folder name that stays inside the content folder).</summary>
    public static bool IsBrochureId(string name) => BrochureId().IsMatch(name);

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial System.Text.RegularExpressions.Regex BrochureId();

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
