using BrochureGen.Tests.Support;
using SkiaSharp;

namespace BrochureGen.Tests;

/// <summary>
/// The gallery as a page an agency publishes: readers' part first (agency, introduction, covers,
/// languages in their own names, reading formats), the reviewers' and printers' part apart, and
/// a public build without it. Its accessibility in Chromium is checked with every other page
/// (<see cref="HtmlEditionTests"/>: axe-core at 320 and 1280 px, no sideways scrolling).
/// </summary>
public sealed class GalleryPageTests
{
    private static readonly string[] ReviewerWords = ["draft", "reviewed", "Review status", "Proof PNG", "Print PDF", "Folded mock-up", "Accessibility report", " KB)", " MB)", ".print.pdf", ".page-1.png", "report.json"];

    [SkippableFact]
    public void Readers_see_covers_and_reading_formats_and_reviewers_get_status_proofs_and_sizes_apart()
    {
        using var workspace = new TempWorkspace();
        var run = CliRun.Build(workspace, "--locale", "en", "--locale", "ar");
        Assert.True(run.ExitCode == 0, run.Error);
        var gallery = File.ReadAllText(Path.Combine(workspace.Output, "index.html"));

        var reviewers = gallery.IndexOf("<section class=\"reviewers\"", StringComparison.Ordinal);
        Assert.True(reviewers > 0, "the gallery has no part for reviewers and printers");
        var readers = gallery[gallery.IndexOf("<body>", StringComparison.Ordinal)..reviewers];
        Assert.All(ReviewerWords, word => Assert.DoesNotContain(word, readers, StringComparison.Ordinal));

        // Each card offers the reading formats, in this order, and nothing else.
        var english = Card(readers, "en");
        Assert.Equal(["Read online", "PDF", "Large print PDF", "Braille (BRF)"], Labels(english));
        Assert.Contains("dir=\"ltr\"", english[..english.IndexOf('>')], StringComparison.Ordinal);
        var arabic = Card(readers, "ar");
        Assert.Contains("lang=\"ar\" dir=\"rtl\"", arabic[..arabic.IndexOf('>')], StringComparison.Ordinal);
        Assert.Contains("<h3>العربية</h3>", arabic, StringComparison.Ordinal);

        // The reviewers' part: the draft, the proofs and the press file, with their sizes.
        var apart = gallery[reviewers..];
        Assert.Contains("For reviewers and printers", apart, StringComparison.Ordinal);
        Assert.Contains("Review status: draft", apart, StringComparison.Ordinal);
        Assert.Contains("Review status: reviewed", apart, StringComparison.Ordinal);
        Assert.Matches(@"Print PDF \(bleed, crop and fold marks, CMYK\)</a> \(\d+ KB\)", apart);
        Assert.Contains("Proof PNG, page 2", apart, StringComparison.Ordinal);

        // The thumbnail is the cover panel: its shape, and the dark navy of the cover's tone (the
        // flap and back beside it on the sheet are white), on the right of the English sheet and
        // the left of the mirrored Arabic one.
        foreach (var locale in new[] { "en", "ar" })
        {
            using var thumbnail = SKBitmap.Decode(Path.Combine(workspace.Output, EnglishEdition.SampleId, $"{EnglishEdition.SampleId}.{locale}.thumbnail.png"));
            Assert.InRange(thumbnail.Width / (double)thumbnail.Height, (3.625 / 8.5) - 0.01, (3.625 / 8.5) + 0.01);
            var corner = thumbnail.GetPixel(thumbnail.Width / 2, thumbnail.Height - 4);
            Assert.True(corner.Red < 40 && corner.Blue > 60, $"the {locale} thumbnail's foot is {corner}, not the cover's navy");
        }
    }

    [SkippableFact]
    public void A_public_gallery_has_the_agency_and_its_introduction_and_nothing_for_reviewers()
    {
        using var workspace = new TempWorkspace();
        File.WriteAllText(Path.Combine(workspace.Content, "gallery.md"), "# Office <of> the Advocate\n\nFree brochures, <script>alert(1)</script> in many\nlanguages.\n\nA second paragraph.\n");
        var run = CliRun.Build(workspace, "--locale", "en", "--locale", "es", "--edition", "screen", "--edition", "html", "--public");
        Assert.True(run.ExitCode == 0, run.Error);
        var gallery = File.ReadAllText(Path.Combine(workspace.Output, "index.html"));

        Assert.Contains("<title>Office &lt;of&gt; the Advocate: brochures</title>", gallery, StringComparison.Ordinal);
        Assert.Contains("<h1>Office &lt;of&gt; the Advocate</h1>", gallery, StringComparison.Ordinal);
        Assert.Contains("<p class=\"intro\">Free brochures, &lt;script&gt;alert(1)&lt;/script&gt; in many languages.</p>", gallery, StringComparison.Ordinal);
        Assert.Contains("<p class=\"intro\">A second paragraph.</p>", gallery, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", gallery, StringComparison.Ordinal);
        Assert.DoesNotContain("For reviewers and printers", gallery, StringComparison.Ordinal);
        Assert.All(ReviewerWords, word => Assert.DoesNotContain(word, gallery, StringComparison.Ordinal));
        Assert.Equal(["Read online", "PDF"], Labels(Card(gallery, "es")));

        // Without gallery.md the page is headed by the one author every brochure names.
        File.Delete(Path.Combine(workspace.Content, "gallery.md"));
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--edition", "screen").ExitCode);
        gallery = File.ReadAllText(Path.Combine(workspace.Output, "index.html"));
        Assert.Contains("<h1>Connecticut Office of the Victim Advocate</h1>", gallery, StringComparison.Ordinal);
        Assert.Contains("For reviewers and printers", gallery, StringComparison.Ordinal);
    }

    // The card of an edition: from its <li class="edition"> to the end of its list of formats.
    private static string Card(string html, string locale)
    {
        var start = html.IndexOf($"<li class=\"edition\" id=\"{EnglishEdition.SampleId}.{locale}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no card for {locale}");
        var end = html.IndexOf("</ul>\n</div>\n</li>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static List<string> Labels(string card) =>
        System.Text.RegularExpressions.Regex.Matches(card, "<a href=\"[^\"]+\"[^>]*>([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
}
