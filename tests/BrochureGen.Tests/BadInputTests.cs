using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// One case per way a person can get input wrong (fixtures in Fixtures/bad-input): each ends
/// in a diagnostic with its code, the file (and line where there is one), exit code 1, no
/// stack trace and no output files.
/// </summary>
public sealed class BadInputTests
{
    public static readonly TheoryData<string> Cases = new(BadInputCase.All.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gets_a_clear_diagnostic_and_exit_code_1(string name)
    {
        var @case = BadInputCase.All[name];
        using var workspace = new TempWorkspace();
        @case.Arrange(workspace);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = name == "output folder cannot be written"
            ? CliRun.Of("build", "--content", workspace.Content, "--templates", workspace.Templates, "--output", "/proc/brochuregen-output", "--locale", "en")
            : CliRun.Build(workspace, "--locale", "en");
        watch.Stop();

        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}; output:\n{run.Output}\n{run.Error}");
        var line = run.Error.Split('\n').FirstOrDefault(l => l.Contains(@case.Code, StringComparison.Ordinal));
        Assert.True(line is not null, $"no {@case.Code} in:\n{run.Error}");
        foreach (var fragment in @case.Fragments)
        {
            Assert.Contains(fragment, line, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(workspace.Output) ? Directory.GetFiles(workspace.Output, "*.pdf", SearchOption.AllDirectories) : []);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        using var workspace = new TempWorkspace();
        var file = workspace.ContentFile("en");
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(file)]);

        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en").ExitCode);
    }

    [Fact]
    public async Task Two_builds_into_the_same_folder_at_once_leave_only_whole_files()
    {
        using var workspace = new TempWorkspace();
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => CliRun.Build(workspace, "--locale", "en", "--locale", "es"))));

        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        var folder = Path.Combine(workspace.Output, "stop-human-trafficking");
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        foreach (var pdf in Directory.GetFiles(folder, "*.pdf"))
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            Assert.Equal(2, document.NumberOfPages);
        }
    }
}

/// <summary>A bad input: how to make it, and what the diagnostic must say.</summary>
public sealed record BadInputCase(Action<TempWorkspace> Arrange, string Code, params string[] Fragments)
{
    public static readonly IReadOnlyDictionary<string, BadInputCase> All = new Dictionary<string, BadInputCase>
    {
        ["yaml syntax error"] = new(w => w.Edit(w.ContentFile("en"), "  heading: The Statistics", "  heading: [The Statistics"), "BG0101", "en.yaml(", "malformed YAML"),
        ["yaml tabs for indentation"] = new(w => Fixture(w, "tabs.yaml", w.ContentFile("en")), "BG0101", "en.yaml(2,1)", "a tab is used for indentation"),
        ["yaml duplicate key"] = new(w => Fixture(w, "duplicate-key.yaml", w.ContentFile("en")), "BG0101", "en.yaml(3,1)", "uplicate key"),
        ["yaml list where text is expected"] = new(w => Fixture(w, "list-for-text.yaml", w.ContentFile("en")), "BG0102", "en.yaml(3,5)", "'title' must be text, not a list"),
        ["yaml text where a list is expected"] = new(w => w.Edit(w.ContentFile("en"), "  items:\n    - Over 50%", "  items: Over 50%\n  more:\n    - Over 50%"), "BG0202", "brochure.sbn(", "gives text here, not a list"),
        ["yaml empty file"] = new(w => Fixture(w, "empty.yaml", w.ContentFile("en")), "BG0102", "en.yaml", "the file is empty"),
        ["yaml not utf-8"] = new(w => Fixture(w, "not-utf8.yaml", w.ContentFile("en")), "BG0101", "en.yaml(2)", "not valid UTF-8 (byte offset 20)"),
        ["yaml control character"] = new(w => Fixture(w, "control-character.yaml", w.ContentFile("en")), "BG0107", "en.yaml(2,", "control characters are not allowed", "U+0007"),
        ["template syntax error"] = new(w => Fixture(w, "template-syntax.sbn", w.TemplateFile()), "BG0201", "brochure.sbn(3,"),
        ["template missing variable"] = new(w => w.Edit(w.TemplateFile(), "{{ content.cover.title }}", "{{ content.cover.titel }}"), "BG0203", "brochure.sbn(", "'cover.titel' is missing"),
        ["template endless loop"] = new(w => Fixture(w, "template-endless-loop.sbn", w.TemplateFile()), "BG0202", "brochure.sbn(2,"),
        ["template deep recursion"] = new(w => Fixture(w, "template-deep-recursion.sbn", w.TemplateFile()), "BG0202", "brochure.sbn("),
        ["template include outside templates"] = new(w => Fixture(w, "template-include-outside.sbn", w.TemplateFile()), "BG0204", "brochure.sbn(1,", "refused"),
        ["template unknown element"] = new(w => w.Edit(w.TemplateFile(), "<decor kind=\"rule\"/>", "<marquee/>"), "BG0302", "brochure.sbn(", "unknown element <marquee>"),
        ["theme malformed colour"] = new(w => w.Edit(Theme(w), "  navy: \"#0F3057\"", "  navy: \"#0F305\""), "BG0401", "theme.yaml(", "colour 'navy' must be written #RRGGBB"),
        ["theme missing font file"] = new(w => File.Delete(Path.Combine(w.Templates, "trifold", "fonts", "NotoSans-Italic.ttf")), "BG0402", "theme.yaml(", "'fonts/NotoSans-Italic.ttf' not found"),
        ["theme corrupt font file"] = new(w => Fixture(w, "corrupt-font.ttf", Path.Combine(w.Templates, "trifold", "fonts", "NotoSans-Italic.ttf")), "BG0402", "theme.yaml(", "cannot be used"),
        ["theme unknown font name"] = new(w => w.Edit(Theme(w), "  h3:            { font: body,", "  h3:            { font: bodoni,"), "BG0401", "theme.yaml(", "names the font 'bodoni'"),
        ["theme contrast failure"] = new(w => w.Edit(Theme(w), "  amber: \"#F5B83D\"", "  amber: \"#1A4070\""), "BG0404", "theme.yaml(", "contrast ratio"),
        ["image missing"] = new(w => Figure(w, "images/nowhere.png"), "BG0502", "brochure.sbn(", "'images/nowhere.png' not found"),
        ["image corrupt"] = new(w => { Fixture(w, "corrupt-image.png", Path.Combine(w.BrochureFolder, "broken.png")); Figure(w, "broken.png"); }, "BG0504", "brochure.sbn(", "not a readable PNG or JPEG"),
        ["image outside the content folder"] = new(w => Figure(w, "../../templates/trifold/theme.yaml"), "BG0503", "brochure.sbn(", "refused"),
        ["locale invalid language tag"] = new(w => w.Edit(Path.Combine(w.BrochureFolder, "brochure.yaml"), "  ht: draft", "  haitian: draft"), "BG0106", "brochure.yaml(", "'haitian' is not a valid language tag"),
        ["locale listed without a file"] = new(w => File.Delete(w.ContentFile("ht")), "BG0104", "brochure.yaml(", "ht.yaml does not exist"),
        ["locale file not listed"] = new(w => File.Copy(w.ContentFile("es"), w.ContentFile("fr")), "BG0106", "fr.yaml", "not listed under 'locales'"),
        ["output folder cannot be written"] = new(w => File.WriteAllText(Path.Combine(w.Root, "readme.txt"), "the output option below points into /proc, where nobody may create folders"), "BG0601", "cannot write"),
        ["output path is an existing file"] = new(w => { Directory.CreateDirectory(w.Output); File.WriteAllText(Path.Combine(w.Output, "stop-human-trafficking"), "in the way"); }, "BG0601", "cannot write"),
    };

    private static string Theme(TempWorkspace workspace) => Path.Combine(workspace.Templates, "trifold", "theme.yaml");

    private static void Fixture(TempWorkspace workspace, string fixture, string target) =>
        File.Copy(RepoPaths.Fixture(Path.Combine("bad-input", fixture)), target, overwrite: true);

    private static void Figure(TempWorkspace workspace, string source) =>
        workspace.Edit(workspace.TemplateFile(), "  {{ bullets(content.laws.items) }}\n", $"  {{{{ bullets(content.laws.items) }}}}\n  <figure src=\"{source}\" alt=\"An emblem\" width=\"40\" height=\"40\"/>\n");
}
