using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BrochureGen.Content;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// Content, translations, themes, templates and folder names are tried as an attacker would
/// send them: nothing in the published pages runs (checked in Chromium, with the pages'
/// Content-Security-Policy in force and without it), links lead only where a reader can
/// safely follow, and every refusal is a diagnostic at the file and line that asked for it.
/// </summary>
public sealed class SecurityTests
{
    private const string Payload = "<script>window.__pwned=1;alert(1)</script><img src=x onerror=\"window.__pwned=2\">";

    [SkippableFact]
    public void Script_in_content_and_theme_values_never_runs_in_the_html_edition_or_the_gallery()
    {
        AxeCheck.Require();
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("en"), "- Labor trafficking occurs when", $"- Labor trafficking {Payload} occurs when");
        workspace.Edit(workspace.ContentFile("en"), "# Stop Human Trafficking", "# Stop Human Trafficking </title><script>window.__pwned=3</script>");
        workspace.Edit(workspace.ThemeFile(), "  bullet: \"•\"", "  bullet: \"•</style><script>window.__pwned=4</script>\"");
        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "html");
        Assert.True(run.ExitCode == 0, run.Error);

        var html = Path.Combine(workspace.Output, EnglishEdition.SampleId, $"{EnglishEdition.SampleId}.en.html");
        var gallery = Path.Combine(workspace.Output, "index.html");
        foreach (var page in new[] { html, gallery })
        {
            var text = File.ReadAllText(page);
            Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'none';", text, StringComparison.Ordinal);
            Assert.DoesNotMatch("<script|<img src=x", text);
        }

        Assert.Contains("&lt;script&gt;window.__pwned=1", File.ReadAllText(html), StringComparison.Ordinal);
        foreach (var page in ScriptCheck.Run([html, gallery]))
        {
            Assert.Equal(2, page.Runs.Count);
            Assert.All(page.Runs, r =>
            {
                Assert.Empty(r.Dialogs);
                Assert.True(r.Pwned is null or { ValueKind: System.Text.Json.JsonValueKind.Null }, $"{page.File} (policy {(r.Csp ? "on" : "off")}): a payload ran");
                Assert.False(r.Navigated);
            });
        }
    }

    [SkippableFact]
    public void The_pages_policy_stops_a_script_that_the_check_sees_run_without_it()
    {
        // The control for the test above: a page with BrochureGen's policy and a script in it.
        AxeCheck.Require();
        var folder = Directory.CreateTempSubdirectory("brochuregen-csp-");
        try
        {
            var page = Path.Combine(folder.FullName, "page.html");
            File.WriteAllText(page, $"<!DOCTYPE html><html lang=\"en\"><head>{Rendering.Html.ContentSecurityPolicy.MetaElement}<title>t</title></head><body><script>window.__pwned=1</script></body></html>");
            var runs = Assert.Single(ScriptCheck.Run([page])).Runs;
            var enforced = runs.Single(r => r.Csp);
            var bypassed = runs.Single(r => !r.Csp);
            Assert.True(enforced.Pwned is null or { ValueKind: System.Text.Json.JsonValueKind.Null });
            Assert.Contains(enforced.Violations, v => v.StartsWith("script-src", StringComparison.Ordinal));
            Assert.Equal(1, bypassed.Pwned!.Value.GetInt32());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SkippableTheory]
    [InlineData("javascript:alert(document.domain)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("vbscript:msgbox(1)")]
    public void A_link_that_could_run_code_is_refused_at_its_line_in_markdown_yaml_and_template_markup(string target)
    {
        using (var markdown = new TempWorkspace())
        {
            markdown.Edit(markdown.ContentFile("en"), "- Labor trafficking occurs when", $"- [Click]({target.Replace(" ", "%20", StringComparison.Ordinal)}) Labor trafficking occurs when");
            var line = TempWorkspace.LineOf(markdown.ContentFile("en"), "[Click](");
            var run = CliRun.Build(markdown, "--locale", "en");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"en.md({line},", run.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(markdown.Output, EnglishEdition.SampleId)) && Directory.EnumerateFiles(Path.Combine(markdown.Output, EnglishEdition.SampleId)).Any());
        }

        using (var yaml = new TempWorkspace(yamlRoute: true))
        {
            yaml.Edit(yaml.ContentFile("en"), "  publisher: Connecticut Office of the Victim Advocate", $"  publisher: \"[Connecticut Office of the Victim Advocate]({target})\"");
            var line = TempWorkspace.LineOf(yaml.ContentFile("en"), "  publisher:");
            var run = CliRun.Build(yaml, "--locale", "en");
            Assert.Equal(1, run.ExitCode);
            Assert.Matches($@"en\.yaml\({line},\d+\): error BG0305: a link may lead only to", run.Error);
        }

        using (var template = new TempWorkspace(yamlRoute: true))
        {
            template.Edit(template.TemplateFile(), "  <p class=\"byline\">{{ content.cover.publisher }}</p>", $"  <p class=\"byline\"><a href=\"{System.Net.WebUtility.HtmlEncode(target)}\">{{{{ content.cover.publisher }}}}</a></p>");
            var line = TempWorkspace.LineOf(template.TemplateFile(), "<p class=\"byline\"><a href=");
            var run = CliRun.Build(template, "--locale", "en");
            Assert.Equal(1, run.ExitCode);
            Assert.Matches($@"brochure\.sbn\({line},\d+\): error BG0305", run.Error);
        }
    }

    [SkippableFact]
    public void A_brochure_folder_whose_name_could_be_a_script_link_is_an_error_naming_the_folder()
    {
        using var workspace = new TempWorkspace();
        var hostile = Path.Combine(workspace.Content, "javascript:alert(document.domain);");
        Directory.Move(workspace.BrochureFolder, hostile);
        var run = CliRun.Build(workspace);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BG0130: the brochure folder 'javascript:alert(document.domain);' has a name that cannot be a brochure's id", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(workspace.Output, "index.html")) && File.ReadAllText(Path.Combine(workspace.Output, "index.html")).Contains("javascript:", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_theme_name_that_could_close_the_style_sheet_is_refused_at_its_line()
    {
        using var workspace = new TempWorkspace();
        var theme = File.ReadAllText(workspace.ThemeFile());
        File.WriteAllText(workspace.ThemeFile(), theme.Replace("tones:\n", "tones:\n  \"x</style><script>1</script>\":\n    text: ink\n    heading: navy\n    link: link-navy\n    accent: rust\n", StringComparison.Ordinal));
        var line = TempWorkspace.LineOf(workspace.ThemeFile(), "x</style>");
        var run = CliRun.Build(workspace, "--locale", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"civic\.yaml\({line + 1},\d+\): error BG0401: 'x</style><script>1</script>' cannot be the name of a tone", run.Error);
    }

    [SkippableTheory]
    [InlineData("\u202E", "BG0131")]
    [InlineData("\u202D", "BG0131")]
    [InlineData("\uFFFF", "BG0107")]
    public void Bidi_overrides_and_noncharacters_are_refused_at_their_column(string character, string code)
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("en"), "- Labor trafficking occurs when", $"- Labor {character}trafficking occurs when");
        var line = TempWorkspace.LineOf(workspace.ContentFile("en"), "- Labor ");
        var run = CliRun.Build(workspace, "--locale", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"en.md({line},9): error {code}", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_tower_of_combining_marks_is_refused_where_it_starts_to_tower()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("en"), "- Labor trafficking occurs when", "- Labor t" + string.Concat(Enumerable.Repeat("\u0301", 10_000)) + "rafficking occurs when");
        var line = TempWorkspace.LineOf(workspace.ContentFile("en"), "- Labor t");
        var run = CliRun.Build(workspace, "--locale", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"en.md({line},{"- Labor t".Length + ControlCharacters.MostMarks + 1}): error BG0132: more than 6 combining marks are stacked on one letter", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Ten_thousand_sections_or_a_twenty_thousand_row_table_are_refused_at_the_content_not_the_template()
    {
        using var workspace = new TempWorkspace();
        var sections = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            sections.Append(CultureInfo.InvariantCulture, $"## Section {i}\n\nText {i}.\n\n");
        }

        File.AppendAllText(workspace.ContentFile("en"), "\n" + sections);
        var run = CliRun.Build(workspace, "--locale", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BG0114: the file has 10,0", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"en\.md\(\d+,1\): error BG0114", run.Error);
        Assert.DoesNotContain("brochure.sbn", run.Error, StringComparison.Ordinal);

        using var table = new TempWorkspace();
        var rows = new StringBuilder("\n| A | B |\n|---|---|\n");
        for (var i = 0; i < 20_000; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"| {i} | {i} |\n");
        }

        File.AppendAllText(table.ContentFile("en"), rows.ToString());
        var tableRun = CliRun.Build(table, "--locale", "en");
        Assert.Equal(1, tableRun.ExitCode);
        Assert.Contains("error BG0114: this table has 20,001 rows; a table may have at most 500", tableRun.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("brochure.sbn", tableRun.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_template_regular_expression_that_backtracks_for_ever_stops_within_the_time_limit()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        workspace.Edit(workspace.TemplateFile(), "  <p class=\"byline\">{{ content.cover.publisher }}</p>", "  <p class=\"byline\">{{ content.cover.publisher }}{{ for i in 1..20 }}{{ \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" | regex.match \"^(a+)+$\" }}{{ end }}</p>");
        var line = TempWorkspace.LineOf(workspace.TemplateFile(), "regex.match");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = CliRun.Build(workspace, "--locale", "en");
        clock.Stop();
        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"brochure\.sbn\({line},\d+\): error BG0202", run.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"the build took {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
