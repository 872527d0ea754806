using System.Globalization;
using System.Text;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>
/// Starts a translation: writes <c>&lt;locale&gt;.yaml</c> with the source locale's keys, every
/// value marked for translation (values made only of phone numbers, addresses and names listed
/// under <c>untranslated-ok</c> are copied as they are), and adds the locale to <c>brochure.yaml</c> as a draft.
/// </summary>
public static class LocaleScaffolder
{
    /// <summary>Returns the paths written: the new locale file and the updated manifest.</summary>
    public static IReadOnlyList<string> Create(string brochureFolder, string locale, Action<string, byte[]> writeFile)
    {
        var manifestPath = Path.Combine(brochureFolder, ContentLoader.ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ContentFileMissing, $"no brochure here: {ContentLoader.ManifestFileName} not found", SourceLocation.InFile(DisplayPath.For(brochureFolder))));
        }

        var manifest = ContentLoader.LoadManifest(brochureFolder);
        var target = manifest.ContentFile(locale);
        if (!ContentLoader.IsValidLanguageTag(locale))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"'{locale}' is not a valid language tag (expected something like fr, pt-BR or zh-Hans)"));
        }

        if (File.Exists(target) || manifest.Locales.Contains(locale))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"locale '{locale}' already exists; edit {Path.GetFileName(target)} instead", SourceLocation.InFile(DisplayPath.For(target))));
        }

        var source = ContentLoader.LoadLocale(manifest, manifest.SourceLocale);
        if (source.Markdown is { } markdown)
        {
            var scaffold = Markdown.MarkdownScaffolder.Mark(ReadText(source.FilePath, brochureFolder), markdown, manifest, locale, LanguageName(locale));
            writeFile(target, Encoding.UTF8.GetBytes(scaffold));
            writeFile(manifestPath, Encoding.UTF8.GetBytes(ManifestEditor.AddDraftLocale(ReadText(manifestPath, brochureFolder), locale)));
            return [target, manifestPath];
        }

        var phones = manifest.PhoneNumbersOf(locale);
        Func<string, bool> needsTranslation = text => UntranslatedNames.HasOwnWords(text, manifest.UntranslatedOk, phones);
        var text = new StringBuilder();
        var language = LanguageName(locale);
        text.Append(CultureInfo.InvariantCulture, $"# {language} edition of {manifest.Id}, started from {manifest.SourceLocale}.yaml.\n");
        text.Append("# Translate every value and remove its \"TODO(translate): \" marker; the build refuses\n");
        text.Append("# values that still have it. Keep phone numbers, web addresses, statute numbers and\n");
        text.Append("# **bold** / [link](...) marks as they are. The brochure builds as a draft until\n");
        text.Append("# brochure.yaml marks this locale 'reviewed'.\n");
        Emit(text, source.Root, indent: 0, needsTranslation);

        writeFile(target, Encoding.UTF8.GetBytes(text.ToString()));
        writeFile(manifestPath, Encoding.UTF8.GetBytes(ManifestEditor.AddDraftLocale(ReadText(manifestPath, brochureFolder), locale)));
        return [target, manifestPath];
    }

    // As every content file is read (SafeFile: inside the brochure's folder, a regular file, within the limit).
    private static string ReadText(string path, string brochureFolder) =>
        ContentFile.ReadText(path, DisplayPath.For(path), brochureFolder, FileKind.Content);

    private static void Emit(StringBuilder text, ContentMap map, int indent, Func<string, bool> needsTranslation)
    {
        foreach (var (key, value) in map.Entries)
        {
            text.Append(' ', indent).Append(key).Append(':');
            EmitValue(text, value, indent, needsTranslation);
        }
    }

    private static void EmitValue(StringBuilder text, ContentNode value, int indent, Func<string, bool> needsTranslation)
    {
        switch (value)
        {
            case ContentText scalar:
                var marked = needsTranslation(scalar.PlainText) ? TranslationChecker.UntranslatedMarker + scalar.Raw : scalar.Raw;
                text.Append(' ').Append(Quote(marked)).Append('\n');
                break;
            case ContentMap nested:
                text.Append('\n');
                Emit(text, nested, indent + 2, needsTranslation);
                break;
            case ContentList list:
                text.Append('\n');
                foreach (var item in list.Items)
                {
                    text.Append(' ', indent + 2).Append('-');
                    if (item is ContentMap itemMap)
                    {
                        // The first key goes on the dash's line, the others below it.
                        var first = true;
                        foreach (var (key, entry) in itemMap.Entries)
                        {
                            text.Append(first ? " " : new string(' ', indent + 4)).Append(key).Append(':');
                            EmitValue(text, entry, indent + 4, needsTranslation);
                            first = false;
                        }
                    }
                    else
                    {
                        EmitValue(text, item, indent + 2, needsTranslation);
                    }
                }

                break;
        }
    }

    private static string LanguageName(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(locale).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return locale;
        }
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
