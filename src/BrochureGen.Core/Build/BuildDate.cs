using System.Globalization;
using BrochureGen.Content;

namespace BrochureGen.Build;

/// <summary>
/// The date a print slug names: <c>SOURCE_DATE_EPOCH</c> when it is set (the reproducible-builds
/// convention), else the day the brochure's inputs last changed — never the clock, so the same
/// inputs give the same bytes. Only the files this edition reads count (<see cref="EditionInputs"/>).
/// </summary>
public static class BuildDate
{
    public static DateOnly Of(BrochureManifest brochure, string locale, params string[] otherInputs)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }

        var files = EditionInputs.Files(brochure, locale).Concat(otherInputs.Where(File.Exists));
        var latest = files.Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        return DateOnly.FromDateTime(latest);
    }
}
