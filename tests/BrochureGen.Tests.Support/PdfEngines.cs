using System.Text.Json;

namespace BrochureGen.Tests.Support;

/// <summary>
/// The text of PDFs as the engines people read PDFs with extract it: poppler (Evince, Okular;
/// <c>pdftotext</c>), PDFium (Chrome, Edge), MuPDF and pdf.js (Firefox) — the last three from
/// their WebAssembly builds in tests/pdftext (<c>npm ci</c> there, which <c>.ci/run</c> does).
/// Without node, poppler or the npm packages a test is skipped locally and fails under CI.
/// </summary>
public static class PdfEngines
{
    public static readonly IReadOnlyList<string> Names = ["poppler", "pdfium", "mupdf", "pdfjs"];

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "pdftext");

    public static void Require()
    {
        ExternalTool.Require("pdftotext", ExternalTool.PopplerPackage);
        ExternalTool.Require("node", "nodejs");
        var installed = new[] { "@hyzyla/pdfium", "mupdf", "pdfjs-dist" }.All(p => Directory.Exists(Path.Combine(Folder, "node_modules", p)));
        var message = "the npm packages of tests/pdftext are not installed: run 'npm ci' in tests/pdftext (Debian package 'npm'; bash .ci/run does it)";
        Assert.False(!installed && RepoPaths.IsCi, $"{message}; with CI=true every test must run, so a missing install is a failure");
        Skip.IfNot(installed, message);
    }

    /// <summary>For each file, the whole text each engine reads from it (pages joined by line ends).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Extract(IReadOnlyList<string> files)
    {
        Require();
        var output = NodeScript.Run(Folder, "extract.mjs", files, TimeSpan.FromMinutes(5));
        using var json = JsonDocument.Parse(output);
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var engines = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["poppler"] = Poppler.Run("pdftotext", "-enc", "UTF-8", file, "-"),
            };
            foreach (var engine in json.RootElement.GetProperty(file).EnumerateObject())
            {
                engines[engine.Name] = string.Join('\n', engine.Value.EnumerateArray().Select(page => page.GetString()));
            }

            result[file] = engines;
        }

        return result;
    }
}
