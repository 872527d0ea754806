using BrochureGen.Tests.Support;
using SkiaSharp;

namespace BrochureGen.Tests;

/// <summary>
/// The builds the HTML edition tests read: the sample brochure in every locale with the second
/// brochure beside it (lists, a checklist, a table, a QR code), and an English edition with a
/// figure, a decorative image and spans in other languages; then one axe-core run over all of
/// their HTML, the gallery, every edition's accessibility report and the statements. Built on first use, so a machine without node skips before
/// building anything; deleted with the test class.
/// </summary>
public sealed class HtmlEditionFixture : IDisposable
{
    public const string SecondBrochure = "carbon-monoxide-safety";

    private readonly Lazy<TempWorkspace> _sample;
    private readonly Lazy<TempWorkspace> _figures;
    private readonly Lazy<IReadOnlyList<AxePage>> _pages;

    public HtmlEditionFixture()
    {
        _sample = new(BuildSample);
        _figures = new(BuildFiguresAndSpans);
        _pages = new(() => AxeCheck.Run(AllPages()));
    }

    public string Output => _sample.Value.Output;

    public string Html(string locale, string brochure = EnglishEdition.SampleId) => Path.Combine(Output, brochure, $"{brochure}.{locale}.html");

    public string Pdf(string locale, string brochure = EnglishEdition.SampleId) => Path.Combine(Output, brochure, $"{brochure}.{locale}.pdf");

    public string Gallery => Path.Combine(Output, "index.html");

    /// <summary>An edition's accessibility conformance report.</summary>
    public string Report(string locale, string brochure = EnglishEdition.SampleId) => Path.Combine(Output, brochure, $"{brochure}.{locale}.accessibility.html");

    /// <summary>The accessibility statement in <paramref name="locale"/>.</summary>
    public string Statement(string locale) => Path.Combine(Output, $"accessibility-statement.{locale}.html");

    /// <summary>The report of the English edition with a figure, a QR code and spans (its thumbnails and their texts).</summary>
    public string FiguresAndSpansReport => Path.Combine(_figures.Value.Output, EnglishEdition.SampleId, $"{EnglishEdition.SampleId}.en.accessibility.html");

    public string FiguresAndSpansHtml => Path.Combine(_figures.Value.Output, EnglishEdition.SampleId, $"{EnglishEdition.SampleId}.en.html");

    /// <summary>Every HTML page of the builds with what axe-core and the DOM say of it.</summary>
    public IReadOnlyList<AxePage> Pages => _pages.Value;

    public AxePage Page(string path) => Pages.Single(p => p.File == Path.GetFullPath(path));

    public IEnumerable<string> AllPages() =>
        EnglishEdition.SampleLocales.Select(l => Html(l))
            .Concat(new[] { "en", "es" }.Select(l => Html(l, SecondBrochure)))
            .Append(FiguresAndSpansHtml)
            .Append(Gallery)
            .Concat(EnglishEdition.SampleLocales.Select(l => Report(l)))
            .Concat(new[] { "en", "es" }.Select(l => Report(l, SecondBrochure)))
            .Append(FiguresAndSpansReport)
            .Concat(new[] { "en", "es" }.Select(Statement));

    public void Dispose()
    {
        if (_sample.IsValueCreated)
        {
            _sample.Value.Dispose();
        }

        if (_figures.IsValueCreated)
        {
            _figures.Value.Dispose();
        }
    }

    private static TempWorkspace BuildSample()
    {
        var workspace = new TempWorkspace().WithFixture("second-brochure");
        var run = CliRun.Build(workspace);
        Assert.True(run.ExitCode == 0, run.Error);
        return workspace;
    }

    private static TempWorkspace BuildFiguresAndSpans()
    {
        var workspace = new TempWorkspace();
        var image = Path.Combine(workspace.BrochureFolder, "images", "emblem.png");
        Directory.CreateDirectory(Path.GetDirectoryName(image)!);
        using (var bitmap = new SKBitmap(120, 120))
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawRect(30, 30, 60, 60, new SKPaint { Color = SKColors.DarkBlue });
            canvas.Flush();
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(image, data.ToArray());
        }

        // A figure with alt text, a decorative one and a QR code from the Markdown; from the
        // template spans in a left-to-right and a right-to-left language (Markdown has no span syntax).
        workspace.Edit(workspace.ContentFile("en"), "  - Provide labor or services the person has a legal right to refrain from providing.\n", "  - Provide labor or services the person has a legal right to refrain from providing.\n\n![A diamond, the brochure's emblem](images/emblem.png)\n");
        workspace.Edit(workspace.TemplateFile(), "<p class=\"subtitle\">{{ content.subtitle }}</p>", "<p class=\"subtitle\">{{ content.subtitle }}</p>\n<p><span lang=\"es\">Línea directa</span> · <span lang=\"ar\">خط ساخن</span></p>");
        workspace.Edit(workspace.ContentFile("en"), "- Victims may also qualify for housing and food assistance.\n", "- Victims may also qualify for housing and food assistance.\n\n![\"\"](images/emblem.png)\n\n[Scan for the Office of the Victim Advocate's forms](https://www.ct.gov/ova/forms){.qr}\n");

        // A QR code whose caption the template leaves out: the page must still give its link as text.
        workspace.Edit(workspace.TemplateFile(), "<p class=\"qr-caption\">{{ block.caption }}</p>", string.Empty);
        workspace.Edit(workspace.TemplateFile(), "{{~ if content.subtitle ~}}", "{{~ if true ~}}");
        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "html");
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        return workspace;
    }
}
