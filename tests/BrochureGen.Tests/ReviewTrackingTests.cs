using System.Text.Json;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// Review is tracked per block: <c>review</c> records each block of a translation against the
/// source text it was reviewed against, and a later change to one source block makes exactly
/// that block of the reviewed translation need review, in check, build, list and the report,
/// with the edition counted as a draft until it is reviewed again.
/// </summary>
public sealed class ReviewTrackingTests
{
    private const string Brochure = LocalizedLinkTests.Brochure;

    private static CliRun Review(TempWorkspace workspace, string locale) =>
        CliRun.Of("review", Brochure, "--locale", locale, "--content", workspace.Content);

    private static CliRun List(TempWorkspace workspace) => CliRun.Of("list", "--content", workspace.Content);

    [SkippableFact]
    public void Review_records_every_block_and_marks_the_locale_reviewed()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var run = Review(workspace, "es");
        Assert.True(run.ExitCode == 0, run.Error);
        var record = Path.Combine(workspace.Content, Brochure, "es.review.lock");
        Assert.Contains("source: en\n", File.ReadAllText(record), StringComparison.Ordinal);
        Assert.Contains("block s2.b1.i2 ", File.ReadAllText(record), StringComparison.Ordinal);
        Assert.Contains("  es: reviewed", File.ReadAllText(Path.Combine(workspace.Content, Brochure, "brochure.yaml")), StringComparison.Ordinal);

        var check = LocalizedLinkTests.Check(workspace);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("extreme-heat es (reviewed)", check.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("BG0140", check.Error, StringComparison.Ordinal);

        // Same state, same bytes.
        var before = File.ReadAllBytes(record);
        Assert.Equal(0, Review(workspace, "es").ExitCode);
        Assert.Equal(before, File.ReadAllBytes(record));
    }

    [SkippableFact]
    public void Changing_one_source_sentence_makes_exactly_that_block_need_review_everywhere()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        Assert.Equal(0, Review(workspace, "es").ExitCode);
        var en = LocalizedLinkTests.File(workspace, "en");
        var es = LocalizedLinkTests.File(workspace, "es");
        workspace.Edit(en, "2. Move the person to a cooler place.", "2. Move the person to a cooler, shaded place.");
        var esLine = TempWorkspace.LineOf(es, "Lleve a la persona");
        var enLine = TempWorkspace.LineOf(en, "cooler, shaded place");

        var check = LocalizedLinkTests.Check(workspace);
        Assert.True(check.ExitCode == 0, check.Error);
        var warnings = check.Error.Split('\n').Where(l => l.Contains("BG0140", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains($"es.md({esLine},4): warning BG0140: block s2.b1.i2 needs review: the source changed since it was reviewed (en.md({enLine},4))", warning, StringComparison.Ordinal);
        Assert.Contains("extreme-heat es (draft: 1 block needs review since it was reviewed)", check.Output, StringComparison.Ordinal);
        // The draft Arabic translation has no review to lose.
        Assert.Contains("extreme-heat ar (draft)", check.Output, StringComparison.Ordinal);

        var list = List(workspace);
        Assert.Contains("draft: 1 block needs review since it was reviewed", list.Output, StringComparison.Ordinal);
        Assert.Matches($@"\n      s2\.b1\.i2 \([^\n]*es\.md\({esLine},4\)\): the source changed since it was reviewed\n", list.Output);

        var skipped = CliRun.Build(workspace, "--brochure", Brochure, "--reviewed-only", "--edition", "html");
        Assert.Contains("extreme-heat es (draft: 1 block needs review since it was reviewed): skipped, 1 block(s) need review", skipped.Output, StringComparison.Ordinal);

        var build = CliRun.Build(workspace, "--brochure", Brochure, "--locale", "es", "--edition", "html");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Contains("BG0140", build.Error, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(workspace.Output, "report.json")));
        Assert.Contains("\"draft\"", File.ReadAllText(Path.Combine(workspace.Output, "report.json")), StringComparison.Ordinal);

        // Reviewed again: reviewed.
        Assert.Equal(0, Review(workspace, "es").ExitCode);
        var again = LocalizedLinkTests.Check(workspace);
        Assert.DoesNotContain("BG0140", again.Error, StringComparison.Ordinal);
        Assert.Contains("extreme-heat es (reviewed)", again.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_changed_translation_needs_review_too()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        Assert.Equal(0, Review(workspace, "es").ExitCode);
        var es = LocalizedLinkTests.File(workspace, "es");
        workspace.Edit(es, "Beba más agua de lo normal", "Tome más agua de lo normal");
        var check = LocalizedLinkTests.Check(workspace);
        var warning = Assert.Single(check.Error.Split('\n'), l => l.Contains("BG0140", StringComparison.Ordinal));
        Assert.Contains($"es.md({TempWorkspace.LineOf(es, "Tome más agua")},3): warning BG0140: block s3.b1.i2 needs review: the translation changed since it was reviewed", warning, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_reviewed_translation_without_a_record_says_so()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        workspace.Edit(Path.Combine(workspace.Content, Brochure, "brochure.yaml"), "  es: draft", "  es: reviewed");
        var check = LocalizedLinkTests.Check(workspace);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("es.md: warning BG0141: 'es' is marked reviewed but has no review record (es.review.lock)", check.Error, StringComparison.Ordinal);
        Assert.Contains("extreme-heat es (reviewed)", check.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_translation_that_fails_its_checks_cannot_be_recorded_as_reviewed()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var es = LocalizedLinkTests.File(workspace, "es");
        workspace.Edit(es, "TTY: 711\\\n", "TTY\\\n");
        var run = Review(workspace, "es");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BG0110: the phone number '711'", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(workspace.Content, Brochure, "es.review.lock")));
        Assert.Contains("  es: draft", File.ReadAllText(Path.Combine(workspace.Content, Brochure, "brochure.yaml")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_damaged_record_is_an_error_at_its_line()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        Assert.Equal(0, Review(workspace, "es").ExitCode);
        var record = Path.Combine(workspace.Content, Brochure, "es.review.lock");
        File.AppendAllText(record, "block s1 not-a-fingerprint\n");
        var check = LocalizedLinkTests.Check(workspace);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"es.review.lock({File.ReadAllLines(record).Length},1): error BG0142:", check.Error, StringComparison.Ordinal);
    }
}
