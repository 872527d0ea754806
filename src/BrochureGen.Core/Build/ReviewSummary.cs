using System.Globalization;
using BrochureGen.Content;

namespace BrochureGen.Build;

/// <summary>How an edition's review status reads in <c>build</c>, <c>check</c> and <c>list</c>: "reviewed", "draft", or "draft: 2 blocks need review".</summary>
public static class ReviewSummary
{
    public static string Of(EditionJob job) => Of(job.Manifest.StatusOf(job.Locale), job.StaleBlocks.Count);

    public static string Of(string declared, int staleBlocks) => staleBlocks == 0
        ? declared
        : string.Create(CultureInfo.InvariantCulture, $"{ReviewStatus.Draft}: {staleBlocks} block{(staleBlocks == 1 ? " needs" : "s need")} review since it was {declared}");
}
