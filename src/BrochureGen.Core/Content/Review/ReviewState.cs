using BrochureGen.Content.Markdown;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content.Review;

/// <summary>
/// Which blocks of a translation need review: those whose source text or translation differs
/// from what the review record says was reviewed, and those never reviewed. Only a translation
/// the manifest marks <c>reviewed</c> has any; while it has one, its edition counts as a draft.
/// </summary>
public static class ReviewState
{
    public const string SourceChanged = "the source changed since it was reviewed";
    public const string TranslationChanged = "the translation changed since it was reviewed";
    public const string NeverReviewed = "it was never reviewed";

    /// <summary>The stale blocks of <paramref name="translation"/> under <paramref name="record"/>, in file order.</summary>
    public static IReadOnlyList<StaleBlock> Stale(MarkdownContent source, MarkdownContent translation, ReviewRecord record)
    {
        var sourceUnits = TranslationUnits.Of(source).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var stale = new List<StaleBlock>();
        foreach (var unit in TranslationUnits.Of(translation))
        {
            if (!sourceUnits.TryGetValue(unit.Id, out var sourceUnit))
            {
                // Not in the source: the translation checks report the structure.
                continue;
            }

            var reason = !record.Blocks.TryGetValue(unit.Id, out var reviewed) ? NeverReviewed
                : reviewed.Source != ReviewRecord.Fingerprint(sourceUnit.Text) ? SourceChanged
                : reviewed.Translation != ReviewRecord.Fingerprint(unit.Text) ? TranslationChanged
                : null;
            if (reason is not null)
            {
                stale.Add(new StaleBlock(unit.Id, unit.Text.Location, sourceUnit.Text.Location, reason));
            }
        }

        return stale;
    }

    /// <summary>
    /// The review state of one edition: its stale blocks and what to say about them (a warning
    /// per block, or that a reviewed translation has no record). Nothing for the source, a draft
    /// or YAML content. Content that cannot be read gives nothing: its edition reports why.
    /// </summary>
    public static (IReadOnlyList<StaleBlock> Stale, IReadOnlyList<Diagnostic> Diagnostics) Of(BrochureManifest brochure, string locale, LocaleContent? source = null, LocaleContent? translation = null)
    {
        if (locale == brochure.SourceLocale || brochure.StatusOf(locale) != ReviewStatus.Reviewed || brochure.Format != ContentFormat.Markdown)
        {
            return ([], []);
        }

        try
        {
            var record = ReviewRecord.Read(brochure, locale);
            source ??= ContentLoader.LoadLocale(brochure, brochure.SourceLocale);
            translation ??= ContentLoader.LoadLocale(brochure, locale);
            if (record is null)
            {
                return ([], [Diagnostic.Warning(DiagnosticCodes.ReviewRecordMissing, $"'{locale}' is marked reviewed but has no review record ({locale}{ReviewRecord.Extension}), so a later change to the source cannot be caught; run 'brochuregen review {brochure.Id} --locale {locale}' once a reviewer has read it", SourceLocation.InFile(DisplayPath.For(translation.FilePath)))]);
            }

            var stale = Stale(source.Markdown!, translation.Markdown!, record);
            var sourceFile = Path.GetFileName(source.FilePath);
            var diagnostics = stale.Select(b => Diagnostic.Warning(DiagnosticCodes.ReviewNeeded, $"block {b.Id} needs review: {b.Reason}{(b.Reason == SourceChanged ? $" ({sourceFile}({b.Source.Line},{b.Source.Column}))" : string.Empty)}; the '{locale}' edition counts as a draft until 'brochuregen review {brochure.Id} --locale {locale}' records it", b.Translation)).ToList();
            return (stale, diagnostics);
        }
        catch (BrochureException ex)
        {
            return ([], ex.Diagnostics.Where(d => d.Code == DiagnosticCodes.ReviewRecordInvalid).ToList());
        }
    }

    /// <summary>A record of the current state: every block of the translation reviewed against the current source.</summary>
    public static ReviewRecord Record(BrochureManifest brochure, MarkdownContent source, MarkdownContent translation)
    {
        var sourceUnits = TranslationUnits.Of(source).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var blocks = new Dictionary<string, ReviewedBlock>(StringComparer.Ordinal);
        foreach (var unit in TranslationUnits.Of(translation).Where(u => sourceUnits.ContainsKey(u.Id)))
        {
            blocks[unit.Id] = new ReviewedBlock(ReviewRecord.Fingerprint(sourceUnits[unit.Id].Text), ReviewRecord.Fingerprint(unit.Text));
        }

        return new ReviewRecord(brochure.SourceLocale, blocks);
    }
}
