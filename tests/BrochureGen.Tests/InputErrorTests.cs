using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>Bad input ends in a diagnostic naming file, line and column, exit code 1, and no output files.</summary>
public sealed class InputErrorTests
{
    [SkippableFact]
    public void A_missing_image_is_reported_once_at_its_content_line()
    {
        using var workspace = new TempWorkspace();
        var file = workspace.ContentFile("en");
        workspace.Edit(file, "## The Statistics\n", "## The Statistics\n\n![A chart](missing.png)\n");

        var run = CliRun.Of("check", "--content", workspace.Content, "--templates", workspace.Templates, "--locale", "en");

        Assert.Equal(1, run.ExitCode);
        var reports = run.Error.Split('\n').Where(line => line.Contains("BG0502", StringComparison.Ordinal)).ToList();
        Assert.Single(reports);
        Assert.Contains($"en.md({TempWorkspace.LineOf(file, "![A chart]")},", reports[0], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_misspelt_placeholder_in_a_link_description_is_an_error_at_its_line()
    {
        using var workspace = new TempWorkspace();
        var file = workspace.ContentFile("en");
        workspace.Edit(file, "call: \"Call the {name}, {link}\"", "call: \"Call the {nmae}, {link}\"");

        var run = CliRun.Of("check", "--content", workspace.Content, "--templates", workspace.Templates, "--locale", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"en.md({TempWorkspace.LineOf(file, "call:")},", run.Error, StringComparison.Ordinal);
        Assert.Contains("error BG0102: unknown placeholder '{nmae}' in the 'call' link description (did you mean '{name}'?)", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Unknown_markup_element_names_the_template_line_that_wrote_it()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        var template = workspace.TemplateFile();
        workspace.Edit(template, "  <decor kind=\"rule\"/>", "  <blink>now</blink>");
        var line = TempWorkspace.LineOf(template, "<blink>");

        var run = CliRun.Build(workspace);

        AssertFailedWith(run, "BG0302", $"brochure.sbn({line},3)", "unknown element <blink>");
        Assert.False(Directory.Exists(workspace.Output), "a failed build must not write output");
    }

    [SkippableFact]
    public void Unknown_attribute_names_the_template_line()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        var template = workspace.TemplateFile();
        workspace.Edit(template, "<p class=\"byline\">", "<p class=\"byline\" style=\"color: red\">");
        var line = TempWorkspace.LineOf(template, "style=\"color: red\"");

        AssertFailedWith(CliRun.Build(workspace), "BG0303", $"brochure.sbn({line},", "has no attribute 'style'");
    }

    [SkippableFact]
    public void Missing_content_key_names_the_template_line_and_the_key()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        workspace.Edit(workspace.ContentFile("en"), "  intro: \"A victim may exhibit some of the following signs:\"\n", string.Empty);
        var line = TempWorkspace.LineOf(workspace.TemplateFile(), "content.signs.intro");

        AssertFailedWith(CliRun.Build(workspace), "BG0203", $"brochure.sbn({line},", "'signs.intro' is missing from", "en.yaml");
    }

    [SkippableFact]
    public void Every_missing_content_key_is_reported_in_one_run()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        workspace.Edit(workspace.ContentFile("en"), "  intro: \"A victim may exhibit some of the following signs:\"\n", string.Empty);
        workspace.Edit(workspace.ContentFile("en"), "  heading: The Statistics\n", string.Empty);

        var run = CliRun.Build(workspace, "--locale", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'signs.intro' is missing", run.Error, StringComparison.Ordinal);
        Assert.Contains("'statistics.heading' is missing", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Overflowing_pinned_panel_names_panel_locale_amount_and_content_line()
    {
        using var workspace = new TempWorkspace();
        var extra = string.Concat(Enumerable.Range(1, 12).Select(i => $"- Extra item {i} that makes the section pinned to the cover far too long to fit there.\n"));
        workspace.Edit(workspace.ContentFile("en"), "- Labor trafficking occurs when people work as indentured servants.\n", "- Labor trafficking occurs when people work as indentured servants.\n" + extra);
        workspace.Edit(workspace.ContentFile("en"), "## What is human trafficking?\n", "## What is human trafficking? {pin=cover}\n");

        var run = CliRun.Build(workspace, "--locale", "en");

        AssertFailedWith(run, "BG0501", "en.md(", "panel 'cover' of the 'en' edition overflows by", " pt");
        var amount = System.Text.RegularExpressions.Regex.Match(run.Error, @"overflows by (\d+\.\d) pt");
        Assert.True(double.Parse(amount.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 50);
    }

    [SkippableFact]
    public void A_heading_whose_text_no_longer_fits_is_reported_with_it()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        // Without tightening, and sized so that the federal heading itself still fits and the first line after it does not.
        workspace.Edit(workspace.ThemeFile(), "fit:\n  spacing: [0.85, 0.7]\n  text-step: 0.25\n", "fit:\n  spacing: []\n  text-step: 0\n");
        var longer = string.Concat(Enumerable.Range(1, 5).Select(i => $"    - Extra right number {i} that makes the legal rights section longer than before.\n")) + "    - Short extra.\n";
        workspace.Edit(workspace.ContentFile("en"), "    - A police officer who arrests", longer + "    - A police officer who arrests");
        var headingLine = TempWorkspace.LineOf(workspace.ContentFile("en"), "heading: What are some federal protections for victims?");

        AssertFailedWith(CliRun.Build(workspace), "BG0501", $"en.yaml({headingLine},", "'federal.heading'");
    }

    [SkippableFact]
    public void Include_outside_the_templates_folder_is_refused()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        var template = workspace.TemplateFile();
        workspace.Edit(template, "<brochure lang=", "{{ include '../../content/stop-human-trafficking/en.yaml' }}<brochure lang=");
        var line = TempWorkspace.LineOf(template, "include '../../content");

        AssertFailedWith(CliRun.Build(workspace), "BG0204", $"brochure.sbn({line},", "refused");
    }

    [SkippableFact]
    public void Unbalanced_inline_markup_of_yaml_content_points_at_the_opening_mark()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        workspace.Edit(workspace.ContentFile("en"), "    - Works excessively.", "    - Works **excessively.");
        var line = TempWorkspace.LineOf(workspace.ContentFile("en"), "Works **excessively");

        AssertFailedWith(CliRun.Build(workspace), "BG0105", $"en.yaml({line},13)", "'**' opened here is never closed");
    }

    [SkippableFact]
    public void Character_missing_from_the_fonts_names_the_code_point_and_content_position()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("en"), "- Works excessively.", "- Works excessively (ሀ).");
        var line = TempWorkspace.LineOf(workspace.ContentFile("en"), "(ሀ)");

        AssertFailedWith(CliRun.Build(workspace), "BG0403", $"en.md({line},3)", "U+1200 'ሀ'", "list item \"Works excessively (ሀ).\"", "is in none of the fonts");
    }

    [SkippableTheory]
    [InlineData("يعمل")]
    [InlineData("काम")]
    [InlineData("일")]
    public void Text_in_any_script_the_theme_has_a_font_for_builds(string word)
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("en"), "- Works excessively.", $"- Works excessively ({word}).");

        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "screen");

        Assert.True(run.ExitCode == 0, run.Error);
    }

    [SkippableFact]
    public void A_script_no_font_of_the_theme_has_is_an_error_at_its_character()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("en"), "- Works excessively.", "- Works excessively (עובד).");
        var line = TempWorkspace.LineOf(workspace.ContentFile("en"), "עובד");

        AssertFailedWith(CliRun.Build(workspace, "--locale", "en"), "BG0403", $"en.md({line},", "U+05E2", "is in none of the fonts");
    }

    [SkippableFact]
    public void Yaml_syntax_error_names_the_position()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        workspace.Edit(workspace.ContentFile("en"), "  heading: The Statistics", "  heading: [The Statistics");

        AssertFailedWith(CliRun.Build(workspace), "BG0101", "en.yaml(");
    }

    [SkippableFact]
    public void A_failed_edition_leaves_earlier_output_untouched()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace).ExitCode);
        var pdf = Path.Combine(workspace.Output, "stop-human-trafficking", "stop-human-trafficking.en.pdf");
        var before = File.ReadAllBytes(pdf);

        workspace.Edit(workspace.ContentFile("en"), "- Works excessively.", "- Works [excessively](#).");
        Assert.Equal(1, CliRun.Build(workspace).ExitCode);

        Assert.Equal(before, File.ReadAllBytes(pdf));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(pdf)!, "*.tmp"));
    }

    private static void AssertFailedWith(CliRun run, string code, params string[] fragments)
    {
        Assert.Equal(1, run.ExitCode);
        var line = run.Error.Split('\n').FirstOrDefault(l => l.Contains(code, StringComparison.Ordinal));
        Assert.True(line is not null, $"no {code} diagnostic in:\n{run.Error}");
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, line, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
