using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Document.Resolve;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// The heading rules hold for every route, in the order a reader of the folded brochure meets
/// the headings: a designer's own template that skips a level or writes a second title fails
/// at the template line of the heading, as the Markdown reader fails at the content's line.
/// </summary>
public sealed class HeadingOutlineTests
{
    private static readonly SourceLocation Template = new("templates/trifold/brochure.sbn", 22, 3);
    private static readonly SourceLocation Text = new("content/en.yaml", 9, 12);

    [SkippableFact]
    public void A_designers_template_that_skips_a_level_fails_at_the_template_line_of_the_heading()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        var template = workspace.TemplateFile();
        workspace.Edit(template, "  <h2>{{ content.what_is.heading }}</h2>", "  <h3>{{ content.what_is.heading }}</h3>");
        var line = TempWorkspace.LineOf(template, "<h3>{{ content.what_is.heading }}");

        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "screen");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"brochure.sbn({line},3): error BG0306: an <h3> follows an <h1> in reading order: headings may not skip a level (use <h2>)", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(workspace.Output, "stop-human-trafficking", "stop-human-trafficking.en.pdf")), "a failed edition writes no PDF");
    }

    [SkippableFact]
    public void A_designers_template_with_a_second_title_fails_at_it()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        var template = workspace.TemplateFile();
        workspace.Edit(template, "  <h2>{{ content.report.heading }}</h2>", "  <h1>{{ content.report.heading }}</h1>");
        var line = TempWorkspace.LineOf(template, "<h1>{{ content.report.heading }}");

        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "screen");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"brochure.sbn({line},3): error BG0306: a second <h1>", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_stock_template_and_the_sample_keep_the_rules_in_every_language()
    {
        foreach (var locale in EnglishEdition.SampleLocales)
        {
            var laidOut = EnglishEdition.LayOut(RepoPaths.Content, RepoPaths.Templates, locale);
            Assert.Empty(HeadingOutline.Check(laidOut.Reading.Blocks, levelsFromContent: true));
        }
    }

    [SkippableTheory]
    [InlineData(true, "content/en.yaml(9,12)")]
    [InlineData(false, "templates/trifold/brochure.sbn(22,3)")]
    public void Each_breach_is_found_at_the_line_that_gave_the_heading_its_level(bool levelsFromContent, string expected)
    {
        BlockNode[] order =
        [
            Heading(2),
            Heading(1),
            new BoxNode(null, [Heading(3)]),
            Heading(1),
        ];

        var problems = HeadingOutline.Check(order, levelsFromContent);

        Assert.Collection(
            problems,
            first => Assert.Contains("the first heading a reader meets is an <h2>", first.Message, StringComparison.Ordinal),
            skip => Assert.Contains("an <h3> follows an <h1>", skip.Message, StringComparison.Ordinal),
            second => Assert.Contains("a second <h1>", second.Message, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Equal(expected, p.Location?.ToString()));
    }

    [SkippableFact]
    public void An_outline_that_keeps_the_rules_has_no_finding()
    {
        BlockNode[] order = [Heading(1), Heading(2), Heading(3), Heading(2), new BoxNode(null, [Heading(3)]), Heading(2)];

        Assert.Empty(HeadingOutline.Check(order, levelsFromContent: false));
    }

    private static HeadingNode Heading(int level) => new(level, null, []) { Location = Template, TextLocation = Text };
}
