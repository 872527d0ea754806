using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>The gallery page, loaded in headless Chromium (Debian package chromium; skipped where it is missing, see <see cref="ExternalTool"/>).</summary>
public sealed partial class GalleryBrowserTests
{
    [SkippableFact]
    public async Task The_gallery_loads_in_chromium_every_link_resolves_and_every_image_has_alt_text()
    {
        // Before the build, so that a machine without Chromium does not build everything to skip.
        ExternalTool.Require("chromium", ExternalTool.ChromiumPackage);
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace).ExitCode);
        var page = Path.Combine(workspace.Output, "index.html");

        var dom = await DumpDom(page, workspace.Root);

        Assert.Contains("<html lang=\"en\">", dom, StringComparison.Ordinal);
        Assert.Contains("<main>", dom, StringComparison.Ordinal);
        var links = Href().Matches(dom).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var files = links.Where(l => !l.StartsWith('#')).ToList();
        // Per edition: screen PDF, print PDF, large-print PDF, HTML edition, two page PNGs, the
        // folded mock-up and the accessibility report as a page and as data (nine links, the
        // thumbnail is not one); the BRFs; and the accessibility statement in English and Spanish.
        Assert.Equal((EnglishEdition.SampleLocales.Count * 9) + EnglishEdition.SampleLocales.Sum(l => SampleBraille.Files(l).Count()) + 2, files.Count);
        Assert.All(files, link => Assert.True(File.Exists(Path.Combine(workspace.Output, link)), $"link {link} does not resolve to a file"));

        // The language index: one link per edition, each to its card.
        var index = links.Where(l => l.StartsWith('#')).ToList();
        Assert.Equal(EnglishEdition.SampleLocales.Select(l => $"#{EnglishEdition.SampleId}.{l}"), index);
        Assert.All(index, target => Assert.Contains($" id=\"{target[1..]}\"", dom, StringComparison.Ordinal));

        // Each card's cover: decoration beside the language and title it repeats, and a file.
        var images = Image().Matches(dom).Select(m => m.Value).ToList();
        Assert.Equal(EnglishEdition.SampleLocales.Count, images.Count);
        foreach (var image in images)
        {
            Assert.Contains("alt=\"\"", image, StringComparison.Ordinal);
            var source = WebUtility.HtmlDecode(Regex.Match(image, "src=\"([^\"]+)\"").Groups[1].Value);
            Assert.True(File.Exists(Path.Combine(workspace.Output, source)), $"image {source} does not resolve");
        }

        // Each language is named in its own language, its card marked with its lang and direction.
        Assert.Matches("<li class=\"edition\" id=\"[^\"]+\\.vi\" lang=\"vi\" dir=\"ltr\">", dom);
        Assert.Matches("<li class=\"edition\" id=\"[^\"]+\\.ar\" lang=\"ar\" dir=\"rtl\">", dom);
        Assert.Matches("<li class=\"edition\" id=\"[^\"]+\\.fa\" lang=\"fa\" dir=\"rtl\">", dom);
        Assert.Contains("<h3>Tiếng Việt</h3>", dom, StringComparison.Ordinal);
        Assert.Contains("<h3>Kreyòl ayisyen</h3>", dom, StringComparison.Ordinal);
    }

    private static async Task<string> DumpDom(string page, string workFolder)
    {
        var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(workFolder, "chromium-profile"),
            "--dump-dom", new Uri(page).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var chromium = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var dom = chromium.StandardOutput.ReadToEndAsync();
        var errors = chromium.StandardError.ReadToEndAsync();
        await chromium.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(chromium.ExitCode == 0, await errors);
        return await dom;
    }

    [GeneratedRegex("<a href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<img [^>]*>")]
    private static partial Regex Image();
}
