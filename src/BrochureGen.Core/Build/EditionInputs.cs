using BrochureGen.Content;

namespace BrochureGen.Build;

/// <summary>
/// The files of a brochure's folder one edition reads: the manifest, images and other assets,
/// the source locale's content and its own — not the other translations. Used for the build
/// date and the input fingerprint, so that editing the Spanish file changes neither for Korean.
/// </summary>
public static class EditionInputs
{
    public static IEnumerable<string> Files(BrochureManifest brochure, string locale)
    {
        var root = Path.GetFullPath(brochure.Directory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        // A translation's review record (es.review.lock) belongs to it like its content: it
        // decides whether the edition is reviewed.
        var otherLocales = brochure.Locales.Where(l => l != locale && l != brochure.SourceLocale).ToHashSet(StringComparer.Ordinal);
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetDirectoryName(path) != root.TrimEnd(Path.DirectorySeparatorChar) || !otherLocales.Contains(LocaleOf(Path.GetFileName(path))))
            .Order(StringComparer.Ordinal);
    }

    private static string LocaleOf(string fileName) =>
        fileName.EndsWith(Content.Review.ReviewRecord.Extension, StringComparison.Ordinal) ? fileName[..^Content.Review.ReviewRecord.Extension.Length] : Path.GetFileNameWithoutExtension(fileName);
}
