using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// The evidence as a user files it: report.json's results by check id, check's one line per
/// edition, --strict failing a build whose results regressed (and keeping the earlier files),
/// the statement's contact from brochure.yaml and its templates' errors.
/// </summary>
public sealed class AccessibilityEvidenceTests
{
    [SkippableFact]
    public void Check_prints_one_accessibility_line_per_edition()
    {
        using var workspace = new TempWorkspace();
        var run = CliRun.Of("check", "--content", workspace.Content, "--templates", workspace.Templates, "--locale", "en", "--locale", "es");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n').Where(l => l.TrimStart().StartsWith("accessibility: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Matches(@"^  accessibility: \d+ checks passed, \d+ warned, 0 failed; WCAG 2\.1 AA: \d+ supported, \d+ partially, 0 not, 21 not applicable; \d+ need a person's review", l));

        // Spanish braille leaves out '§' (BG0823): a warning, so 2.1 AA is not touched but the check warns.
        Assert.Contains(" 1 warned,", lines[1], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_strict_build_fails_an_edition_whose_result_regressed_and_keeps_its_earlier_files()
    {
        using var workspace = new TempWorkspace();
        var first = CliRun.Build(workspace, "--locale", "es", "--edition", "braille");
        Assert.True(first.ExitCode == 0, first.Error);
        var reportPath = Path.Combine(workspace.Output, "report.json");
        var report = JsonNode.Parse(File.ReadAllText(reportPath))!;
        var edition = report["editions"]!.AsArray().Single(e => (string?)e!["locale"] == "es")!;
        var braille = edition["accessibility"]!["results"]!["braille-edition"]!["braille"]!;
        Assert.Equal("warn", (string?)braille["result"]);

        // As if the last build had passed the check (the table then wrote '§'): now it warns.
        braille["result"] = "pass";
        File.WriteAllText(reportPath, report.ToJsonString());

        // Without --strict a regression is only reported (the statement and report say it).
        var plain = CliRun.Build(workspace, "--locale", "es", "--edition", "braille", "--force");
        Assert.True(plain.ExitCode == 0, plain.Error);
        File.WriteAllText(reportPath, report.ToJsonString());
        var files = Hashes(workspace.Output);

        var strict = CliRun.Build(workspace, "--locale", "es", "--edition", "braille", "--force", "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error BG0901: accessibility check braille-edition (braille (BRF)) of the 'es' edition regressed from pass to warn", strict.Error, StringComparison.Ordinal);
        Assert.Contains("es.md", strict.Error, StringComparison.Ordinal);

        // The edition's files are as they were, and so is the baseline the next strict build compares with.
        var after = Hashes(workspace.Output);
        Assert.Equal(files.Where(f => f.Key.Contains("stop-human-trafficking.es.", StringComparison.Ordinal)), after.Where(f => f.Key.Contains("stop-human-trafficking.es.", StringComparison.Ordinal)));
        var kept = JsonNode.Parse(File.ReadAllText(reportPath))!["editions"]!.AsArray().Single(e => (string?)e!["locale"] == "es")!;
        Assert.Equal("pass", (string?)kept["accessibility"]!["results"]!["braille-edition"]!["braille"]!["result"]);
        Assert.False((bool)kept["checksPassed"]!);
    }

    [SkippableFact]
    public void Report_json_carries_every_editions_results_by_check_id_and_format()
    {
        using var workspace = new TempWorkspace();
        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "html");
        Assert.True(run.ExitCode == 0, run.Error);
        var edition = JsonNode.Parse(File.ReadAllText(Path.Combine(workspace.Output, "report.json")))!["editions"]!.AsArray().Single()!;
        var accessibility = edition["accessibility"]!;
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}$", (string?)accessibility["evaluated"]);
        Assert.Equal("pass", (string?)accessibility["results"]!["html-structure"]!["html"]!["result"]);
        Assert.Equal("pass", (string?)accessibility["results"]!["reading-order"]!["edition"]!["result"]);
        Assert.Null(accessibility["results"]!["pdf-tagged"]);

        // The report page and its data are files of the edition, listed with their sizes and digests.
        var kinds = edition["files"]!.AsArray().Select(f => (string?)f!["kind"]).ToList();
        Assert.Contains("accessibility", kinds);
        Assert.Contains("accessibility-data", kinds);
        // A statement in each language of the gallery's editions that has a template: English only here.
        Assert.True(File.Exists(Path.Combine(workspace.Output, "accessibility-statement.en.html")));
        Assert.False(File.Exists(Path.Combine(workspace.Output, "accessibility-statement.es.html")));
    }

    [SkippableFact]
    public void A_brochure_without_a_contact_is_warned_about_and_its_statement_says_whom_to_ask()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ManifestFile, "accessibility-contact:\n  name: Connecticut Office of the Victim Advocate\n  phone: 860-550-6632\n  web: https://www.ct.gov/ova\n", string.Empty);
        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "html");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("warning BG0903: brochure.yaml names no one to ask for another format", run.Error, StringComparison.Ordinal);
        var statement = File.ReadAllText(Path.Combine(workspace.Output, "accessibility-statement.en.html"));
        Assert.Contains("ask the office that gave you the brochure.", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("tel:", statement, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("  phone: 860-550-6632\n", "  phone: call us\n", "phone: call us", "'accessibility-contact: phone' must be a phone number")]
    [InlineData("  web: https://www.ct.gov/ova\n", "  web: javascript:alert(1)\n", "web: javascript", "'accessibility-contact: web' must be an https:// address")]
    [InlineData("  web: https://www.ct.gov/ova\n", "  web: https://www.ct.gov/ova\n  fax: 860-560-7065\n", "fax: 860", "unknown key 'fax' in 'accessibility-contact'")]
    public void A_contact_that_cannot_be_a_link_is_an_error_at_its_line(string find, string replace, string line, string message)
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ManifestFile, find, replace);
        var run = CliRun.Of("check", "--content", workspace.Content, "--templates", workspace.Templates, "--locale", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"brochure.yaml({TempWorkspace.LineOf(workspace.ManifestFile, line)},", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("BG0106", run.Error, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("title: Declaración de accesibilidad\n", "titel: Declaración de accesibilidad\n", "titel:", "unknown key 'titel' (did you mean 'title'?)")]
    [InlineData("no-contact: \"Para {title}:", "no-contact: \"Para {titulo}:", "no-contact:", "'no-contact' has the placeholder {titulo}, which it cannot have; it may have {title}")]
    [InlineData("contact-phone: \"Teléfono: {phone}\"", "contact-phone: \"Teléfono\"", "contact-phone:", "'contact-phone' leaves out {phone}")]
    public void A_statement_template_with_a_wrong_key_or_placeholder_is_an_error_at_its_line(string find, string replace, string line, string message)
    {
        using var workspace = new TempWorkspace();
        var template = Path.Combine(workspace.Templates, "statement", "es.yaml");
        workspace.Edit(template, find, replace);
        var run = CliRun.Of("check", "--content", workspace.Content, "--templates", workspace.Templates, "--locale", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"statement/es.yaml({TempWorkspace.LineOf(template, line)},", run.Error, StringComparison.Ordinal);
        Assert.Contains($"error BG0902: {message}", run.Error, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
