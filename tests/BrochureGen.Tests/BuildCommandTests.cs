using System.Text.Json;
using BrochureGen.Cli;
using BrochureGen.Diagnostics;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>The everyday commands: build filters, check, list, report.json, index.html.</summary>
public sealed class BuildCommandTests
{
    [SkippableFact]
    public void Check_validates_every_edition_and_writes_nothing()
    {
        using var workspace = new TempWorkspace();
        var run = CliRun.Of("check", "--content", workspace.Content, "--templates", workspace.Templates);
        Assert.Equal(0, run.ExitCode);
        // The braille translation runs too, so check reports what build would: the locales
        // without a braille table and the character Spanish braille cannot write.
        Assert.Matches($@"{EnglishEdition.SampleLocales.Count} edition\(s\) checked, {SampleBraille.Warnings} warning\(s\), 0 error\(s\) in \d+\.\d\d s", run.Output);
        Assert.False(Directory.Exists(workspace.Output));
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, "output")));
    }

    [SkippableFact]
    public void Check_fails_on_a_broken_translation()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("vi"), "\n1-888-373-7888\n:::", "\n1-888-373-7880\n:::");
        var run = CliRun.Of("check", "--content", workspace.Content, "--templates", workspace.Templates);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("vi.md(", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{EnglishEdition.SampleLocales.Count - 1} edition(s) checked, 1 failed,", run.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void List_shows_brochures_locales_in_their_own_language_and_review_status()
    {
        using var workspace = new TempWorkspace();
        var run = CliRun.Of("list", "--content", workspace.Content);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("stop-human-trafficking  (layout trifold-letter, theme civic, source en)", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"en\s+English\s+reviewed", run.Output);
        Assert.Matches(@"es\s+Español\s+draft", run.Output);
        Assert.Matches(@"vi\s+Tiếng Việt\s+draft", run.Output);
        Assert.Matches(@"ht\s+Kreyòl ayisyen\s+draft", run.Output);
    }

    [SkippableFact]
    public void Shards_split_the_editions_without_overlap()
    {
        using var workspace = new TempWorkspace();
        var built = new List<string>();
        for (var shard = 1; shard <= 3; shard++)
        {
            var run = CliRun.Build(workspace, "--shard", $"{shard}/3", "--edition", "screen");
            Assert.Equal(0, run.ExitCode);
            built.AddRange(run.Output.Split('\n').Where(l => l.EndsWith(".pdf", StringComparison.Ordinal)));
        }

        Assert.Equal(EnglishEdition.SampleLocales.Count, built.Count);
        Assert.Equal(EnglishEdition.SampleLocales.Count, built.Distinct().Count());
    }

    [SkippableTheory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("a/b")]
    public void A_malformed_shard_is_a_usage_error(string shard)
    {
        Assert.Equal(2, CliRun.Of("build", "--shard", shard).ExitCode);
    }

    [SkippableFact]
    public void Edition_and_brochure_filters_choose_what_is_written()
    {
        using var workspace = new TempWorkspace();
        var run = CliRun.Build(workspace, "--edition", "png", "--brochure", "stop-human-trafficking", "--locale", "es", "--jobs", "2");
        Assert.Equal(0, run.ExitCode);
        var files = Directory.GetFiles(Path.Combine(workspace.Output, "stop-human-trafficking")).Select(Path.GetFileName).Order();
        Assert.Equal(["stop-human-trafficking.es.accessibility.html", "stop-human-trafficking.es.accessibility.json", "stop-human-trafficking.es.page-1.png", "stop-human-trafficking.es.page-2.png", "stop-human-trafficking.es.thumbnail.png"], files);

        // A filter that names nothing known is a usage error now, not an empty build (UsageErrorTests).
        Assert.Equal(2, CliRun.Build(workspace, "--brochure", "no-such-brochure").ExitCode);
        Assert.Equal(2, CliRun.Build(workspace, "--edition", "poster").ExitCode);
    }

    [SkippableFact]
    public void Parallel_builds_write_the_same_files_as_sequential_ones()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--jobs", "1", "--edition", "png").ExitCode);
        var sequential = Hashes(workspace);
        var parallel = CliRun.Build(workspace, "--jobs", "4", "--edition", "png", "--force");
        Assert.Equal(0, parallel.ExitCode);
        Assert.Equal(sequential, Hashes(workspace));

        // Editions finish in any order, but are reported in the catalogue's.
        var reported = parallel.Output.Split('\n').Where(l => l.StartsWith("stop-human-trafficking ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]);
        Assert.Equal(EnglishEdition.SampleLocales, reported);
    }

    [SkippableFact]
    public void Report_json_lists_every_edition_with_path_size_hash_pages_language_status_and_checks()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace).ExitCode);

        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, "report.json")));
        var editions = report.RootElement.GetProperty("editions").EnumerateArray().ToList();
        Assert.Equal(EnglishEdition.SampleLocales, editions.Select(e => e.GetProperty("locale").GetString()));
        foreach (var edition in editions)
        {
            Assert.Equal(2, edition.GetProperty("pages").GetInt32());
            Assert.True(edition.GetProperty("checksPassed").GetBoolean());
            Assert.All(edition.GetProperty("checks").EnumerateObject(), c => Assert.True(c.Value.GetBoolean(), c.Name));
            foreach (var file in edition.GetProperty("files").EnumerateArray())
            {
                var path = Path.Combine(workspace.Output, file.GetProperty("path").GetString()!);
                var bytes = File.ReadAllBytes(path);
                Assert.Equal(bytes.Length, file.GetProperty("bytes").GetInt64());
                Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
            }
        }

        Assert.Equal("Tiếng Việt", editions[3].GetProperty("language").GetString());
        Assert.Equal("draft", editions[3].GetProperty("reviewStatus").GetString());
    }

    [SkippableFact]
    public void Version_and_help_work_on_every_command()
    {
        Assert.Equal(0, CliRun.Of("--version").ExitCode);
        foreach (var command in new[] { "build", "check", "list", "new-locale" })
        {
            var run = CliRun.Of(command, "--help");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Diagnostics_are_grouped_by_file_and_coloured_only_when_asked()
    {
        Diagnostic[] diagnostics =
        [
            Diagnostic.Error("BG0101", "one", new SourceLocation("a.yaml", 1, 1)),
            Diagnostic.Warning("BG0111", "two", new SourceLocation("b.yaml", 2, 1)),
            Diagnostic.Error("BG0102", "three", new SourceLocation("a.yaml", 3, 1)),
        ];
        var plain = new StringWriter();
        new DiagnosticPrinter(plain, colour: false).Print(diagnostics);
        Assert.Equal(["a.yaml(1,1): error BG0101: one", "a.yaml(3,1): error BG0102: three", "b.yaml(2,1): warning BG0111: two"], plain.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain('\u001b', plain.ToString());

        var coloured = new StringWriter();
        new DiagnosticPrinter(coloured, colour: true).Print(diagnostics);
        Assert.Contains("\u001b[31merror BG0101", coloured.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Hashes(TempWorkspace workspace) =>
        Directory.GetFiles(Path.Combine(workspace.Output, "stop-human-trafficking"), "*.png")
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    [SkippableFact]
    public void Two_builds_of_the_same_inputs_are_byte_identical()
    {
        using var workspace = new TempWorkspace();
        var first = Path.Combine(workspace.Root, "first");
        var second = Path.Combine(workspace.Root, "second");
        foreach (var output in new[] { first, second })
        {
            var run = CliRun.Of("build", "--content", workspace.Content, "--templates", workspace.Templates, "--output", output, "--locale", "en", "--locale", "ar", "--jobs", "2");
            Assert.True(run.ExitCode == 0, run.Error);
        }

        // The build's state file records the inputs' inodes and times for the next build into the
        // same folder: a cache of this machine, not an output.
        List<string> Files(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Where(f => f != BrochureGen.Build.BuildState.FileName).Order(StringComparer.Ordinal).ToList();
        var files = Files(first);
        Assert.Equal(files, Files(second));
        Assert.True(files.Count >= 14, string.Join(", ", files));
        Assert.All(files, file => Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} differs between two builds"));
    }
}
