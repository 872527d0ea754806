using System.Text;
using System.Text.RegularExpressions;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>The sample's cover as the stock template sets it: title, the hotline as its call to action, the byline at its foot.</summary>
public sealed class CoverTests
{
    [SkippableFact]
    public void The_cover_reads_title_then_the_national_hotline_then_the_byline_and_no_body_section()
    {
        var cover = EnglishEdition.Layout.Pages.SelectMany(p => p.Panels).Single(p => p.Slot == "cover");
        var text = Regex.Replace(string.Join(" ", cover.Items.OfType<Layout.TextRunItem>().Select(r => r.Text)), @"\s+", " ");
        var title = text.IndexOf("Stop", StringComparison.Ordinal);
        var action = text.IndexOf("Call the National Human Trafficking Hotline", StringComparison.Ordinal);
        var byline = text.IndexOf("Connecticut Office of the Victim", StringComparison.Ordinal);
        Assert.True(title >= 0 && title < action && action < byline, text);
        Assert.DoesNotContain("What is human trafficking?", text, StringComparison.Ordinal);

        // The number is set large: 24 pt, twice the body's size.
        var number = cover.Items.OfType<Layout.TextRunItem>().Where(r => r.Text.Contains("1-888-373-7888", StringComparison.Ordinal)).Max(r => r.Size);
        Assert.True(number >= 24, $"the hotline is set at {number} pt");
    }

    [SkippableTheory]
    [InlineData("civic")]
    [InlineData("community")]
    [InlineData("contrast")]
    public void A_number_set_larger_than_its_column_allows_is_set_smaller_never_broken_inside(string theme)
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ThemeFile(theme), "cover-action-number: { font: body, bold: true, size: 24,", "cover-action-number: { font: body, bold: true, size: 40,");
        workspace.Edit(Path.Combine(workspace.Content, EnglishEdition.SampleId, "brochure.yaml"), "layout: trifold-letter", $"layout: trifold-letter\ntheme: {theme}");

        var cover = EnglishEdition.LayOut(workspace.Content, workspace.Templates, "en").Pages.SelectMany(p => p.Panels).Single(p => p.Slot == "cover");

        // At 40 pt the number is wider than the cover's column: it stands whole on one line,
        // set as large as fits (near the 24 pt that fits the box, far below the 40 pt asked for).
        var runs = cover.Items.OfType<Layout.TextRunItem>().Where(r => r.Size > 20).ToList();
        var number = Assert.Single(runs, r => r.Text.Contains("1-888-373-7888", StringComparison.Ordinal));
        Assert.Equal("1-888-373-7888", number.Text.Trim());
        Assert.InRange(number.Size, 22, 30);
        Assert.True(number.X + number.Width <= cover.X + cover.Width, "the number stays inside the cover");
        Assert.DoesNotContain(runs, r => r != number && r.Text.Any(char.IsDigit));
    }

    [SkippableFact]
    public void The_hotline_set_large_is_described_by_the_sentence_before_it()
    {
        var html = Encoding.UTF8.GetString(EnglishEdition.Output.Html!);
        var links = Regex.Matches(html, "<a href=\"tel:\\+18883737888\" aria-label=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, links.Count);
        Assert.All(links, label => Assert.Equal("Call the National Human Trafficking Hotline at 1-888-373-7888.", label));
    }
}
