using System.Text.Json;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// Incremental builds: an edition whose inputs are unchanged is up to date and not written
/// again; report.json and index.html are merged, so a filtered or sharded build keeps the rest.
/// </summary>
public sealed class IncrementalBuildTests
{
    private const string Brochure = "stop-human-trafficking";

    [SkippableFact]
    public void A_second_build_with_nothing_changed_writes_nothing()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--edition", "screen").ExitCode);
        var before = Snapshot(workspace);

        var again = CliRun.Build(workspace, "--edition", "screen");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"0 edition(s) built, {EnglishEdition.SampleLocales.Count} up to date", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote ", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Brochure} en", again.Output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(workspace));
    }

    [SkippableFact]
    public void An_up_to_date_build_still_says_how_many_warnings_its_editions_have()
    {
        using var workspace = new TempWorkspace();
        var first = CliRun.Build(workspace, "--locale", "en", "--locale", "ht", "--edition", "braille");
        var warnings = SampleBraille.Written ? 1 : 2;   // ht has no braille table (or no liblouis at all)
        Assert.Contains($"2 edition(s) built, {warnings} warning(s)", first.Output, StringComparison.Ordinal);

        var again = CliRun.Build(workspace, "--locale", "en", "--locale", "ht", "--edition", "braille");

        Assert.Contains($"0 edition(s) built, 2 up to date with {warnings} warning(s) from their last build (see report.json; --force prints them), 0 warning(s)", again.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Editing_a_translation_rebuilds_that_edition_and_editing_the_source_rebuilds_all()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--edition", "screen").ExitCode);

        workspace.Edit(workspace.ContentFile("es"), "son niños.", "son menores.");
        var translation = CliRun.Build(workspace, "--edition", "screen");
        Assert.Equal(0, translation.ExitCode);
        Assert.Contains($"1 edition(s) built, {EnglishEdition.SampleLocales.Count - 1} up to date", translation.Output, StringComparison.Ordinal);
        Assert.Contains($"wrote output/{Brochure}/{Brochure}.es.pdf", translation.Output.Replace(workspace.Root + "/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        // Every edition reads the source locale (translation checks compare against it).
        workspace.Edit(workspace.ContentFile("en"), "victims are children.", "victims are young children.");
        var source = CliRun.Build(workspace, "--edition", "screen");
        Assert.Equal(0, source.ExitCode);
        Assert.Contains($"{EnglishEdition.SampleLocales.Count} edition(s) built, 0 warning(s)", source.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_missing_file_or_force_or_other_editions_kinds_rebuild()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--edition", "screen").ExitCode);

        File.Delete(Path.Combine(workspace.Output, Brochure, $"{Brochure}.vi.pdf"));
        Assert.Contains($"1 edition(s) built, {EnglishEdition.SampleLocales.Count - 1} up to date", CliRun.Build(workspace, "--edition", "screen").Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(workspace.Output, Brochure, $"{Brochure}.vi.pdf")));

        Assert.Contains($"{EnglishEdition.SampleLocales.Count} edition(s) built,", CliRun.Build(workspace, "--edition", "screen", "--force").Output, StringComparison.Ordinal);

        // Asking for other files changes what the edition is made into.
        var png = CliRun.Build(workspace, "--edition", "png", "--locale", "en");
        Assert.Contains("1 edition(s) built,", png.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(workspace.Output, Brochure, $"{Brochure}.en.page-1.png")));
    }

    [SkippableFact]
    public void A_filtered_or_sharded_build_keeps_every_other_edition_in_the_report_and_gallery()
    {
        using var workspace = new TempWorkspace();
        for (var shard = 1; shard <= 3; shard++)
        {
            Assert.Equal(0, CliRun.Build(workspace, "--edition", "screen", "--shard", $"{shard}/3").ExitCode);
        }

        Assert.Equal(EnglishEdition.SampleLocales, ReportLocales(workspace));
        Assert.Equal(EnglishEdition.SampleLocales.Count, GalleryEditions(workspace));

        var english = CliRun.Build(workspace, "--edition", "screen", "--locale", "en", "--force");
        Assert.Contains("1 edition(s) built,", english.Output, StringComparison.Ordinal);
        Assert.Equal(EnglishEdition.SampleLocales, ReportLocales(workspace));
        Assert.Equal(EnglishEdition.SampleLocales.Count, GalleryEditions(workspace));
        foreach (var locale in EnglishEdition.SampleLocales)
        {
            Assert.Contains($"{Brochure}.{locale}.pdf", File.ReadAllText(Path.Combine(workspace.Output, "index.html")), StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void A_build_of_some_kinds_or_a_failed_build_keeps_the_other_files_in_the_report_and_gallery()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--locale", "es").ExitCode);
        var all = Kinds(workspace, "en");
        Assert.Contains("pdf", all);
        Assert.Contains("html", all);

        // Only the HTML editions: the PDFs, proofs and BRF are still on disk and still offered.
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--edition", "html").ExitCode);
        Assert.Equal(all.Order(StringComparer.Ordinal), Kinds(workspace, "en").Order(StringComparer.Ordinal));

        // A failed Spanish build leaves its files untouched; the report says it failed and the
        // gallery keeps offering the last good files, saying they are from an earlier build.
        workspace.Edit(workspace.ContentFile("es"), "\n1-888-373-7888\n:::", "\n1-888-373-7880\n:::");
        Assert.Equal(1, CliRun.Build(workspace, "--locale", "es").ExitCode);
        Assert.Contains("pdf", Kinds(workspace, "es"));
        var gallery = File.ReadAllText(Path.Combine(workspace.Output, "index.html"));
        Assert.Contains("stop-human-trafficking.es.pdf", gallery, StringComparison.Ordinal);
        Assert.Contains("The last build of this edition failed", gallery, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Gallery_without_its_content_folder_is_an_error_and_writes_nothing()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--edition", "screen").ExitCode);
        var report = Path.Combine(workspace.Output, "report.json");
        var before = File.ReadAllBytes(report);

        var run = CliRun.Of("gallery", "--content", Path.Combine(workspace.Root, "no-such-folder"), "--templates", workspace.Templates, "--output", workspace.Output, report);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-folder' does not exist", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(report));
    }

    private static List<string> Kinds(TempWorkspace workspace, string locale)
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, "report.json")));
        var edition = report.RootElement.GetProperty("editions").EnumerateArray().Single(e => e.GetProperty("locale").GetString() == locale);
        return edition.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!).Distinct().ToList();
    }

    [SkippableFact]
    public void Gallery_joins_the_reports_of_shards_built_on_separate_runners()
    {
        using var workspace = new TempWorkspace();
        var reports = new List<string>();
        for (var shard = 1; shard <= 3; shard++)
        {
            // Each runner has its own output folder; CI then copies the files into one.
            var runner = Path.Combine(workspace.Root, $"runner-{shard}");
            Assert.Equal(0, CliRun.Of("build", "--content", workspace.Content, "--templates", workspace.Templates, "--output", runner, "--edition", "screen", "--shard", $"{shard}/3").ExitCode);
            CopyFolder(Path.Combine(runner, Brochure), Path.Combine(workspace.Output, Brochure));
            reports.Add(Path.Combine(runner, "report.json"));
        }

        var gallery = CliRun.Of(["gallery", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output, .. reports]);

        Assert.Equal(0, gallery.ExitCode);
        Assert.Contains($"gallery of {EnglishEdition.SampleLocales.Count} edition(s) from 3 report(s)", gallery.Output, StringComparison.Ordinal);
        Assert.Equal(EnglishEdition.SampleLocales, ReportLocales(workspace));
        Assert.Equal(EnglishEdition.SampleLocales.Count, GalleryEditions(workspace));

        // A report whose files were not copied would give broken links: an error, nothing written.
        File.Delete(Path.Combine(workspace.Output, Brochure, $"{Brochure}.ko.pdf"));
        var broken = CliRun.Of(["gallery", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output, .. reports]);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"{Brochure} ko", broken.Error, StringComparison.Ordinal);
        Assert.Contains($"{Brochure}.ko.pdf: a file of {Brochure} ko is missing", broken.Error, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("gallery", "--output", workspace.Output, Path.Combine(workspace.Root, "nope.json")).ExitCode);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static List<string> ReportLocales(TempWorkspace workspace)
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, "report.json")));
        return report.RootElement.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("locale").GetString()!).ToList();
    }

    private static int GalleryEditions(TempWorkspace workspace) =>
        File.ReadAllText(Path.Combine(workspace.Output, "index.html")).Split("<li class=\"edition\" ").Length - 1;

    // Every output file with its bytes and last write time: an up-to-date build touches none.
    // The build's state file is left out: it is a cache of input hashes (by inode and time), which a
    // second build may add to, not an output.
    private static Dictionary<string, (string Hash, DateTime Written)> Snapshot(TempWorkspace workspace) =>
        Directory.GetFiles(workspace.Output, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != BrochureGen.Build.BuildState.FileName).ToDictionary(
            f => Path.GetRelativePath(workspace.Output, f),
            f => (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f)));
}
