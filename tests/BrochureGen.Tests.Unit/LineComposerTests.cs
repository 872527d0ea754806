using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

public sealed class LineComposerTests
{
    private static readonly BrochureTheme Theme = ThemeLoader.Load(RepoPaths.Templates, "civic", Layout.Folds.FoldLayoutLoader.Load(RepoPaths.Templates, "trifold-letter"));
    private static readonly LineComposer Composer = new(Theme.Style("body"), Theme.Tones["light"]);

    [SkippableFact]
    public void Lines_break_at_spaces_and_keep_the_space_for_text_extraction()
    {
        var lines = Compose("one two three four five six seven", 80);
        Assert.True(lines.Count > 1);
        Assert.All(lines.SkipLast(1), line => Assert.EndsWith(" ", line.Fragments[^1].Text, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.True(line.Width <= 80));
        Assert.Equal("one two three four five six seven", string.Concat(lines.SelectMany(l => l.Fragments).Select(f => f.Text)));
    }

    [SkippableFact]
    public void Long_addresses_break_after_slashes_and_hyphens()
    {
        var lines = Compose("www.example.org/a-long-path/with-several/segments-here", 90);
        Assert.True(lines.Count > 1);
        Assert.All(lines.SkipLast(1), line => Assert.Matches("[/-]$", line.Fragments[^1].Text));
    }

    [SkippableFact]
    public void A_word_wider_than_the_line_is_broken_rather_than_overflowing()
    {
        var lines = Compose("Supercalifragilisticexpialidocious", 50);
        Assert.True(lines.Count > 2);
        Assert.All(lines, line => Assert.True(line.Width <= 50.001, $"line is {line.Width} wide"));
    }

    [SkippableFact]
    public void Widths_come_from_the_font_metrics()
    {
        var body = Theme.Style("body");
        var width = body.Family.Primary.Regular.Measure("Hartford", body.Size);
        Assert.InRange(width, 30, 60);
        Assert.True(body.Family.Primary.Bold.Measure("Hartford", body.Size) > width);
    }

    private static IReadOnlyList<ComposedLine> Compose(string text, double width) =>
        Composer.Compose([new StyledText(text, InlineState.Plain)], width);
}
