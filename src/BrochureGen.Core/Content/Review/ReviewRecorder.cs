using System.Text;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content.Review;

/// <summary>
/// <c>review &lt;brochure&gt; --locale L</c>: a person who reads the language has read the
/// translation as it is now. Writes its review record (every block against the current source)
/// and marks the locale <c>reviewed</c> in <c>brochure.yaml</c>. A translation that fails its
/// checks cannot be recorded as reviewed: the errors come first.
/// </summary>
public static class ReviewRecorder
{
    /// <summary>Returns the files written and how many blocks the record holds.</summary>
    public static (IReadOnlyList<string> Written, int Blocks) Record(string brochureFolder, string locale, Action<string, byte[]> writeFile)
    {
        var manifest = ContentLoader.LoadManifest(brochureFolder);
        var manifestPath = Path.Combine(brochureFolder, ContentLoader.ManifestFileName);
        if (!manifest.Locales.Contains(locale))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"'{manifest.Id}' has no locale '{locale}'; it has {string.Join(", ", manifest.Locales)}", SourceLocation.InFile(DisplayPath.For(manifestPath))));
        }

        if (locale == manifest.SourceLocale || manifest.Format != ContentFormat.Markdown)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ReviewRecordInvalid, locale == manifest.SourceLocale
                ? $"'{locale}' is the source locale: translations are reviewed against it, it is not reviewed itself"
                : "review records are kept for Markdown translations; change the locale's status in brochure.yaml", SourceLocation.InFile(DisplayPath.For(manifestPath))));
        }

        var source = ContentLoader.LoadLocale(manifest, manifest.SourceLocale);
        var translation = ContentLoader.LoadLocale(manifest, locale);
        var errors = TranslationChecker.Check(source, translation).Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new BrochureException(errors);
        }

        var record = ReviewState.Record(manifest, source.Markdown!, translation.Markdown!);
        var recordPath = ReviewRecord.PathFor(manifest, locale);
        writeFile(recordPath, record.Write(locale));
        if (manifest.StatusOf(locale) == ReviewStatus.Reviewed)
        {
            return ([recordPath], record.Blocks.Count);
        }

        writeFile(manifestPath, Encoding.UTF8.GetBytes(ManifestEditor.SetStatus(ManifestEditor.Read(manifestPath), locale, ReviewStatus.Reviewed)));
        return ([recordPath, manifestPath], record.Blocks.Count);
    }
}
