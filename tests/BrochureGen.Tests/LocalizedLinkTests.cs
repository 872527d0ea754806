using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// A translation may point where its readers should go: its front matter maps a source address
/// to its own counterpart (<c>links:</c>), and the checks then require that counterpart, in the
/// text, in links and in QR codes. Phone numbers are compared by their digits, in any form.
/// Uses the translation-workflow fixture (Fixtures/heat-safety).
/// </summary>
public sealed class LocalizedLinkTests
{
    public const string Brochure = "extreme-heat";

    public static CliRun Check(TempWorkspace workspace) =>
        CliRun.Of("check", "--content", workspace.Content, "--templates", workspace.Templates, "--brochure", Brochure);

    public static TempWorkspace Workspace() => new TempWorkspace().WithFixture("heat-safety");

    public static string File(TempWorkspace workspace, string locale) => Path.Combine(workspace.Content, Brochure, locale + ".md");

    [SkippableFact]
    public void The_spanish_edition_may_link_and_point_its_qr_code_to_the_declared_spanish_page()
    {
        using var workspace = Workspace();
        var run = Check(workspace);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("BG0110", run.Error, StringComparison.Ordinal);

        // The edition really leads there: its QR code and its link.
        var es = BrochureGen.Content.ContentLoader.LoadLocale(BrochureGen.Content.ContentLoader.LoadManifest(Path.Combine(workspace.Content, Brochure)), "es");
        var qr = Assert.IsType<BrochureGen.Content.Markdown.QrBlock>(es.Markdown!.Sections[^1].Blocks[^1]);
        Assert.Equal("https://www.cdc.gov/extremeheat/espanol", qr.Target);
    }

    [SkippableFact]
    public void Without_the_declaration_the_spanish_page_is_an_error_at_the_qr_code_and_at_the_link()
    {
        using var workspace = Workspace();
        var es = File(workspace, "es");
        workspace.Edit(es, "links:\n  https://www.cdc.gov/extremeheat: https://www.cdc.gov/extremeheat/espanol\n", string.Empty);
        var run = Check(workspace);
        Assert.Equal(1, run.ExitCode);
        var qrLine = TempWorkspace.LineOf(es, "{.qr}");
        var linkLine = TempWorkspace.LineOf(es, "[Lea la guía completa");
        Assert.Contains($"es.md({qrLine},1): error BG0110: this QR code leads to 'https://www.cdc.gov/extremeheat/espanol'; the source's leads to 'https://www.cdc.gov/extremeheat'", run.Error, StringComparison.Ordinal);
        Assert.Contains("map the source's address to this edition's own under 'links:'", run.Error, StringComparison.Ordinal);
        Assert.Matches($@"es\.md\({linkLine - 4},\d+\): error BG0110: the source's link to 'https://www.cdc.gov/extremeheat'", run.Error);
    }

    [SkippableFact]
    public void A_declared_counterpart_is_required_where_the_source_has_the_original()
    {
        using var workspace = Workspace();
        var es = File(workspace, "es");
        // The QR code and its caption go back to the English page though the file maps it.
        workspace.Edit(es, "[www.cdc.gov/extremeheat/espanol](https://www.cdc.gov/extremeheat/espanol){.qr}", "[www.cdc.gov/extremeheat](https://www.cdc.gov/extremeheat){.qr}");
        var run = Check(workspace);
        Assert.Equal(1, run.ExitCode);
        var qrLine = TempWorkspace.LineOf(es, "{.qr}");
        Assert.Contains($"es.md({qrLine},1): error BG0110: this QR code leads to 'https://www.cdc.gov/extremeheat'; the source's leads to 'https://www.cdc.gov/extremeheat' (en.md(", run.Error, StringComparison.Ordinal);
        Assert.Contains("this file's 'links' maps it to 'https://www.cdc.gov/extremeheat/espanol'", run.Error, StringComparison.Ordinal);
        Assert.Contains("error BG0110: the web address 'https://www.cdc.gov/extremeheat/espanol' is missing here: the source has 'www.cdc.gov/extremeheat'", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_mapping_that_is_not_a_web_address_is_an_error_at_its_line()
    {
        using var workspace = Workspace();
        var es = File(workspace, "es");
        workspace.Edit(es, "https://www.cdc.gov/extremeheat: https://www.cdc.gov/extremeheat/espanol", "https://www.cdc.gov/extremeheat: javascript:alert(1)");
        var run = Check(workspace);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"es.md({TempWorkspace.LineOf(es, "javascript:")},", run.Error, StringComparison.Ordinal);
        Assert.Contains("error BG0143:", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_qr_caption_that_is_only_an_address_may_stay_as_in_the_source()
    {
        using var workspace = Workspace();
        var run = Check(workspace);
        var ar = File(workspace, "ar");
        Assert.DoesNotContain($"ar.md({TempWorkspace.LineOf(ar, "{.qr}")},", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Phone_numbers_are_compared_by_their_digits_and_a_dropped_one_is_an_error()
    {
        using var workspace = Workspace();
        var es = File(workspace, "es");
        // es.md writes "+1 800 232 4636" where the source has "(800) 232-4636": the same number.
        Assert.True(Check(workspace).ExitCode == 0);

        workspace.Edit(es, "TTY: 711\\\n", "TTY\\\n");
        var run = Check(workspace);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BG0110: the phone number '711' of the source (en.md(", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_vanity_number_may_be_written_with_its_digits_but_not_with_others()
    {
        using var workspace = Workspace();
        var es = File(workspace, "es");
        workspace.Edit(es, "1-800-CDC-INFO\n", "1-800-232-4636\n");
        Assert.True(Check(workspace).ExitCode == 0);

        workspace.Edit(es, "1-800-232-4636\n", "1-800-232-4637\n");
        var run = Check(workspace);
        Assert.Contains("error BG0110: the phone number '1-800-CDC-INFO' of the source", run.Error, StringComparison.Ordinal);
    }
}
