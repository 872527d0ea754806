using System.Text.Json;
using System.Text.Json.Nodes;

namespace BrochureGen.Build;

/// <summary>
/// Reads the <c>report.json</c> an earlier build left, so that this build can skip editions that
/// are up to date and keep the entries of editions it was not asked to build. A report that is
/// missing, unreadable or from an older format reads as empty: everything is simply built again.
/// </summary>
public static class ReportReader
{
    public static IReadOnlyList<ReportEntry> Read(string path)
    {
        try
        {
            if (!File.Exists(path) || JsonNode.Parse(File.ReadAllBytes(path))?["editions"] is not JsonArray editions)
            {
                return [];
            }

            return editions.OfType<JsonObject>().Select(Entry).ToList();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return [];
        }
    }

    private static ReportEntry Entry(JsonObject node) => new ReportEntry(
        Text(node, "brochure"),
        Text(node, "locale"),
        Text(node, "language"),
        Text(node, "title"),
        Text(node, "reviewStatus"),
        node["pages"]?.GetValue<int>() ?? 0,
        node["checksPassed"]?.GetValue<bool>() ?? false,
        Flags(node, "checks"),
        Strings(node, "warnings"),
        Strings(node, "errors"),
        Strings(node, "adjustments"),
        node["files"] is JsonArray files
            ? files.OfType<JsonObject>().Select(f => new ReportFile(Text(f, "path"), Text(f, "kind"), f["bytes"]?.GetValue<long>() ?? -1, Text(f, "sha256"))).ToList()
            : [],
        node["inputs"]?.GetValue<string>())
    {
        Preflight = Flags(node, "preflight"),
    };

    private static List<(string, bool)> Flags(JsonObject node, string name) =>
        node[name] is JsonObject flags ? flags.Select(c => (c.Key, c.Value?.GetValue<bool>() ?? false)).ToList() : [];

    private static string Text(JsonObject node, string name) => node[name]?.GetValue<string>() ?? throw new FormatException($"'{name}' is missing");

    private static List<string> Strings(JsonObject node, string name) =>
        node[name] is JsonArray array ? array.Select(v => v?.GetValue<string>() ?? string.Empty).ToList() : [];
}
