using System.Text.RegularExpressions;
using BrochureGen.Layout;
using BrochureGen.Tests.Support;
using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace BrochureGen.Tests;

/// <summary>
/// A second brochure written only as Markdown plus a two-key brochure.yaml
/// (Fixtures/second-brochure: carbon-monoxide safety for renters, English and Spanish), built
/// beside the sample as a user would add it under content/, on every stock layout.
/// </summary>
public sealed class SecondBrochureTests
{
    private const string Id = "carbon-monoxide-safety";

    private static readonly Lazy<(TempWorkspace Workspace, CliRun Run)> Built = new(() =>
    {
        var workspace = new TempWorkspace().WithFixture("second-brochure");
        return (workspace, CliRun.Build(workspace));
    });

    private static string Output(string locale, string suffix = ".pdf") =>
        Path.Combine(Built.Value.Workspace.Output, Id, $"{Id}.{locale}{suffix}");

    [SkippableFact]
    public void Adding_a_brochure_under_content_builds_every_edition_of_both_and_prints_each_panels_fill()
    {
        var run = Built.Value.Run;
        Assert.True(run.ExitCode == 0, run.Error);
        // The only warnings are the sample's braille ones (and, without liblouis, one per edition of
        // the new brochure), and that the new brochure names no accessibility contact.
        var braille = SampleBraille.Warnings + (SampleBraille.Written ? 0 : 2);
        Assert.Contains($"{EnglishEdition.SampleLocales.Count + 2} edition(s) built, {braille + 1} warning(s), 0 error(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("carbon-monoxide-safety/brochure.yaml: warning BG0903:", run.Error.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Matches(@"carbon-monoxide-safety en \(reviewed\)\n  fill: cover \d+ %, flap \d+ %, inside-left \d+ %, inside-middle \d+ %, inside-right \d+ %, back \d+ %", run.Output);
    }

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("es")]
    public void Every_edition_of_the_new_brochure_passes_the_suites_pdf_checks(string locale)
    {
        var bytes = File.ReadAllBytes(Output(locale));
        var pdf = QpdfJson.Read(bytes);
        Assert.Equal(locale, QpdfJson.Text(pdf.Catalog.GetProperty("/Lang")));
        foreach (var page in pdf.Pages())
        {
            var report = ContentStreamScanner.Scan(pdf.PageContent(page));
            Assert.Empty(report.NestingErrors);
            Assert.Empty(report.UntaggedOperators);
            Assert.Equal("/S", page.GetProperty("/Tabs").GetString());
        }

        var fonts = Poppler.Run("pdffonts", bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        Assert.All(fonts, row => Assert.Contains("yes yes yes", Regex.Replace(row, @"\s+", " "), StringComparison.Ordinal));
        var nodes = StructureNode.Read(pdf).Descendants().ToList();
        Assert.Equal(1, nodes.Count(n => n.Type == "H1"));
        Assert.Equal(6, nodes.Count(n => n.Type == "Sect"));
    }

    [SkippableFact]
    public void Headings_lists_table_and_qr_code_are_tagged_in_the_order_written()
    {
        var pdf = QpdfJson.Read(File.ReadAllBytes(Output("en")));
        var nodes = StructureNode.Read(pdf).Descendants().ToList();
        var written = File.ReadAllLines(Path.Combine(RepoPaths.Fixture("second-brochure"), "content", Id, "en.md"))
            .Where(l => l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => Regex.Replace(l[3..], @"\s*\{[^}]*\}$", string.Empty))
            .ToList();
        var tree = Poppler.Run("pdfinfo", "-struct-text", File.ReadAllBytes(Output("en"))).Split('\n');
        var headings = tree.Select((line, i) => (line, i))
            .Where(l => l.line.Trim().StartsWith("H2", StringComparison.Ordinal))
            .Select(l => tree[l.i + 1].Trim().Trim('"'))
            .ToList();
        Assert.Equal(written, headings);

        // A numbered list (5 items), the bulleted ones, and a checklist whose labels say ☐ or ☑.
        var lists = nodes.Where(n => n.Type == "L").ToList();
        Assert.Contains(lists, l => l.Children.Count(c => c.Type == "LI") == 5 && l.Children.All(li => li.Children.Select(c => c.Type).SequenceEqual(["Lbl", "LBody"])));
        var labels = nodes.Where(n => n.Type == "Lbl" && n.ActualText is not null).Select(n => n.ActualText).ToList();
        Assert.Equal(["☐", "☐", "☐", "☑"], labels);

        var table = Assert.Single(nodes, n => n.Type == "Table");
        Assert.Equal(5, table.Children.Count(r => r.Type == "TR"));
        var header = table.Children[0].Children;
        Assert.Equal(["TH", "TH", "TH"], header.Select(c => c.Type));
        Assert.All(header, th => Assert.Equal("Column", th.Scope));
        Assert.All(table.Children.Skip(1), row => Assert.Equal(["TD", "TD", "TD"], row.Children.Select(c => c.Type)));

        var qr = Assert.Single(nodes, n => n.Type == "Figure");
        Assert.Equal("Scan to read this brochure online: www.rctenantsafety.org/co", qr.Alt);
    }

    [SkippableFact]
    public void Every_word_of_the_markdown_is_extractable_from_the_pdf()
    {
        var text = Normalize(Poppler.Run("pdftotext", File.ReadAllBytes(Output("en")), "-"));
        var markdown = File.ReadAllText(Path.Combine(RepoPaths.Fixture("second-brochure"), "content", Id, "en.md"));
        var body = markdown[(markdown.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..];
        var words = Regex.Matches(Regex.Replace(body, @"\{[^}]*\}|:::\s*\w*|\|?-{3}\|?|\*\*|\^|\\$|\[[ x]\]|\]\(https://[^)]*\)", " ", RegexOptions.Multiline), @"[\p{L}\p{N}][\p{L}\p{N}'’.@/-]*[\p{L}\p{N}]|[\p{L}\p{N}]")
            .Select(m => m.Value.TrimEnd('.'))
            .Distinct()
            .ToList();
        Assert.True(words.Count > 250);
        var missing = words.Where(w => !text.Contains(w, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "missing from the PDF text: " + string.Join(", ", missing));
    }

    [SkippableFact]
    public void The_qr_code_on_the_back_scans_to_its_link()
    {
        using var bitmap = SKBitmap.Decode(Output("en", ".page-1.png"));
        var pixels = bitmap.Pixels.SelectMany(p => new[] { p.Red, p.Green, p.Blue }).ToArray();
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        var result = reader.Decode(new RGBLuminanceSource(pixels, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.RGB24));
        Assert.NotNull(result);
        Assert.Equal("https://www.rctenantsafety.org/co", result.Text);
    }

    [SkippableFact]
    public void The_flow_balances_the_panels_it_fills()
    {
        var layout = EnglishEdition.LayOut(Built.Value.Workspace.Content, Built.Value.Workspace.Templates, "en", Id);
        var inside = new[] { "inside-left", "inside-middle", "inside-right" }.Select(slot => layout.Pages.SelectMany(p => p.Panels).Single(p => p.Slot == slot).Fill).ToList();

        // The inside sheet's panels are filled evenly, and none is left a third empty: the short
        // text is spread (more space, then larger type) rather than leaving space unused.
        Assert.True(inside.Min() / inside.Max() >= 0.8, string.Join(", ", inside));
        Assert.All(inside, fill => Assert.InRange(fill, 2.0 / 3, 1.0));
        Assert.Contains(layout.Adjustments, a => a.Description.Contains("body text 10.5 →", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("trifold-a4", 841.89, 595.28, new[] { "cover", "flap", "inside-left", "inside-middle", "inside-right", "back" }, "FOGRA39")]
    [InlineData("zfold-letter", 792, 612, new[] { "cover", "inside-left", "inside-middle", "inside-right", "outside-left", "back" }, "CGATS TR 006")]
    public void The_same_content_builds_on_the_other_stock_layouts(string layoutName, double width, double height, string[] readingOrder, string printCondition)
    {
        using var workspace = new TempWorkspace().WithFixture("second-brochure");
        var manifest = Path.Combine(workspace.Content, Id, "brochure.yaml");
        workspace.Edit(manifest, "layout: trifold-letter", $"layout: {layoutName}");

        var run = CliRun.Build(workspace, "--brochure", Id);

        Assert.True(run.ExitCode == 0, run.Error);
        var pdf = Path.Combine(workspace.Output, Id, $"{Id}.en.pdf");
        Assert.Contains(FormattableString.Invariant($"Page size:       {width:0.##} x {height:0.##} pts"), Poppler.Run("pdfinfo", File.ReadAllBytes(pdf)), StringComparison.Ordinal);
        var layout = EnglishEdition.LayOut(workspace.Content, workspace.Templates, "en", Id);
        Assert.Equal(readingOrder, layout.ReadingOrder);
        var nodes = StructureNode.Read(QpdfJson.Read(File.ReadAllBytes(pdf))).Descendants().ToList();
        Assert.Contains("Carbon Monoxide Safety for Renters", Normalize(Poppler.Run("pdftotext", "-f", "1", "-l", "1", pdf, "-")), StringComparison.Ordinal);
        Assert.Contains(nodes, n => n.Type == "Table");

        // A4 prints on European offset (FOGRA39), Letter on GRACoL.
        Assert.Equal(printCondition, PrintEditionTests.OutputIntentOf(QpdfJson.Read(File.ReadAllBytes(Path.Combine(workspace.Output, Id, $"{Id}.en.print.pdf")))).Identifier);
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ");
}

/// <summary>The <c>new-brochure</c> command: a brochure that builds at once and shows every construct.</summary>
public sealed class NewBrochureTests
{
    [SkippableTheory]
    [InlineData("trifold-letter")]
    [InlineData("trifold-a4")]
    [InlineData("zfold-letter")]
    public void New_brochure_scaffolds_an_example_of_every_construct_that_builds_without_warnings(string layout)
    {
        using var workspace = new TempWorkspace();
        var created = CliRun.Of("new-brochure", "my-flyer", "--layout", layout, "--content", workspace.Content, "--templates", workspace.Templates);
        Assert.True(created.ExitCode == 0, created.Error);

        var run = CliRun.Build(workspace, "--brochure", "my-flyer");

        Assert.True(run.ExitCode == 0, run.Error);
        // The one warning asks for the contact the accessibility statement prints (a commented example is there).
        Assert.Contains("1 edition(s) built, 1 warning(s), 0 error(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("warning BG0903:", run.Error, StringComparison.Ordinal);
        var nodes = StructureNode.Read(QpdfJson.Read(File.ReadAllBytes(Path.Combine(workspace.Output, "my-flyer", "my-flyer.en.pdf")))).Descendants().ToList();
        Assert.Equal(1, nodes.Count(n => n.Type == "H1"));
        Assert.Contains(nodes, n => n.Type == "H3");
        Assert.Contains(nodes, n => n.Type == "Table");
        Assert.Equal(2, nodes.Count(n => n.Type == "Figure"));
        Assert.Equal(["☐", "☑"], nodes.Where(n => n.ActualText is not null).Select(n => n.ActualText));
        Assert.True(nodes.Count(n => n.Type == "L") >= 4);
    }

    [SkippableFact]
    public void New_brochure_refuses_an_existing_brochure_and_names_unknown_layouts()
    {
        using var workspace = new TempWorkspace();
        var existing = CliRun.Of("new-brochure", "stop-human-trafficking", "--content", workspace.Content, "--templates", workspace.Templates);
        var unknown = CliRun.Of("new-brochure", "flyer", "--layout", "trifold-letterr", "--content", workspace.Content, "--templates", workspace.Templates);

        Assert.Equal(1, existing.ExitCode);
        Assert.Contains("already exists", existing.Error, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("did you mean 'trifold-letter'", unknown.Error, StringComparison.Ordinal);
    }
}
