namespace BrochureGen.Build;

/// <summary>
/// Merges report entries: later entries replace earlier ones of the same edition, and the result
/// follows the catalogue's order (brochure folders, then each manifest's locales). An entry of an
/// edition the catalogue no longer has (a removed brochure or locale) drops out.
/// </summary>
public static class ReportMerge
{
    public static List<ReportEntry> Merge(IEnumerable<ReportEntry> entries, IReadOnlyList<(string Brochure, string Locale)> catalogue)
    {
        var latest = new Dictionary<(string, string), ReportEntry>();
        foreach (var entry in entries)
        {
            latest[entry.Key] = entry;
        }

        return catalogue.Distinct().Where(latest.ContainsKey).Select(key => latest[key]).ToList();
    }
}
