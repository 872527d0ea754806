using BenchmarkDotNet.Attributes;
using BrochureGen.Build;
using BrochureGen.Content;
using BrochureGen.Document;
using BrochureGen.Document.Resolve;
using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using BrochureGen.Rendering.Pdf;
using BrochureGen.Rendering.Png;
using BrochureGen.Templating;

namespace BrochureGen.Benchmarks;

/// <summary>
/// Each pipeline stage for one edition (English), warm, in one process; and one whole screen
/// edition (content to PDF bytes), the figure the 15 ms goal is about.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _templates = string.Empty;
    private BrochureManifest _manifest = null!;
    private BrochureTheme _theme = null!;
    private LocaleContent _content = null!;
    private RenderedMarkup _markup = null!;
    private BrochureDocument _document = null!;
    private LaidOutBrochure _layout = null!;
    private PdfDocumentInfo _info = null!;
    private string _template = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _templates = Path.Combine(root, "templates");
        _manifest = ContentLoader.LoadManifest(Path.Combine(root, "content", "stop-human-trafficking"));
        (_theme, _template) = Design.Resolve(_manifest, _templates, new Dictionary<string, BrochureTheme>());
        _content = ContentLoader.LoadLocale(_manifest, "en");
        _markup = TemplateRenderer.Render(_content, _templates, _template);
        _document = DocumentResolver.Resolve(_markup);
        _layout = LayoutEngine.Layout(_document, _theme, "en", _manifest.Directory);
        _info = new PdfDocumentInfo(_content.Title, _content.Author, _content.Subject, _content.Keywords, "en");
    }

    [Benchmark]
    public LocaleContent LoadContent() => ContentLoader.LoadLocale(_manifest, "en");

    [Benchmark]
    public RenderedMarkup Template() => TemplateRenderer.Render(_content, _templates, _template);

    [Benchmark]
    public BrochureDocument Resolve() => DocumentResolver.Resolve(_markup);

    [Benchmark]
    public LaidOutBrochure Layout() => LayoutEngine.Layout(_document, _theme, "en", _manifest.Directory);

    [Benchmark]
    public byte[] Pdf() => PdfRenderer.Render(_layout, _info);

    [Benchmark]
    public byte[] PngPage() => PngRenderer.Render(_layout.Pages[0], EditionPipeline.ProofDpi);

    [Benchmark]
    public EditionOutput ScreenEdition() => EditionPipeline.Run(ContentLoader.LoadLocale(_manifest, "en"), _templates, _theme, _template, EditionKinds.Screen);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BrochureGen.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? Directory.GetCurrentDirectory();
    }
}
