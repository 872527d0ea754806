using BrochureGen.Content;
using BrochureGen.Document;
using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using BrochureGen.Rendering.Pdf;
using BrochureGen.Rendering.Png;
using BrochureGen.Templating;

namespace BrochureGen.Build;

/// <summary>The products of one edition, in memory, before anything is written.</summary>
public sealed record EditionOutput(LocaleContent Content, LaidOutBrochure Layout, byte[]? ScreenPdf, IReadOnlyList<byte[]> PagePngs)
{
    public byte[] Pdf => ScreenPdf ?? throw new InvalidOperationException("the screen edition was not rendered");
}

/// <summary>Runs the stages for one locale: content → markup → document → layout → PDF and PNG.</summary>
public static class EditionPipeline
{
    public const double ProofDpi = 150;

    /// <summary>Content to layout, without drawing; tests and <c>check</c> stop here.</summary>
    public static LaidOutBrochure LayOut(LocaleContent content, string templatesRoot, BrochureTheme theme)
    {
        var markup = TemplateRenderer.Render(content, templatesRoot);
        var document = MarkupParser.Parse(markup);
        return LayoutEngine.Layout(document, theme, content.Locale, content.Brochure.Directory);
    }

    public static EditionOutput Run(LocaleContent content, string templatesRoot, BrochureTheme theme, EditionKinds kinds = EditionKinds.All)
    {
        var layout = LayOut(content, templatesRoot, theme);
        var info = new PdfDocumentInfo(content.Title, content.Brochure.Author, content.Subject, content.Keywords, content.Locale);
        var pdf = kinds.HasFlag(EditionKinds.Screen) ? PdfRenderer.Render(layout, info) : null;
        var pngs = kinds.HasFlag(EditionKinds.Png) ? layout.Pages.Select(page => PngRenderer.Render(page, ProofDpi)).ToList() : [];
        return new EditionOutput(content, layout, pdf, pngs);
    }
}
