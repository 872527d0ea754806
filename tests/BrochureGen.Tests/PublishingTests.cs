using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using BrochureGen.Build;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// Nothing lost or mixed in the output folder: an edition is published whole or not at all,
/// builds into one folder follow each other and keep each other's editions, a report that cannot
/// be read stops the build and the gallery, and what interrupted builds left is cleared.
/// </summary>
public sealed class PublishingTests
{
    private const string Brochure = EnglishEdition.SampleId;

    // Five files an edition writes, in this order: PDF, two page PNGs, HTML, thumbnail.
    private static readonly string[] FiveFiles = ["--edition", "screen", "--edition", "png", "--edition", "html"];

    [SkippableFact]
    public void A_file_that_cannot_be_written_in_the_middle_of_an_edition_leaves_its_earlier_files_byte_identical_and_nothing_new()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, ["--locale", "en", .. FiveFiles]).ExitCode);
        // A folder where the HTML edition goes: the PDF and the page PNGs come before it, so they
        // are in place when renaming the HTML fails, and must be put back.
        var html = EditionFile(workspace, "en", ".html");
        File.Delete(html);
        Directory.CreateDirectory(html);
        var before = Snapshot(BrochureFolder(workspace));
        workspace.Edit(workspace.ContentFile("en"), "victims are children.", "victims are young children.");

        var run = CliRun.Build(workspace, ["--locale", "en", .. FiveFiles]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"output/{Brochure}: error BG0601: cannot write the 'en' edition, so none of its files was written (the earlier ones are as they were):", Relative(workspace, run.Error), StringComparison.Ordinal);
        Assert.Contains($"{Brochure}.en.html", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Contains("0 edition(s) built, 1 failed", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(BrochureFolder(workspace)));

        // The report says the build failed and lists the earlier files that are there, as they are.
        var entry = ReportEntries(workspace).Single();
        Assert.False(entry.GetProperty("checksPassed").GetBoolean());
        var listed = entry.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString()!);
        Assert.Equal(before.Keys.Where(f => f != $"{Brochure}.en.html").Select(f => $"{Brochure}/{f}").Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        Assert.All(listed, file => Assert.Equal(before[file.Key[(Brochure.Length + 1)..]], file.Value));
    }

    [SkippableFact]
    public void A_file_that_cannot_be_staged_leaves_every_file_of_the_set_as_it_was_and_no_temporary_file()
    {
        using var workspace = new TempWorkspace();
        Directory.CreateDirectory(workspace.Output);
        var first = Path.Combine(workspace.Output, "first.pdf");
        File.WriteAllText(first, "earlier");
        // A name the file system takes, but not with the temporary name's 37 more characters
        // around it: staging the second file fails after the first is staged.
        var second = Path.Combine(workspace.Output, new string('n', 230) + ".pdf");

        var failure = Record.Exception(() => AtomicFileSet.Write([(first, "newer"u8.ToArray()), (second, "newer"u8.ToArray())]));

        Assert.IsAssignableFrom<IOException>(failure);
        Assert.Equal("earlier", File.ReadAllText(first));
        Assert.Equal([first], Directory.GetFiles(workspace.Output));
    }

    [SkippableFact]
    public void An_edition_cut_off_while_its_files_were_renamed_gets_its_earlier_files_back_at_the_next_build()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, ["--locale", "en", .. FiveFiles]).ExitCode);
        var before = Snapshot(workspace.Output);

        // What kill -9 leaves half-way through publishing: a file the edition did not have and one
        // replacement renamed into place, the other files still staged.
        var folder = BrochureFolder(workspace);
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Prepend(Path.Combine(folder, $"{Brochure}.en.page-3.png"))
            .Select(f => (f, "bytes of a newer build"u8.ToArray())).ToList();
        var staged = AtomicFileSet.Stage(files);
        Assert.True(staged.RenameNext());
        Assert.True(staged.RenameNext());
        Assert.NotEqual(before, Snapshot(workspace.Output));

        var run = CliRun.Build(workspace, ["--locale", "en", .. FiveFiles]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"file(s) an interrupted build left in {workspace.Output} (its editions keep their earlier files)", run.Output, StringComparison.Ordinal);
        // Back as the report recorded them, so the edition is up to date and nothing is written.
        Assert.Contains("0 edition(s) built, 1 up to date", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(workspace.Output));
    }

    [SkippableTheory]
    [InlineData("truncated", true)]
    [InlineData("garbage", true)]
    [InlineData("not a report", false)]
    public void A_report_json_that_cannot_be_read_stops_build_and_gallery_naming_it_and_leaves_the_gallery_untouched(string damage, bool positioned)
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--edition", "screen").ExitCode);
        var report = Path.Combine(workspace.Output, "report.json");
        var good = File.ReadAllBytes(report);
        byte[] damaged = damage switch
        {
            "truncated" => good[..(good.Length / 2)],
            "garbage" => [0x00, 0xff, 0x13, 0x37, .. "PK\u0003\u0004 garbage"u8.ToArray()],
            _ => "{\"editions\": [{\"brochure\": 7}]}"u8.ToArray(),
        };
        File.WriteAllBytes(report, damaged);
        var before = Snapshot(workspace.Output);

        var build = CliRun.Build(workspace, "--locale", "es", "--edition", "screen");
        var gallery = CliRun.Of("gallery", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output, report);

        foreach (var run in new[] { build, gallery })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Matches(positioned ? $@"{Regex.Escape(report)}\(\d+,\d+\): error BG0604: " : $"{Regex.Escape(report)}: error BG0604: ", run.Error);
            Assert.Contains("cannot read this report, so nothing was written (", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }

        Assert.Contains(positioned ? "it is not valid JSON: " : "edition 1 of its \"editions\" list: ", build.Error, StringComparison.Ordinal);
        Assert.Contains("0 edition(s) built, 0 warning(s), 1 error(s)", build.Output, StringComparison.Ordinal);
        // Nothing written: the report as it was, the gallery with its English edition, no Spanish file.
        Assert.Equal(before, Snapshot(workspace.Output));
    }

    [SkippableFact]
    public async Task Two_builds_started_at_once_into_one_folder_both_end_with_all_their_editions_in_the_report_and_gallery()
    {
        using var workspace = new TempWorkspace();
        // Into a folder that is not there yet (each takes the lock for its first edition), then into
        // the folder they made (the second waits for the first from its start).
        foreach (var (first, second) in new[] { ("en", "es"), ("vi", "ko") })
        {
            var runs = await Task.WhenAll(
                CliProcess.BuildAsync(workspace, "--locale", first, "--edition", "screen"),
                CliProcess.BuildAsync(workspace, "--locale", second, "--edition", "screen"));
            Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Error));
        }

        string[] locales = ["en", "es", "vi", "ko"];
        Assert.Equal(locales, ReportEntries(workspace).Select(e => e.GetProperty("locale").GetString()));
        var gallery = File.ReadAllText(Path.Combine(workspace.Output, "index.html"));
        Assert.Equal(locales.Length, gallery.Split("<li class=\"edition\" ").Length - 1);
        Assert.All(locales, locale => Assert.Contains($"{Brochure}/{Brochure}.{locale}.pdf", gallery, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(workspace.Output, ".*.tmp", SearchOption.AllDirectories));
    }

    [SkippableFact]
    public void A_build_waits_a_bounded_time_for_the_folder_lock_then_fails_naming_the_lock_and_who_holds_it()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--edition", "screen").ExitCode);
        var before = Snapshot(workspace.Output);
        var lockFile = Path.Combine(workspace.Output, ".brochuregen.lock");
        var clock = Stopwatch.StartNew();
        CliRun build;
        CliRun gallery;
        using (OutputLock.Acquire(workspace.Output, "a test holding the lock", TimeSpan.Zero))
        {
            build = CliRun.Build(workspace, "--locale", "es", "--edition", "screen", "--lock-wait", "1");
            gallery = CliRun.Of("gallery", "--content", workspace.Content, "--templates", workspace.Templates, "--output", workspace.Output, "--lock-wait", "0", Path.Combine(workspace.Output, "report.json"));
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"{clock.Elapsed}");
        var holder = $"process {Environment.ProcessId} (a test holding the lock) on {Environment.MachineName}, since ";
        Assert.Contains($"waiting for {holder}", build.Output, StringComparison.Ordinal);
        Assert.Contains("waiting up to 1 s", build.Output, StringComparison.Ordinal);
        foreach (var (run, seconds) in new[] { (build, 1), (gallery, 0) })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{lockFile}: error BG0603: the output folder is being written by {holder}", run.Error, StringComparison.Ordinal);
            Assert.Contains($"which did not release this lock within {seconds} s, so nothing was written; let it finish and run again, or wait longer with --lock-wait SECONDS", run.Error, StringComparison.Ordinal);
            Assert.Single(Regex.Matches(run.Error, "BG0603"));
        }

        Assert.Equal(before, Snapshot(workspace.Output));

        // Released (the note of who held it goes with it), the folder is free for the next build.
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "es", "--edition", "screen", "--lock-wait", "0").ExitCode);
        Assert.Equal(["en", "es"], ReportEntries(workspace).Select(e => e.GetProperty("locale").GetString()));
        Assert.Equal(2, CliRun.Build(workspace, "--lock-wait", "-1").ExitCode);
    }

    [SkippableFact]
    public void Temporary_files_an_interrupted_build_left_in_the_output_folder_are_removed_and_nothing_else()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--edition", "screen").ExitCode);
        var folder = BrochureFolder(workspace);
        var outside = Path.Combine(workspace.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        Directory.CreateSymbolicLink(Path.Combine(workspace.Output, "linked"), outside);
        string[] leftovers =
        [
            Path.Combine(workspace.Output, ".x.tmp"),
            Path.Combine(folder, $".{Brochure}.en.pdf.{Guid.NewGuid():N}.tmp"),
            Path.Combine(workspace.Output, "deeper", "down", ".index.html.0123.tmp"),
        ];
        string[] others =
        [
            Path.Combine(folder, "notes.tmp"),
            Path.Combine(folder, ".keep"),
            Path.Combine(workspace.Output, ".x.tmp.txt"),
            Path.Combine(workspace.Root, ".beside-the-output.tmp"),
            Path.Combine(outside, ".behind-a-link.tmp"),
        ];
        foreach (var file in leftovers.Concat(others))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, "left");
        }

        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "screen");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"removed 3 file(s) an interrupted build left in {workspace.Output}", run.Output, StringComparison.Ordinal);
        Assert.All(leftovers, file => Assert.False(File.Exists(file), file));
        Assert.All(others, file => Assert.True(File.Exists(file), file));
    }

    [SkippableFact]
    public void A_file_deleted_from_the_output_folder_leaves_the_report_and_gallery_and_its_edition_is_built_again()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--locale", "es", "--edition", "screen").ExitCode);
        var spanishPdf = EditionFile(workspace, "es", ".pdf");
        File.Delete(spanishPdf);

        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--edition", "screen").ExitCode);

        var spanish = ReportEntries(workspace).Single(e => e.GetProperty("locale").GetString() == "es");
        // The thumbnail and the accessibility report (which keeps the evidence of the files that were there).
        Assert.Equal(["thumbnail", "accessibility", "accessibility-data"], spanish.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kind").GetString()));
        Assert.DoesNotContain($"{Brochure}.es.pdf", File.ReadAllText(Path.Combine(workspace.Output, "index.html")), StringComparison.Ordinal);

        // The entry no longer stands for a whole edition, so the edition is not up to date.
        var again = CliRun.Build(workspace, "--locale", "es", "--edition", "screen");
        Assert.Contains("1 edition(s) built,", again.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(spanishPdf));
    }

    private static string BrochureFolder(TempWorkspace workspace) => Path.Combine(workspace.Output, Brochure);

    private static string EditionFile(TempWorkspace workspace, string locale, string suffix) => Path.Combine(BrochureFolder(workspace), $"{Brochure}.{locale}{suffix}");

    private static string Relative(TempWorkspace workspace, string text) => text.Replace(workspace.Root + "/", string.Empty, StringComparison.Ordinal);

    private static List<JsonElement> ReportEntries(TempWorkspace workspace)
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, "report.json")));
        return report.RootElement.GetProperty("editions").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    // Every file under a folder (dot files too) with its SHA-256, by path relative to the folder.
    // Without the build's state file: a cache of input hashes that a later build may add to.
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != BrochureGen.Build.BuildState.FileName).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
