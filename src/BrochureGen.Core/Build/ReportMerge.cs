namespace BrochureGen.Build;

/// <summary>
/// Merges report entries: later entries replace earlier ones of the same edition, and the result
/// follows the catalogue's order (brochure folders, then each manifest's locales). An entry of an
/// edition the catalogue no longer has (a removed brochure or locale) drops out.
/// </summary>
public static class ReportMerge
{
    /// <summary>
    /// Merges <paramref name="entries"/>. A later entry keeps the earlier entry's files of the kinds
    /// it did not write, while they are still in <paramref name="outputRoot"/> as recorded: a build
    /// of only the HTML editions leaves the PDFs on disk, so the gallery keeps offering them, and a
    /// failed edition's last good files (which the build leaves untouched) stay listed beside its
    /// errors. The next build of those kinds replaces them, since its inputs differ.
    /// </summary>
    public static List<ReportEntry> Merge(IEnumerable<ReportEntry> entries, IReadOnlyList<(string Brochure, string Locale)> catalogue, string outputRoot)
    {
        var latest = new Dictionary<(string, string), ReportEntry>();
        foreach (var entry in entries)
        {
            latest[entry.Key] = latest.TryGetValue(entry.Key, out var earlier) ? WithEarlierFiles(entry, earlier, outputRoot) : entry;
        }

        return catalogue.Distinct().Where(latest.ContainsKey).Select(key => latest[key]).ToList();
    }

    private static ReportEntry WithEarlierFiles(ReportEntry later, ReportEntry earlier, string outputRoot)
    {
        var written = later.Files.Select(f => f.Kind).ToHashSet(StringComparer.Ordinal);
        var kept = earlier.Files
            .Where(f => !written.Contains(f.Kind))
            .Where(f => f.IsOnDisk(outputRoot))
            .ToList();

        // A failed edition wrote nothing: the accessibility results of the files still there are
        // the earlier ones, and stay the baseline a --strict build compares against.
        var merged = later.Accessibility is null && !later.ChecksPassed && earlier.Accessibility is not null ? later with { Accessibility = earlier.Accessibility } : later;
        return kept.Count == 0 ? merged : merged with { Files = [.. merged.Files, .. kept] };
    }

    /// <summary>
    /// The entries as <paramref name="outputRoot"/> holds them, for a build to write: a file that
    /// is gone (or no longer its recorded size) leaves its entry, which then loses its input
    /// fingerprint, so the next build of that edition makes it whole again; an edition that passed
    /// and has no file left drops out. The gallery then never links to a file that is not there.
    /// </summary>
    public static List<ReportEntry> AsOnDisk(IEnumerable<ReportEntry> entries, string outputRoot)
    {
        var result = new List<ReportEntry>();
        foreach (var entry in entries)
        {
            var present = entry.Files.Where(f => f.IsOnDisk(outputRoot)).ToList();
            if (present.Count == entry.Files.Count)
            {
                result.Add(entry);
            }
            else if (present.Count > 0 || !entry.ChecksPassed)
            {
                result.Add(entry with { Files = present, Inputs = null });
            }
        }

        return result;
    }
}
