using System.Text.Json;
using System.Text.Json.Nodes;

namespace BrochureGen.Build;

/// <summary>Writes <c>output/report.json</c>: every edition with its files, sizes, hashes, pages, language, status, checks and the fingerprint of its inputs.</summary>
public static class ReportWriter
{
    public const string FileName = "report.json";

    // The check names, in the order they are written.
    public static IReadOnlyList<string> CheckNames => CheckStages.Select(s => s.Name).ToList();

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
        ("accessibility evidence", "BG09"),
    ];

    /// <summary>The report entry of an edition built in this run (an up-to-date edition keeps its earlier entry).</summary>
    public static ReportEntry Entry(EditionReport edition, string outputRoot)
    {
        if (edition.Reused is { } reused)
        {
            return reused;
        }

        var errors = edition.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).ToList();
        return new ReportEntry(
            edition.Job.Manifest.Id,
            edition.Job.Locale,
            LanguageNames.Native(edition.Job.Locale),
            edition.Title,
            edition.Job.Status,
            edition.Pages,
            edition.Succeeded,
            CheckStages.Select(stage => (stage.Name, !errors.Any(d => d.Code.StartsWith(stage.Prefix, StringComparison.Ordinal)))).ToList(),
            edition.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Warning).Select(d => d.ToString()).ToList(),
            errors.Select(d => d.ToString()).ToList(),
            edition.Adjustments,
            edition.Files.Select(f => new ReportFile(Path.GetRelativePath(outputRoot, f.Path).Replace('\\', '/'), f.Kind, f.Bytes, f.Sha256)).ToList(),
            edition.Succeeded ? edition.Inputs : null)
        {
            // A failed edition's files are its earlier ones, and so are their results (ReportMerge).
            Accessibility = edition.Succeeded && edition.Accessibility is { } report ? Conformance.RecordedResults.From(report) : null,
            Preflight = edition.Preflighted
                // A warning (small text in many inks) fails its check too: the press will print it, but not well.
                ? Print.Preflight.Checks.Select(check => (check.Name, !edition.Diagnostics.Any(d => d.Code == check.Code))).ToList()
                : [],
        };
    }

    /// <summary>The report of <paramref name="entries"/>; <paramref name="timings"/> (<c>--timings</c>) is added as it is.</summary>
    public static byte[] Write(IReadOnlyList<ReportEntry> entries, JsonObject? timings = null)
    {
        var array = new JsonArray();
        foreach (var entry in entries)
        {
            var checks = new JsonObject();
            foreach (var (name, passed) in entry.Checks)
            {
                checks[name] = passed;
            }

            var node = new JsonObject
            {
                ["brochure"] = entry.Brochure,
                ["locale"] = entry.Locale,
                ["language"] = entry.Language,
                ["title"] = entry.Title,
                ["reviewStatus"] = entry.ReviewStatus,
                ["pages"] = entry.Pages,
                ["checksPassed"] = entry.ChecksPassed,
                ["checks"] = checks,
                ["warnings"] = Strings(entry.Warnings),
                ["errors"] = Strings(entry.Errors),
                ["adjustments"] = Strings(entry.Adjustments),
                ["files"] = new JsonArray(entry.Files.Select(f => (JsonNode)new JsonObject
                {
                    ["path"] = f.Path,
                    ["kind"] = f.Kind,
                    ["bytes"] = f.Bytes,
                    ["sha256"] = f.Sha256,
                }).ToArray()),
            };
            if (entry.Preflight.Count > 0)
            {
                var preflight = new JsonObject();
                foreach (var (name, passed) in entry.Preflight)
                {
                    preflight[name] = passed;
                }

                node["preflight"] = preflight;
            }

            if (entry.Accessibility is { } accessibility)
            {
                node["accessibility"] = accessibility.ToJson();
            }

            if (entry.Inputs is { } inputs)
            {
                node["inputs"] = inputs;
            }

            array.Add((JsonNode)node);
        }

        // No clock time and no duration unless --timings asks for them: the same inputs give the
        // same report, byte for byte.
        var root = new JsonObject
        {
            ["generator"] = "BrochureGen",
            ["editions"] = array,
        };
        if (timings is not null)
        {
            root["timings"] = timings;
        }

        // Written node by node (no reflection), so the native binary writes it too.
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            root.WriteTo(writer);
        }

        return stream.ToArray();
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
