using System.Globalization;
using System.Text.Json.Nodes;

namespace BrochureGen.Conformance;

/// <summary>One check's result on one format as <c>report.json</c> keeps it.</summary>
public sealed record RecordedResult(string Check, string Format, CheckStatus Status, string Measured);

/// <summary>
/// An edition's accessibility results as <c>report.json</c> keeps them: the date of the
/// evaluation, the one-line summary and every result by check id and format, so two builds'
/// reports can be compared (<see cref="Regressions"/>) and an edition that is up to date keeps
/// its evidence without being evaluated again.
/// </summary>
public sealed record RecordedResults(DateOnly Evaluated, string Summary, IReadOnlyList<RecordedResult> Results)
{
    public static RecordedResults From(ConformanceReport report) =>
        new(report.Facts.EvaluatedOn, report.Summary, report.Results.Select(r => new RecordedResult(r.Check.Id, r.Format.Name, r.Status, r.Measured)).ToList());

    /// <summary>
    /// The results that got worse since <paramref name="earlier"/>: a pass (or not applicable)
    /// that now warns or fails, a warning that now fails. A check or format only one of the two
    /// has is not compared (a build with <c>--edition html</c> has no PDF results to lose).
    /// </summary>
    public IReadOnlyList<(RecordedResult Before, RecordedResult Now)> Regressions(RecordedResults earlier)
    {
        var before = earlier.Results.ToDictionary(r => (r.Check, r.Format));
        return Results
            .Where(now => before.TryGetValue((now.Check, now.Format), out var then) && now.Status.Severity() > then.Status.Severity())
            .Select(now => (before[(now.Check, now.Format)], now))
            .ToList();
    }

    /// <summary>report.json's "accessibility" object: results keyed by check id, then format.</summary>
    public JsonObject ToJson()
    {
        var results = new JsonObject();
        foreach (var group in Results.GroupBy(r => r.Check))
        {
            var formats = new JsonObject();
            foreach (var result in group)
            {
                formats[result.Format] = new JsonObject { ["result"] = result.Status.Name(), ["measured"] = result.Measured };
            }

            results[group.Key] = formats;
        }

        return new JsonObject
        {
            ["evaluated"] = Evaluated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["summary"] = Summary,
            ["results"] = results,
        };
    }

    /// <summary>Reads what <see cref="ToJson"/> wrote; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static RecordedResults FromJson(JsonObject node)
    {
        var evaluated = node["evaluated"]?.GetValue<string>() is { } date && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new FormatException("\"accessibility\" has no \"evaluated\" date (yyyy-MM-dd)");
        var results = new List<RecordedResult>();
        if (node["results"] is JsonObject checks)
        {
            foreach (var (check, formats) in checks)
            {
                foreach (var (format, value) in formats as JsonObject ?? throw new FormatException($"the accessibility result '{check}' is not an object"))
                {
                    var result = value as JsonObject ?? throw new FormatException($"the accessibility result '{check}' / '{format}' is not an object");
                    var status = CheckStatusNames.Parse(result["result"]?.GetValue<string>() ?? string.Empty) ?? throw new FormatException($"the accessibility result '{check}' / '{format}' has no known \"result\"");
                    results.Add(new RecordedResult(check, format, status, result["measured"]?.GetValue<string>() ?? string.Empty));
                }
            }
        }

        return new RecordedResults(evaluated, node["summary"]?.GetValue<string>() ?? string.Empty, results);
    }
}
