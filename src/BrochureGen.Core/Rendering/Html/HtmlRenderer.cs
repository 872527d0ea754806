using System.Text;
using BrochureGen.Document;
using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using BrochureGen.Text;

namespace BrochureGen.Rendering.Html;

/// <summary>
/// Writes the HTML edition: one self-contained HTML5 file (inline style sheet, images as data
/// URIs, QR codes as SVG) from the document's blocks in the folded reading order
/// (<see cref="ReadingEdition"/>), so it reads as the brochure does and never decides
/// structure again. The title block (h1, subtitle, byline) becomes the <c>header</c>; every h2
/// opens a <c>section</c> labelled by it, holding what follows until the next h2 — the
/// sections of the content, not the panels, which are an accident of the fold.
/// </summary>
public static class HtmlRenderer
{
    private const string BylineStyle = "byline";

    public static byte[] Render(ReadingEdition reading, BrochureTheme theme, HtmlDocumentInfo info, string contentFolder)
    {
        var blocks = reading.Blocks;
        var writer = new HtmlBlockWriter(theme, new ImageResolver(contentFolder), HtmlBlockWriter.LinkTargets(blocks), Direction.IsRightToLeft(info.Language));
        var coverTone = reading.Panels.Select(slot => theme.PanelLook(slot).Tone).FirstOrDefault() ?? HtmlStyleSheet.PageTone;

        var firstSection = blocks.ToList().FindIndex(OpensSection);
        var titleBlocks = firstSection < 0 ? blocks : blocks.Take(firstSection).ToList();
        var bylines = blocks.Where(IsByline).ToList();

        // The byline sits at the foot of the cover panel, after the cover's section; on a page
        // it belongs with the title it credits.
        writer.Raw($"<header class=\"tone-{HtmlEscape.Attribute(coverTone)}\">\n<div class=\"measure\">\n");
        foreach (var block in titleBlocks.Where(b => !IsByline(b)).Concat(bylines))
        {
            writer.Visit(block);
        }

        writer.Raw("</div>\n</header>\n<main class=\"measure\">\n");
        var open = false;
        foreach (var block in firstSection < 0 ? [] : blocks.Skip(firstSection).Where(b => !IsByline(b)))
        {
            if (OpensSection(block))
            {
                writer.Raw(open ? "</section>\n" : string.Empty);
                writer.Raw($"<section aria-labelledby=\"{writer.NextHeadingId}\">\n");
                open = true;
            }

            writer.Visit(block);
        }

        writer.Raw(open ? "</section>\n" : string.Empty);
        writer.Raw("</main>\n");

        var direction = Direction.IsRightToLeft(info.Language) ? "rtl" : "ltr";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n")
            .Append($"<html lang=\"{HtmlEscape.Attribute(info.Language)}\" dir=\"{direction}\">\n")
            .Append("<head>\n<meta charset=\"utf-8\">\n")
            .Append(ContentSecurityPolicy.MetaElement).Append('\n')
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append($"<title>{HtmlEscape.Text(info.Title)}</title>\n")
            .Append($"<meta name=\"description\" content=\"{HtmlEscape.Attribute(info.Subject)}\">\n")
            .Append($"<meta name=\"author\" content=\"{HtmlEscape.Attribute(info.Author)}\">\n")
            .Append("<style>\n").Append(HtmlStyleSheet.For(theme, blocks)).Append("</style>\n</head>\n")
            .Append($"<body class=\"tone-{HtmlStyleSheet.PageTone}\">\n")
            .Append(writer.ToString())
            .Append("</body>\n</html>\n");
        return new UTF8Encoding(false).GetBytes(html.ToString());
    }

    // An h2, or a call-out that starts with one (a boxed section such as "The Statistics").
    private static bool OpensSection(BlockNode block) => block switch
    {
        HeadingNode { Level: 2 } => true,
        BoxNode box => box.Blocks.FirstOrDefault(b => b is not DecorNode and not FillNode) is { } first && OpensSection(first),
        _ => false,
    };

    private static bool IsByline(BlockNode block) => block is ParagraphNode { StyleClass: BylineStyle };
}
