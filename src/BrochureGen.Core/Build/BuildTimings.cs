using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace BrochureGen.Build;

/// <summary>The stages of one edition, with its whole wall time and allocations (<see cref="StageTimings"/>).</summary>
public sealed record EditionTiming(string Brochure, string Locale, int Order, TimeSpan Wall, long AllocatedBytes, IReadOnlyList<StageTiming> Stages);

/// <summary>
/// Where a build's time went (<c>build --timings</c>, as <c>typst compile --timings</c>): the
/// build's own stages (planning, fingerprints, the report and gallery), each edition's stages,
/// the whole wall time and the bytes allocated by the process. Printed after the summary line and
/// written into <c>report.json</c> only when asked, since they differ from run to run and the
/// report is otherwise the same bytes for the same inputs.
/// </summary>
public sealed class BuildTimings
{
    private readonly ConcurrentBag<EditionTiming> _editions = [];
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes();

    /// <summary>The build's own stages, measured on the thread that runs the build.</summary>
    public StageTimings Build { get; } = new();

    public IReadOnlyList<EditionTiming> Editions => _editions.OrderBy(e => e.Order).ToList();

    /// <summary>The whole build's wall time, set when it ends.</summary>
    public TimeSpan Wall { get; set; }

    /// <summary>Bytes the process allocated since the build started (every thread).</summary>
    public long AllocatedBytes => GC.GetTotalAllocatedBytes() - _allocatedAtStart;

    public void Add(EditionTiming edition) => _editions.Add(edition);

    /// <summary>The timings as the summary prints them: the build's stages, then each edition's, then the stages summed over the editions.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"timings (wall time, allocated): {Milliseconds(Wall)}, {Megabytes(AllocatedBytes)} in all");
        foreach (var stage in Build.Stages)
        {
            text.AppendLine(Row("  ", stage.Name, stage.Wall, stage.AllocatedBytes));
        }

        var editions = Editions;
        foreach (var edition in editions)
        {
            text.AppendLine(Row("  ", $"{edition.Brochure} {edition.Locale}", edition.Wall, edition.AllocatedBytes));
            foreach (var stage in edition.Stages)
            {
                text.AppendLine(Row("    ", stage.Name, stage.Wall, stage.AllocatedBytes));
            }
        }

        if (editions.Count > 1)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  stages of the {editions.Count} editions together:");
            foreach (var stage in Summed(editions))
            {
                text.AppendLine(Row("    ", stage.Name, stage.Wall, stage.AllocatedBytes));
            }
        }

        return text.ToString();
    }

    /// <summary>The timings as <c>report.json</c> carries them (milliseconds, bytes).</summary>
    public JsonObject ToJson()
    {
        var editions = Editions;
        return new JsonObject
        {
            ["wallMilliseconds"] = Rounded(Wall),
            ["allocatedBytes"] = AllocatedBytes,
            ["stages"] = Array(Build.Stages),
            ["editions"] = new JsonArray(editions.Select(e => (JsonNode)new JsonObject
            {
                ["brochure"] = e.Brochure,
                ["locale"] = e.Locale,
                ["wallMilliseconds"] = Rounded(e.Wall),
                ["allocatedBytes"] = e.AllocatedBytes,
                ["stages"] = Array(e.Stages),
            }).ToArray()),
            ["editionStages"] = Array(Summed(editions)),
        };
    }

    private static List<StageTiming> Summed(IEnumerable<EditionTiming> editions) =>
        editions.SelectMany(e => e.Stages)
            .GroupBy(s => s.Name)
            .Select(g => new StageTiming(g.Key, TimeSpan.FromTicks(g.Sum(s => s.Wall.Ticks)), g.Sum(s => s.AllocatedBytes)))
            .ToList();

    private static JsonArray Array(IEnumerable<StageTiming> stages) =>
        new(stages.Select(s => (JsonNode)new JsonObject
        {
            ["name"] = s.Name,
            ["wallMilliseconds"] = Rounded(s.Wall),
            ["allocatedBytes"] = s.AllocatedBytes,
        }).ToArray());

    private static double Rounded(TimeSpan wall) => Math.Round(wall.TotalMilliseconds, 2);

    private static string Row(string indent, string name, TimeSpan wall, long allocated) =>
        string.Create(CultureInfo.InvariantCulture, $"{indent}{name.PadRight(36 - indent.Length)} {Milliseconds(wall),10} {Megabytes(allocated),10}");

    private static string Milliseconds(TimeSpan wall) => string.Create(CultureInfo.InvariantCulture, $"{wall.TotalMilliseconds:0.0} ms");

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_048_576.0:0.0} MB");
}
