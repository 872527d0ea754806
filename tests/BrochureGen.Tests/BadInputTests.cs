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

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gets_a_clear_diagnostic_and_exit_code_1(string name)
    {
        var @case = BadInputCase.All[name];
        using var workspace = new TempWorkspace(yamlRoute: @case.YamlRoute);
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

    [SkippableFact]
    public void A_byte_order_mark_is_accepted()
    {
        using var workspace = new TempWorkspace();
        var file = workspace.ContentFile("en");
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(file)]);

        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en").ExitCode);
    }

    [SkippableFact]
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
            // The brochure's PDFs have its two sheets; the large-print edition as many pages as its text needs.
            Assert.True(pdf.EndsWith(".large-print.pdf", StringComparison.Ordinal) ? document.NumberOfPages > 2 : document.NumberOfPages == 2, $"{Path.GetFileName(pdf)} has {document.NumberOfPages} pages");
        }
    }
}

/// <summary>A bad input: how to make it, and what the diagnostic must say. YAML and template cases use the YAML-keys fixture.</summary>
public sealed record BadInputCase(Action<TempWorkspace> Arrange, string Code, params string[] Fragments)
{
    public bool YamlRoute { get; init; }

    public static readonly IReadOnlyDictionary<string, BadInputCase> All = new Dictionary<string, BadInputCase>
    {
        ["yaml syntax error"] = new(w => w.Edit(w.ContentFile("en"), "  heading: The Statistics", "  heading: [The Statistics"), "BG0101", "en.yaml(", "malformed YAML") { YamlRoute = true },
        ["yaml tabs for indentation"] = new(w => Fixture(w, "tabs.yaml", w.ContentFile("en")), "BG0101", "en.yaml(2,1)", "a tab is used for indentation") { YamlRoute = true },
        ["yaml duplicate key"] = new(w => Fixture(w, "duplicate-key.yaml", w.ContentFile("en")), "BG0101", "en.yaml(3,1)", "uplicate key") { YamlRoute = true },
        ["yaml list where text is expected"] = new(w => Fixture(w, "list-for-text.yaml", w.ContentFile("en")), "BG0102", "en.yaml(3,5)", "'title' must be text, not a list") { YamlRoute = true },
        ["yaml text where a list is expected"] = new(w => w.Edit(w.ContentFile("en"), "  items:\n    - Over 50%", "  items: Over 50%\n  more:\n    - Over 50%"), "BG0202", "en.yaml(", "'statistics.items' gives text here, not a list", "brochure.sbn(") { YamlRoute = true },
        ["yaml empty file"] = new(w => Fixture(w, "empty.yaml", w.ContentFile("en")), "BG0102", "en.yaml", "the file is empty") { YamlRoute = true },
        ["yaml not utf-8"] = new(w => Fixture(w, "not-utf8.yaml", w.ContentFile("en")), "BG0101", "en.yaml(2)", "not valid UTF-8 (byte offset 20)") { YamlRoute = true },
        ["yaml control character"] = new(w => Fixture(w, "control-character.yaml", w.ContentFile("en")), "BG0107", "en.yaml(2,", "control characters are not allowed", "U+0007") { YamlRoute = true },
        ["yaml nested 20,000 levels deep"] = new(w => File.WriteAllText(w.ContentFile("en"), "meta:\n  title: " + new string('[', 20_000) + new string(']', 20_000) + "\n"), "BG0114", "en.yaml(2,", "nested more than") { YamlRoute = true },
        ["yaml value 30,000 characters long"] = new(w => w.Edit(w.ContentFile("en"), "cover:\n  title: Stop Human Trafficking", "cover:\n  title: " + new string('a', 30_000)), "BG0114", "en.yaml(", "at most 20,000") { YamlRoute = true },
        ["manifest nested 20,000 levels deep"] = new(w => File.AppendAllText(w.ManifestFile, "keywords: " + new string('[', 20_000) + new string(']', 20_000) + "\n"), "BG0114", "brochure.yaml(", "nested more than"),
        ["template syntax error"] = new(w => Fixture(w, "template-syntax.sbn", w.TemplateFile()), "BG0201", "brochure.sbn(3,") { YamlRoute = true },
        ["template missing variable"] = new(w => w.Edit(w.TemplateFile(), "{{ content.cover.title }}", "{{ content.cover.titel }}"), "BG0203", "brochure.sbn(", "'cover.titel' is missing") { YamlRoute = true },
        ["template endless loop"] = new(w => Fixture(w, "template-endless-loop.sbn", w.TemplateFile()), "BG0202", "brochure.sbn(2,") { YamlRoute = true },
        ["template deep recursion"] = new(w => Fixture(w, "template-deep-recursion.sbn", w.TemplateFile()), "BG0202", "brochure.sbn(") { YamlRoute = true },
        ["template include outside templates"] = new(w => Fixture(w, "template-include-outside.sbn", w.TemplateFile()), "BG0204", "brochure.sbn(1,", "refused") { YamlRoute = true },
        ["template unknown ornament"] = new(w => w.Edit(w.TemplateFile(), "<decor kind=\"rule\"/>", "<decor kind=\"stars\"/>"), "BG0304", "brochure.sbn(", "<decor kind=\"stars\"> is not an ornament; ornaments are diamonds and rule") { YamlRoute = true },
        ["template unknown element"] = new(w => w.Edit(w.TemplateFile(), "<decor kind=\"rule\"/>", "<marquee/>"), "BG0302", "brochure.sbn(", "unknown element <marquee>") { YamlRoute = true },
        ["markdown without a title"] = new(w => w.Edit(w.ContentFile("en"), "# Stop Human Trafficking\n", string.Empty), "BG0112", "en.md(", "title"),
        ["markdown image without alt text"] = new(w => Append(w, "![](emblem.png)"), "BG0112", "en.md(", "no alt text"),
        ["markdown link that leads nowhere"] = new(w => w.Edit(w.ContentFile("en"), "**27 million**", "[27 million](#)"), "BG0112", "en.md(", "leads nowhere"),
        ["markdown misspelt attribute"] = new(w => w.Edit(w.ContentFile("en"), "laws in Connecticut?", "laws in Connecticut? {.new-pannel}"), "BG0112", "en.md(", "did you mean '.new-panel'"),
        ["markdown nested 20,000 levels deep"] = new(w => Append(w, new string('>', 20_000) + " deep"), "BG0112", "en.md(", "nested more than"),
        ["markdown list nested 500 levels deep"] = new(w => Append(w, string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i * 2) + "- x\n"))), "BG0112", "en.md(", "nested more than"),
        ["markdown front matter syntax error"] = new(w => w.Edit(w.ContentFile("en"), "keywords: [human trafficking", "keywords: [[human trafficking"), "BG0101", "en.md(3,"),
        ["markdown unknown front matter key"] = new(w => w.Edit(w.ContentFile("en"), "keywords: [", "keywrods: ["), "BG0102", "en.md(3,", "did you mean 'keywords'"),
        ["markdown pin to a panel the layout lacks"] = new(w => w.Edit(w.ContentFile("en"), "{pin=back}", "{pin=bakc}"), "BG0506", "en.md(", "'bakc'", "did you mean 'back'"),
        ["markdown call-out the theme lacks"] = new(w => w.Edit(w.ContentFile("en"), "::: footer", "::: fotter"), "BG0401", "en.md(", "'fotter'", "did you mean 'footer'"),
        ["markdown file too large"] = new(w => Append(w, new string('a', 1_100_000)), "BG0114", "en.md", "at most 1,000,000"),
        ["theme malformed colour"] = new(w => w.Edit(w.ThemeFile(), "  navy: \"#0F3057\"", "  navy: \"#0F305\""), "BG0401", "civic.yaml(", "colour 'navy' must be written #RRGGBB"),
        ["theme missing font file"] = new(w => File.Delete(w.FontFile("NotoSans-Italic.ttf")), "BG0402", "civic.yaml(", "'NotoSans-Italic.ttf' not found"),
        ["theme corrupt font file"] = new(w => Fixture(w, "corrupt-font.ttf", w.FontFile("NotoSans-Italic.ttf")), "BG0402", "civic.yaml(", "cannot be used"),
        ["theme unknown font name"] = new(w => w.Edit(w.ThemeFile(), "  h3:            { font: body,", "  h3:            { font: bodoni,"), "BG0401", "civic.yaml(", "names the font 'bodoni'"),
        ["theme misspelt key"] = new(w => w.Edit(w.ThemeFile(), "  h3:            { font: body, bold: true,", "  h3:            { font: body, bodl: true,"), "BG0401", "civic.yaml(", "unknown theme key 'bodl'", "did you mean 'bold'"),
        ["theme unsupported key"] = new(w => w.Edit(w.ThemeFile(), "  h3:            { font: body, bold: true,", "  h3:            { font: body, align: center, bold: true,"), "BG0401", "civic.yaml(", "unknown theme key 'align'", "ragged"),
        ["theme contrast failure"] = new(w => w.Edit(w.ThemeFile(), "  amber: \"#F5B83D\"", "  amber: \"#1A4070\""), "BG0404", "civic.yaml(", "contrast ratio"),
        ["layout misspelt"] = new(w => w.Edit(w.ManifestFile, "layout: trifold-letter", "layout: trifold-leter"), "BG0106", "brochure.yaml(", "no layout 'trifold-leter'", "did you mean 'trifold-letter'"),
        ["theme misspelt in brochure.yaml"] = new(w => File.AppendAllText(w.ManifestFile, "theme: civik\n"), "BG0106", "brochure.yaml(", "no theme 'civik'"),
        ["image missing"] = new(w => Append(w, "![An emblem](images/nowhere.png)"), "BG0502", "en.md(", "'images/nowhere.png' not found"),
        ["image corrupt"] = new(w => { Fixture(w, "corrupt-image.png", Path.Combine(w.BrochureFolder, "broken.png")); Append(w, "![An emblem](broken.png)"); }, "BG0504", "en.md(", "not a readable PNG, JPEG or SVG"),
        ["image outside the content folder"] = new(w => Append(w, "![An emblem](../../templates/themes/civic.yaml)"), "BG0503", "en.md(", "refused"),
        ["locale invalid language tag"] = new(w => w.Edit(w.ManifestFile, "  ht: draft", "  haitian: draft"), "BG0106", "brochure.yaml(", "'haitian' is not a valid language tag"),
        ["locale listed without a file"] = new(w => File.Delete(w.ContentFile("ht")), "BG0104", "brochure.yaml(", "ht.md does not exist"),
        ["locale file not listed"] = new(w => File.Copy(w.ContentFile("es"), w.ContentFile("fr")), "BG0106", "fr.md", "not listed under 'locales'"),
        ["output folder cannot be written"] = new(w => File.WriteAllText(Path.Combine(w.Root, "readme.txt"), "the output option below points into /proc, where nobody may create folders"), "BG0601", "cannot write"),
        ["output path is an existing file"] = new(w => { Directory.CreateDirectory(w.Output); File.WriteAllText(Path.Combine(w.Output, "stop-human-trafficking"), "in the way"); }, "BG0601", "cannot write"),
    };

    private static void Fixture(TempWorkspace workspace, string fixture, string target) =>
        File.Copy(RepoPaths.Fixture(Path.Combine("bad-input", fixture)), target, overwrite: true);

    // Appends a paragraph to the English file's last section (before its closing call-out).
    private static void Append(TempWorkspace workspace, string markdown) =>
        workspace.Edit(workspace.ContentFile("en"), "- Victims may also qualify for housing and food assistance.\n", $"- Victims may also qualify for housing and food assistance.\n\n{markdown}\n");
}
