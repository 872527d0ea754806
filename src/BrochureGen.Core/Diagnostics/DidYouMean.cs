namespace BrochureGen.Diagnostics;

/// <summary>Suggests the known name closest to a misspelt one ("wieght" → "weight").</summary>
public static class DidYouMean
{
    /// <summary>" (did you mean 'x'?)" when a known name is within two edits, else an empty string.</summary>
    public static string Suggest(string name, IEnumerable<string> known)
    {
        var best = known
            .Select(candidate => (Candidate: candidate, Distance: Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(1, Math.Min(2, c.Candidate.Length / 3)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is null ? string.Empty : $" (did you mean '{best.Candidate}'?)";
    }

    // Optimal string alignment distance: a swap of two neighbours counts as one edit.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
