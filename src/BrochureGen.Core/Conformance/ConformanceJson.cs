using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BrochureGen.Conformance;

/// <summary>
/// Writes <c>&lt;id&gt;.&lt;locale&gt;.accessibility.json</c>: the report in a form a program can
/// file or compare — document facts, a summary, every result by check id and format, each WCAG
/// criterion with its level, evidence and the checkpoints a person must confirm, and the
/// checklist itself. Node by node (no reflection), so the native binary writes it too.
/// </summary>
public static class ConformanceJson
{
    public const string Suffix = ".accessibility.json";

    public static byte[] Write(ConformanceReport report)
    {
        var facts = report.Facts;
        var root = new JsonObject
        {
            ["generator"] = "BrochureGen",
            ["standards"] = new JsonArray(Standards.Claimed.Select(s => (JsonNode)s).ToArray()),
            ["document"] = new JsonObject
            {
                ["brochure"] = facts.Brochure,
                ["locale"] = facts.Locale,
                ["language"] = facts.LanguageName,
                ["title"] = facts.Title,
                ["author"] = facts.Author,
                ["reviewStatus"] = facts.ReviewStatus,
                ["sourceLocale"] = facts.IsSourceLocale,
                ["evaluated"] = facts.EvaluatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["tagged"] = facts.Tagged,
                ["pdfua"] = facts.PdfUaClaim,
                ["files"] = new JsonArray(facts.Files.Select(f => (JsonNode)new JsonObject { ["kind"] = f.Kind, ["label"] = f.Label, ["file"] = f.FileName }).ToArray()),
            },
            ["summary"] = new JsonObject
            {
                ["line"] = report.Summary,
                ["checks"] = Counts(Enum.GetValues<CheckStatus>().Select(s => (s.Name(), report.Count(s)))),
                ["criteria"] = Counts(Enum.GetValues<ConformanceLevel>().Select(l => (l.Name(), report.Count(l)))),
                ["needPerson"] = new JsonArray(report.NeedingPerson.Select(c => (JsonNode)c.Criterion.Number).ToArray()),
            },
            ["results"] = RecordedResults.From(report).ToJson()["results"]!.DeepClone(),
            ["criteria"] = new JsonArray(report.Criteria.Select(c => (JsonNode)new JsonObject
            {
                ["number"] = c.Criterion.Number,
                ["name"] = c.Criterion.Name,
                ["level"] = c.Criterion.Level,
                ["conformance"] = c.Level.Name(),
                ["remarks"] = c.Remarks,
                ["evidence"] = new JsonArray(c.Evidence.Select(e => (JsonNode)$"{e.Check.Id}/{e.Format.Name}").ToArray()),
                ["needsPerson"] = new JsonArray(c.NeedsPerson.Select(t => (JsonNode)t.Id).ToArray()),
            }).ToArray()),
            ["checkpoints"] = new JsonArray(report.Review.GroupBy(r => r.Topic).Select(g => (JsonNode)new JsonObject
            {
                ["topic"] = g.Key.Id,
                ["question"] = g.Key.Question,
                ["wcag"] = new JsonArray(g.Key.Wcag.Select(w => (JsonNode)w).ToArray()),
                ["items"] = new JsonArray(g.Select(item => (JsonNode)Item(item)).ToArray()),
            }).ToArray()),
        };
        foreach (var (check, formats) in root["results"]!.AsObject())
        {
            foreach (var (format, result) in formats!.AsObject())
            {
                var findings = report.Results.First(r => r.Check.Id == check && r.Format.Name == format).Findings;
                if (findings.Count > 0)
                {
                    result!["findings"] = new JsonArray(findings.Select(f => (JsonNode)f).ToArray());
                }
            }
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            root.WriteTo(writer);
        }

        return stream.ToArray();
    }

    private static JsonObject Item(ReviewItem item)
    {
        var node = new JsonObject { ["text"] = item.Text, ["lang"] = item.Language ?? "en" };
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                node[name] = value;
            }
        }

        Add("quote", item.Quote);
        Add("quoteLang", item.Quote is null ? null : item.QuoteLanguage);
        Add("note", item.Note);
        Add("target", item.Target);
        return node;
    }

    private static JsonObject Counts(IEnumerable<(string Name, int Count)> counts)
    {
        var node = new JsonObject();
        foreach (var (name, count) in counts)
        {
            node[name] = count;
        }

        return node;
    }
}
