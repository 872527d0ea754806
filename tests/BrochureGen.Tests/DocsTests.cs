using System.Text;
using BrochureGen.Content;
using BrochureGen.Content.Markdown;
using BrochureGen.Document;
using BrochureGen.Layout.Folds;
using BrochureGen.Layout.Theme;
using BrochureGen.Templating;
using BrochureGen.Tests.Support;
using Scriban.Runtime;

namespace BrochureGen.Tests;

/// <summary>
/// docs/ cannot drift from the code: the tables of theme keys, layout keys, the template model
/// and the markup vocabulary are generated from the code's own lists and must match the docs
/// (outside CI, BROCHUREGEN_UPDATE_DOCS=1 rewrites them), and those lists must match what the
/// code really reads and produces.
/// </summary>
public sealed class DocsTests
{
    // The docs' pictures of the stock themes: wide enough to tell the type, small in the repository.
    private const int DocsPictureWidth = 720;

    [SkippableFact]
    public void Theme_keys_in_the_docs_are_the_ones_the_loader_accepts()
    {
        var table = Table(["key", "meaning"], ThemeSchema.Documentation.Select(d => new[] { $"`{d.Key}`", d.Meaning }));
        AssertSection("theme.md", "theme keys", table);

        // Every key the loader accepts is documented.
        var documented = string.Join(' ', ThemeSchema.Documentation.Select(d => d.Key));
        var accepted = ThemeSchema.TopLevel.Concat(ThemeSchema.Tone).Concat(ThemeSchema.Style).Concat(ThemeSchema.Box).Concat(ThemeSchema.Panel)
            .Concat(ThemeSchema.List).Concat(ThemeSchema.Table).Concat(ThemeSchema.Qr).Concat(ThemeSchema.Fit);
        Assert.All(accepted, key => Assert.Contains(key, documented, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Each_stock_theme_is_in_the_theme_docs_with_a_picture_of_the_sample_built_in_it()
    {
        var themes = ThemeLoader.Available(RepoPaths.Templates);
        var generated = new StringBuilder();
        foreach (var theme in themes)
        {
            var isDefault = theme == BrochureGen.Content.ContentLoader.DefaultTheme ? " (the default)" : string.Empty;
            generated.Append(System.Globalization.CultureInfo.InvariantCulture, $"### `{theme}`{isDefault}\n\n{ThemeLoader.Description(RepoPaths.Templates, theme)}.\n\n")
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"![The outside sheet of the English sample in the {theme} theme: flap, back and cover panels](images/theme-{theme}.png)\n\n");
        }

        AssertSection("theme.md", "stock themes", generated.ToString());

        // Each picture is what the sample builds in that theme now (the page proof, scaled down).
        var update = !RepoPaths.IsCi && Environment.GetEnvironmentVariable("BROCHUREGEN_UPDATE_DOCS") == "1";
        foreach (var theme in themes)
        {
            using var workspace = new TempWorkspace();
            workspace.Edit(workspace.ManifestFile, "layout: trifold-letter\n", $"layout: trifold-letter\ntheme: {theme}\n");
            var run = CliRun.Build(workspace, "--locale", "en", "--edition", "png");
            Assert.True(run.ExitCode == 0, run.Error);
            using var proof = SkiaSharp.SKBitmap.Decode(Path.Combine(workspace.Output, EnglishEdition.SampleId, $"{EnglishEdition.SampleId}.en.page-1.png"));
            using var picture = proof.Resize(new SkiaSharp.SKImageInfo(DocsPictureWidth, (int)Math.Round(proof.Height * (double)DocsPictureWidth / proof.Width)), new SkiaSharp.SKSamplingOptions(SkiaSharp.SKCubicResampler.Mitchell));
            var path = Path.Combine(RepoPaths.Root, "docs", "images", $"theme-{theme}.png");
            using var existing = File.Exists(path) ? SkiaSharp.SKBitmap.Decode(path) : null;
            var difference = existing is null ? 1 : ReferenceImage.Fraction(existing, picture, ReferenceImage.ChannelTolerance);
            if (difference > ReferenceImage.AllowedDifferentPixels && update)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var data = picture.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
                File.WriteAllBytes(path, data.ToArray());
                continue;
            }

            Assert.True(difference <= ReferenceImage.AllowedDifferentPixels, $"docs/images/theme-{theme}.png differs from the sample built in the {theme} theme ({difference:P2} of the pixels); run the tests once with BROCHUREGEN_UPDATE_DOCS=1 and look at it");
        }
    }

    [SkippableFact]
    public void Layout_keys_in_the_docs_are_the_ones_the_loader_accepts()
    {
        AssertSection("layouts.md", "layout keys", Table(["key", "meaning"], FoldLayoutLoader.Keys.Select(k => new[] { $"`{k.Key}`", k.Meaning })));
        foreach (var layout in FoldLayoutLoader.Available(RepoPaths.Templates))
        {
            Assert.Contains($"`{layout}`", Read("layouts.md"), StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void The_markup_vocabulary_in_the_docs_is_the_parsers()
    {
        var rows = MarkupVocabulary.Elements.Where(e => e != "src").Select(e => new[]
        {
            $"`<{e}>`",
            MarkupVocabulary.AttributesOf(e).Count == 0 ? "—" : string.Join(", ", MarkupVocabulary.AttributesOf(e).Select(a => $"`{a}`")),
            MarkupVocabulary.Meanings[e],
        });
        AssertSection("template-model.md", "markup vocabulary", Table(["element", "attributes", "meaning"], rows));
    }

    [SkippableFact]
    public void The_template_model_in_the_docs_is_what_templates_receive()
    {
        AssertSection("template-model.md", "template model", Table(["object", "field", "meaning"], MarkdownTemplateModel.Fields.Select(f => new[] { f.Object, $"`{f.Field}`", f.Meaning })));

        // Build the model of two real brochures (every construct between them) and compare the
        // fields each kind of object really has with the documented ones.
        var seen = new HashSet<(string, string)>();
        foreach (var file in new[] { Path.Combine(RepoPaths.Content, EnglishEdition.SampleId, "en.md"), Path.Combine(RepoPaths.Fixture("second-brochure"), "content", "carbon-monoxide-safety", "en.md") })
        {
            var (markdown, _) = MarkdownContentReader.ReadFile(file, file);
            Collect(MarkdownTemplateModel.Build(markdown), "content", seen);
        }

        var (example, _) = MarkdownContentReader.Read(BrochureGen.Build.BrochureScaffolder.Example, "example.md");
        Collect(MarkdownTemplateModel.Build(example), "content", seen);

        var documented = MarkdownTemplateModel.Fields
            .SelectMany(f => f.Object == "every block" ? new[] { "paragraph", "heading", "list", "table", "image", "qr", "callout" }.Select(o => (o, f.Field)) : [(f.Object, f.Field)])
            .ToHashSet();
        Assert.Empty(seen.Except(documented));
        Assert.Empty(documented.Except(seen));
    }

    [SkippableFact]
    public void Every_markdown_extension_is_documented()
    {
        var content = Read("content.md");
        foreach (var extension in new[] { "{pin=back}", "{.new-panel}", "{.byline}", "{.qr}", "::: callout", "::: hotline", "::: footer", "- [ ]", "link-descriptions", "untranslated-ok", "TODO(translate)" })
        {
            Assert.Contains(extension, content, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Every_accessibility_check_criterion_and_checkpoint_is_documented_as_the_code_has_it()
    {
        AssertSection("accessibility-checks.md", "accessibility checks", BrochureGen.Conformance.AccessibilityDocs.Checks());
        AssertSection("accessibility-checks.md", "wcag criteria", BrochureGen.Conformance.AccessibilityDocs.Criteria());
        AssertSection("accessibility-checks.md", "review topics", BrochureGen.Conformance.AccessibilityDocs.Topics());
    }

    [SkippableFact]
    public void Every_command_is_in_the_readmes_command_table()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var commands = CommandsIn(CliRun.Of("--help").Output).ToList();
        Assert.Contains("xliff", commands);
        foreach (var command in commands.SelectMany(c => c == "xliff" ? CommandsIn(CliRun.Of("xliff", "--help").Output).Select(s => "xliff " + s) : [c]))
        {
            Assert.Contains($"| `{command}", readme, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Every_code_of_the_translation_workflow_is_in_the_content_docs()
    {
        // Review tracking, localized links, XLIFF and remove-locale: BG0140–BG0169.
        var codes = typeof(BrochureGen.Diagnostics.DiagnosticCodes).GetFields()
            .Select(f => (string)f.GetValue(null)!)
            .Where(c => string.CompareOrdinal(c, "BG0140") >= 0 && string.CompareOrdinal(c, "BG0169") <= 0)
            .ToList();
        Assert.NotEmpty(codes);
        var content = Read("content.md");
        Assert.All(codes, code => Assert.Contains(code, content, StringComparison.Ordinal));
    }

    // The command names of a --help page's "Commands:" list.
    private static IEnumerable<string> CommandsIn(string help) =>
        help[(help.IndexOf("Commands:", StringComparison.Ordinal) + "Commands:".Length)..]
            .Split('\n')
            .Skip(1)
            .Select(l => l.Trim())
            .TakeWhile(l => l.Length > 0)
            .Select(l => l.Split(' ')[0]);

    private static void Collect(ScriptObject value, string kind, HashSet<(string, string)> seen)
    {
        foreach (var key in value.Keys)
        {
            seen.Add((kind, key));
        }

        foreach (var (key, child) in value)
        {
            var childKind = key switch
            {
                "sections" => "section",
                "items" => "item",
                _ => null,
            };
            foreach (var element in child is ScriptArray array ? array.OfType<ScriptObject>() : [])
            {
                var elementKind = childKind ?? (element.TryGetValue("type", out var type) ? (string)type! : kind);
                Collect(element, elementKind, seen);
            }
        }
    }

    private static string Table(string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", header).Append(" |\n");
        text.Append('|').AppendJoin('|', header.Select(_ => " --- ")).Append("|\n");
        foreach (var row in rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Read(string doc) => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", doc));

    private static void AssertSection(string doc, string name, string generated)
    {
        var path = Path.Combine(RepoPaths.Root, "docs", doc);
        var text = File.ReadAllText(path);
        var start = text.IndexOf($"<!-- generated: {name} ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/{doc} has no '<!-- generated: {name} …' section");
        var bodyStart = text.IndexOf("-->\n", start, StringComparison.Ordinal) + 4;
        var end = text.IndexOf("<!-- end generated -->", bodyStart, StringComparison.Ordinal);
        var current = text[bodyStart..end];
        if (current != generated && !RepoPaths.IsCi && Environment.GetEnvironmentVariable("BROCHUREGEN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..bodyStart] + generated + text[end..]);
            return;
        }

        Assert.True(current == generated, $"docs/{doc} ({name}) is out of step with the code; run the tests once with BROCHUREGEN_UPDATE_DOCS=1 and review the change.\n--- expected ---\n{generated}");
    }
}
