using System.Text.Json;
using System.Text.Json.Nodes;
using BrochureGen.Diagnostics;

namespace BrochureGen.Build;

/// <summary>
/// Reads a <c>report.json</c>: the one an earlier build left, so that this build can skip editions
/// that are up to date and keep the entries of editions it was not asked to build, or a shard's,
/// for <c>gallery</c>. A report that is not there is empty (a first build). One that is there but
/// cannot be read (truncated by a full disk, garbage, not a BrochureGen report) is an error naming
/// it: read as empty, it would have the report and gallery rewritten without the editions it lists.
/// </summary>
public static class ReportReader
{
    /// <summary>The entries of the report at <paramref name="path"/>; throws <see cref="BrochureException"/> (BG0604) when it cannot be read.</summary>
    public static IReadOnlyList<ReportEntry> Read(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return [];
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            // The position goes in the location; the message's own copy of it is left out.
            var message = ex.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd('.', ' ');
            throw Unreadable(path, $"it is not valid JSON: {message}", (int)(ex.LineNumber ?? -1) + 1, (int)(ex.BytePositionInLine ?? -1) + 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, ex.Message);
        }

        if (root is not JsonObject report || report["editions"] is not JsonArray editions)
        {
            throw Unreadable(path, "it has no \"editions\" list, so it is not a report of BrochureGen");
        }

        var entries = new List<ReportEntry>();
        for (var i = 0; i < editions.Count; i++)
        {
            try
            {
                entries.Add(Entry(editions[i] as JsonObject ?? throw new FormatException("it is not an object")));
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException)
            {
                throw Unreadable(path, $"edition {i + 1} of its \"editions\" list: {ex.Message}");
            }
        }

        return entries;
    }

    private static BrochureException Unreadable(string path, string problem, int line = 0, int column = 0) =>
        new(Diagnostic.Error(
            DiagnosticCodes.ReportUnreadable,
            $"cannot read this report, so nothing was written ({problem}); put back a good copy, or delete it to start a new report with the editions the next build builds",
            new SourceLocation(DisplayPath.For(path), Math.Max(line, 0), Math.Max(column, 0))));

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
            ? files.Select(f => f as JsonObject ?? throw new FormatException("a file is not an object")).Select(f => new ReportFile(FilePath(f), Text(f, "kind"), f["bytes"]?.GetValue<long>() ?? -1, Text(f, "sha256"))).ToList()
            : [],
        node["inputs"]?.GetValue<string>())
    {
        Preflight = Flags(node, "preflight"),
        Accessibility = node["accessibility"] is { } accessibility ? Conformance.RecordedResults.FromJson(accessibility as JsonObject ?? throw new FormatException("\"accessibility\" is not an object")) : null,
    };

    // A report may come from another runner (gallery): its paths are joined to the output folder
    // and become the gallery's links, so each must name a file inside that folder.
    private static string FilePath(JsonObject file)
    {
        var path = Text(file, "path");
        var segments = path.Split('/');
        if (path.Length == 0 || path.IndexOfAny(['\\', ':', '\0']) >= 0 || segments.Any(s => s is "" or "." or ".."))
        {
            throw new FormatException($"the file path '{path}' is not a path inside the output folder");
        }

        return path;
    }

    private static List<(string, bool)> Flags(JsonObject node, string name) =>
        node[name] is JsonObject flags ? flags.Select(c => (c.Key, c.Value?.GetValue<bool>() ?? false)).ToList() : [];

    private static string Text(JsonObject node, string name) => node[name]?.GetValue<string>() ?? throw new FormatException($"\"{name}\" is missing");

    private static List<string> Strings(JsonObject node, string name) =>
        node[name] is JsonArray array ? array.Select(v => v?.GetValue<string>() ?? string.Empty).ToList() : [];
}
