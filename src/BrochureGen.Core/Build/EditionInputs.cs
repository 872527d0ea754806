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
        // decides whether the edition is reviewed. Links to folders are not followed (one to '/'
        // would list the machine), and a link that leads out of the folder is no input (reading
        // it is refused): its target's date or bytes must not change the edition's.
        var otherLocales = brochure.Locales.Where(l => l != locale && l != brochure.SourceLocale).ToHashSet(StringComparer.Ordinal);
        var realRoot = SafeFile.RealPath(root);
        return SafeFile.FilesUnder(root)
            .Where(path => Path.GetDirectoryName(path) != root.TrimEnd(Path.DirectorySeparatorChar) || !otherLocales.Contains(LocaleOf(Path.GetFileName(path))))
            .Where(path => SafeFile.TryRealPath(path) is { } real && SafeFile.IsInside(real, realRoot));
    }

    private static string LocaleOf(string fileName) =>
        fileName.EndsWith(Content.Review.ReviewRecord.Extension, StringComparison.Ordinal) ? fileName[..^Content.Review.ReviewRecord.Extension.Length] : Path.GetFileNameWithoutExtension(fileName);
}
