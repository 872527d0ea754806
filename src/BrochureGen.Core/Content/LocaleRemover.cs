using System.Text;
using BrochureGen.Content.Review;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>
/// <c>remove-locale &lt;brochure&gt; &lt;locale&gt;</c>: the locale's line in <c>brochure.yaml</c>,
/// its content file and its review record. The source locale cannot be removed: every
/// translation is checked against it.
/// </summary>
public static class LocaleRemover
{
    /// <summary>What removing <paramref name="locale"/> would change: the manifest (edited) and the files (deleted).</summary>
    public static (string Manifest, IReadOnlyList<string> Deleted) Plan(string brochureFolder, string locale)
    {
        var manifest = ContentLoader.LoadManifest(brochureFolder);
        var manifestPath = Path.Combine(brochureFolder, ContentLoader.ManifestFileName);
        if (!manifest.Locales.Contains(locale))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.LocaleRemoval, $"'{manifest.Id}' has no locale '{locale}'{DidYouMean.Suggest(locale, manifest.Locales)}; it has {string.Join(", ", manifest.Locales)}", SourceLocation.InFile(DisplayPath.For(manifestPath))));
        }

        if (locale == manifest.SourceLocale)
        {
            var at = manifest.LocaleEntries.Single(l => l.Code == locale).Location;
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.LocaleRemoval, $"'{locale}' is the source locale, which every translation is checked against; to remove it, first make another locale the source ('source-locale:')", at));
        }

        var deleted = new[] { manifest.ContentFile(locale), ReviewRecord.PathFor(manifest, locale) }.Where(File.Exists).ToList();
        return (manifestPath, deleted);
    }

    /// <summary>
    /// Removes the locale. The manifest is written first (atomically, by <paramref name="writeFile"/>):
    /// should deleting a file then fail, the build names the leftover file as unlisted, rather
    /// than a listed locale missing its file.
    /// </summary>
    public static (string Manifest, IReadOnlyList<string> Deleted) Remove(string brochureFolder, string locale, Action<string, byte[]> writeFile)
    {
        var (manifestPath, deleted) = Plan(brochureFolder, locale);
        writeFile(manifestPath, Encoding.UTF8.GetBytes(ManifestEditor.RemoveLocale(ManifestEditor.Read(manifestPath), locale)));
        foreach (var file in deleted)
        {
            File.Delete(file);
        }

        return (manifestPath, deleted);
    }
}
