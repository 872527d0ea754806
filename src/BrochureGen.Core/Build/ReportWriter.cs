using System.Text.Json;
using System.Text.Json.Nodes;

namespace BrochureGen.Build;

/// <summary>Writes <c>output/report.json</c>: every edition with its files, sizes, hashes, pages, language, status and checks.</summary>
public static class ReportWriter
{
    public const string FileName = "report.json";

    // Diagnostic codes are grouped by stage (BG01xx content, BG02xx template, …): a check
    // passed when the edition has no error of its stage.
    private static readonly (string Name, string Prefix)[] CheckStages =
    [
        ("content and translation", "BG01"),
        ("template", "BG02"),
        ("markup", "BG03"),
        ("theme and fonts", "BG04"),
        ("layout and fit", "BG05"),
        ("output", "BG06"),
    ];

    private static JsonObject Checks(EditionReport edition)
    {
        var checks = new JsonObject();
        foreach (var (name, prefix) in CheckStages)
        {
            checks[name] = !edition.Diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error && d.Code.StartsWith(prefix, StringComparison.Ordinal));
        }

        return checks;
    }

    public static byte[] Write(IReadOnlyList<EditionReport> editions, string outputRoot)
    {
        var array = new JsonArray();
        foreach (var edition in editions)
        {
            array.Add((JsonNode)new JsonObject
            {
                ["brochure"] = edition.Job.Manifest.Id,
                ["locale"] = edition.Job.Locale,
                ["language"] = LanguageNames.Native(edition.Job.Locale),
                ["title"] = edition.Title,
                ["reviewStatus"] = edition.Job.Status,
                ["pages"] = edition.Pages,
                ["checksPassed"] = edition.Succeeded,
                ["checks"] = Checks(edition),
                ["warnings"] = new JsonArray(edition.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Warning).Select(d => (JsonNode)d.ToString()).ToArray()),
                ["errors"] = new JsonArray(edition.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => (JsonNode)d.ToString()).ToArray()),
                ["adjustments"] = new JsonArray(edition.Adjustments.Select(a => (JsonNode)a).ToArray()),
                ["files"] = new JsonArray(edition.Files.Select(f => (JsonNode)new JsonObject
                {
                    ["path"] = Path.GetRelativePath(outputRoot, f.Path).Replace('\\', '/'),
                    ["kind"] = f.Kind,
                    ["bytes"] = f.Bytes,
                    ["sha256"] = f.Sha256,
                }).ToArray()),
            });
        }

        // No clock time and no duration: the same inputs give the same report, byte for byte.
        var root = new JsonObject
        {
            ["generator"] = "BrochureGen",
            ["editions"] = array,
        };

        // Written node by node (no reflection), so the native binary writes it too.
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            root.WriteTo(writer);
        }

        return stream.ToArray();
    }
}
