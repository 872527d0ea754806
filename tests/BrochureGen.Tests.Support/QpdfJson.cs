using System.Diagnostics;
using System.Text.Json;

namespace BrochureGen.Tests.Support;

/// <summary>
/// A PDF as qpdf sees it (<c>qpdf --json=2</c>): objects by reference, stream data decoded.
/// Tests read structure with this instead of trusting the writer's own state.
/// </summary>
public sealed class QpdfJson
{
    private readonly JsonElement _objects;

    private QpdfJson(JsonDocument document)
    {
        _objects = document.RootElement.GetProperty("qpdf")[1];
        Catalog = Value(Trailer.GetProperty("/Root").GetString()!);
    }

    public JsonElement Trailer => _objects.GetProperty("trailer").GetProperty("value");

    public JsonElement Catalog { get; }

    /// <summary>Reads <paramref name="pdf"/> with qpdf; where qpdf is missing the calling test is skipped (see <see cref="ExternalTool"/>).</summary>
    public static QpdfJson Read(byte[] pdf)
    {
        ExternalTool.Require("qpdf", ExternalTool.QpdfPackage);
        var file = Path.Combine(Path.GetTempPath(), $"brochuregen-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "--json=2", "--json-stream-data=inline", "--decode-level=generalized", file })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return new QpdfJson(JsonDocument.Parse(output.Result));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The dictionary of an object (a stream's dictionary for streams).</summary>
    public JsonElement Value(string reference)
    {
        var entry = _objects.GetProperty("obj:" + reference);
        return entry.TryGetProperty("value", out var value) ? value : entry.GetProperty("stream").GetProperty("dict");
    }

    /// <summary>A value that may be written inline or as a reference.</summary>
    public JsonElement Resolve(JsonElement element) =>
        element.ValueKind == JsonValueKind.String && element.GetString()!.EndsWith(" R", StringComparison.Ordinal) ? Value(element.GetString()!) : element;

    public byte[] StreamData(string reference) =>
        Convert.FromBase64String(_objects.GetProperty("obj:" + reference).GetProperty("stream").GetProperty("data").GetString()!);

    public IReadOnlyList<JsonElement> Pages()
    {
        var pages = new List<JsonElement>();
        void Walk(JsonElement node)
        {
            if (node.GetProperty("/Type").GetString() == "/Pages")
            {
                foreach (var kid in node.GetProperty("/Kids").EnumerateArray())
                {
                    Walk(Value(kid.GetString()!));
                }
            }
            else
            {
                pages.Add(node);
            }
        }

        Walk(Value(Catalog.GetProperty("/Pages").GetString()!));
        return pages;
    }

    /// <summary>The decoded content of a page, all its content streams joined.</summary>
    public string PageContent(JsonElement page)
    {
        var contents = page.GetProperty("/Contents");
        var references = contents.ValueKind == JsonValueKind.Array ? contents.EnumerateArray().Select(c => c.GetString()!) : [contents.GetString()!];
        return string.Join("\n", references.Select(r => System.Text.Encoding.Latin1.GetString(StreamData(r))));
    }

    /// <summary>Text of a PDF string as qpdf writes it in JSON ("u:" Unicode, "b:" bytes).</summary>
    public static string Text(JsonElement value)
    {
        var raw = value.GetString() ?? string.Empty;
        return raw.StartsWith("u:", StringComparison.Ordinal) ? raw[2..] : raw;
    }
}
