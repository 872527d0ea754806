using System.Globalization;
using System.Text;
using BrochureGen.Document;
using BrochureGen.Document.Resolve;
using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using BrochureGen.Text;
using BrochureGen.Vocabulary;

namespace BrochureGen.Rendering.Html;

/// <summary>
/// Writes document blocks and their inline text as HTML5 elements: one element per kind of
/// node, the theme's paragraph style as a class, links with the names the PDF gives them.
/// </summary>
internal sealed class HtmlBlockWriter(BrochureTheme theme, ImageResolver images, IReadOnlySet<string> linkedInText, bool rightToLeft) : BlockVisitor
{
    // The diamonds as the brochure draws them (OrnamentShape), in its units; the style sheet sizes
    // the drawing in proportion to the body text.
    private static readonly string DiamondsDrawing = Diamonds();

    private readonly StringBuilder _html = new();
    private int _headings;

    public override string ToString() => _html.ToString();

    /// <summary>The id given to the next heading written: a section is labelled by it.</summary>
    public string NextHeadingId => $"heading-{_headings + 1}";

    public void Raw(string text) => _html.Append(text);

    protected override void Paragraph(ParagraphNode paragraph) =>
        _html.Append(CultureInfo.InvariantCulture, $"<p class=\"{StyleClass(StyleNames.Of(paragraph))}\">{Inlines(paragraph.Content)}</p>\n");

    protected override void Decor(DecorNode decor)
    {
        // Ornaments carry no meaning: drawn by the style sheet, hidden from assistive technology.
        // The diamonds are drawn as in the PDF (the text faces have no diamond glyph); the rule is a box.
        var drawing = decor.Kind == Ornament.Diamonds ? DiamondsDrawing : string.Empty;
        _html.Append(CultureInfo.InvariantCulture, $"<div class=\"decor decor-{OrnamentNames.NameOf(decor.Kind)}\" aria-hidden=\"true\">{drawing}</div>\n");
    }

    // Fills and panel breaks are panel geometry: a page that scrolls has no panels to fill or break.

    protected override void Heading(HeadingNode heading)
    {
        _headings++;
        var level = Math.Clamp(heading.Level, 1, 6);
        var style = heading.StyleClass ?? StyleNames.Heading(level);
        _html.Append(CultureInfo.InvariantCulture, $"<h{level} id=\"heading-{_headings}\" class=\"{StyleClass(style)}\">{Inlines(heading.Content)}</h{level}>\n");
    }

    protected override void List(ListNode list)
    {
        var (open, close) = list.Kind switch
        {
            ListKind.Numbered => (list.Start == 1 ? "<ol>" : string.Create(CultureInfo.InvariantCulture, $"<ol start=\"{list.Start}\">"), "</ol>"),
            ListKind.Checklist => ("<ul class=\"checklist\">", "</ul>"),
            _ => ("<ul>", "</ul>"),
        };
        _html.Append(open).Append('\n');
        foreach (var item in list.Items)
        {
            _html.Append(CultureInfo.InvariantCulture, $"<li class=\"{StyleClass(StyleNames.ListItem)}\">");
            if (item.Checked is { } ticked)
            {
                // The box is text, as in the PDF (its ActualText): screen readers name ☑ and ☐ in the reader's own language.
                _html.Append(ticked ? "<span class=\"check\">☑</span> " : "<span class=\"check\">☐</span> ");
            }

            _html.Append(Inlines(item.Content));
            if (item.Nested is { } nested)
            {
                _html.Append('\n');
                List(nested);
            }

            _html.Append("</li>\n");
        }

        _html.Append(close).Append('\n');
    }

    protected override void Table(TableNode table)
    {
        _html.Append("<table>\n");
        var rows = table.Rows;
        var headerRows = table.HeaderRows;
        if (headerRows > 0)
        {
            _html.Append("<thead>\n");
            foreach (var row in rows.Take(headerRows))
            {
                Row(row);
            }

            _html.Append("</thead>\n");
        }

        _html.Append("<tbody>\n");
        foreach (var row in rows.Skip(headerRows))
        {
            Row(row);
        }

        _html.Append("</tbody>\n</table>\n");
    }

    private void Row(TableRowNode row)
    {
        _html.Append("<tr>");
        foreach (var cell in row.Cells)
        {
            var align = cell.Alignment switch
            {
                ColumnAlignment.Center => " align-center",
                ColumnAlignment.End => " align-end",
                _ => string.Empty,
            };
            if (cell.IsHeader)
            {
                _html.Append(CultureInfo.InvariantCulture, $"<th scope=\"{(cell.Scope == TableScope.Row ? "row" : "col")}\" class=\"{StyleClass(StyleNames.TableHeader)}{align}\">{Inlines(cell.Content)}</th>");
            }
            else
            {
                _html.Append(CultureInfo.InvariantCulture, $"<td class=\"{StyleClass(StyleNames.TableCell)}{align}\">{Inlines(cell.Content)}</td>");
            }
        }

        _html.Append("</tr>\n");
    }

    protected override void Qr(QrNode qr)
    {
        // The code for a phone held up to a screen or a printout; the link itself, as text, for
        // everyone else, unless the edition's text links it already (the stock template's caption).
        _html.Append(CultureInfo.InvariantCulture, $"<div class=\"qr-code\">{QrSvg.For(qr.Target, qr.Alt)}");
        if (!linkedInText.Contains(qr.Target))
        {
            _html.Append(CultureInfo.InvariantCulture, $"\n<p class=\"{StyleClass(StyleNames.QrCaption)}\"><a href=\"{HtmlEscape.Attribute(qr.Target)}\">{HtmlEscape.Text(qr.VisibleAddress)}</a></p>");
        }

        _html.Append("</div>\n");
    }

    protected override void Box(BoxNode box)
    {
        // Layout has checked that the theme has this box.
        var name = box.StyleClass ?? StyleNames.DefaultBox;
        var tone = theme.Boxes[name].Tone;
        _html.Append(CultureInfo.InvariantCulture, $"<div class=\"box box-{HtmlEscape.Attribute(name)} tone-{HtmlEscape.Attribute(tone)}\">\n");
        foreach (var block in box.Blocks)
        {
            Visit(block);
        }

        _html.Append("</div>\n");
    }

    protected override void Figure(FigureNode figure)
    {
        var image = images.Resolve(figure.Source, figure.Location);
        var (width, height) = HtmlPictureSize.Of(figure, image, theme);

        // An SVG picture becomes pixels here too (its markup never reaches the page), at the
        // print resolution of the size it is shown at.
        image = image.Placed(width * 72.0 / 96, height * 72.0 / 96);
        var source = $"data:{image.MimeType};base64,{Convert.ToBase64String(image.Bytes)}";
        var size = string.Create(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\"");
        var place = HtmlPictureSize.PlaceClass(figure);
        if (figure.Alt is null)
        {
            // Decorative, as the PDF's artifact: an empty alt keeps it out of what is read.
            _html.Append(CultureInfo.InvariantCulture, $"<img class=\"decorative{(place is null ? string.Empty : " " + place)}\" src=\"{source}\" alt=\"\"{size}>\n");
        }
        else
        {
            _html.Append(CultureInfo.InvariantCulture, $"<figure{(place is null ? string.Empty : $" class=\"{place}\"")}><img src=\"{source}\" alt=\"{HtmlEscape.Attribute(figure.Alt)}\"{size}></figure>\n");
        }
    }

    private static string Diamonds()
    {
        const double size = OrnamentShape.DiamondSize;
        var shape = OrnamentShape.Of(Ornament.Diamonds);
        var path = new StringBuilder();
        for (var i = 0; i < OrnamentShape.DiamondCount; i++)
        {
            var left = i * size * OrnamentShape.DiamondPitch;
            path.Append(CultureInfo.InvariantCulture, $"M{HtmlStyleSheet.N(left + (size / 2))} 0L{HtmlStyleSheet.N(left + size)} {HtmlStyleSheet.N(size / 2)}L{HtmlStyleSheet.N(left + (size / 2))} {HtmlStyleSheet.N(size)}L{HtmlStyleSheet.N(left)} {HtmlStyleSheet.N(size / 2)}Z");
        }

        return $"<svg viewBox=\"0 0 {HtmlStyleSheet.N(shape.Width)} {HtmlStyleSheet.N(shape.Height)}\" focusable=\"false\"><path d=\"{path}\" fill=\"currentColor\"/></svg>";
    }

    private static string StyleClass(string style) => "st-" + HtmlEscape.Attribute(style);

    private string Inlines(IEnumerable<InlineElement> inlines) => Inlines(inlines, rightToLeft);

    // In right-to-left text, left-to-right stretches become isolates (HtmlBidi); inside one, or in
    // a left-to-right language, the text is left to right.
    private static string Inlines(IEnumerable<InlineElement> inlines, bool rightToLeft)
    {
        var html = new StringBuilder();
        foreach (var inline in rightToLeft ? HtmlBidi.Isolate(inlines.ToList()) : inlines)
        {
            Inline(html, inline, rightToLeft);
        }

        return html.ToString();
    }

    private static void Inline(StringBuilder html, InlineElement inline, bool rightToLeft)
    {
        switch (inline)
        {
            case TextElement text:
                html.Append(HtmlEscape.Text(text.Text));
                break;
            case LineBreakElement:
                html.Append("<br>");
                break;
            case StyledElement styled:
                var tag = styled.Kind switch
                {
                    InlineKind.Strong => "strong",
                    InlineKind.Emphasis => "em",
                    _ => "sup",
                };
                html.Append(CultureInfo.InvariantCulture, $"<{tag}>{Inlines(styled.Children, rightToLeft)}</{tag}>");
                break;
            case LinkElement link:
                var label = HtmlLinkName.AriaLabel(InlineText.Of(link.Children), link.Description);
                var aria = label is null ? string.Empty : $" aria-label=\"{HtmlEscape.Attribute(label)}\"";
                // A link of left-to-right text (a web address, a phone number) is an isolate whole, its last "/" included.
                var isolated = rightToLeft && !InlineText.Of(link.Children).Any(HtmlBidi.IsRightToLeftLetter);
                html.Append(CultureInfo.InvariantCulture, $"<a href=\"{HtmlEscape.Attribute(link.Target)}\"{aria}{(isolated ? " dir=\"ltr\"" : string.Empty)}>{Inlines(link.Children, rightToLeft && !isolated)}</a>");
                break;
            case LanguageElement language:
                var inRightToLeft = Direction.IsRightToLeft(language.Language);
                html.Append(CultureInfo.InvariantCulture, $"<span lang=\"{HtmlEscape.Attribute(language.Language)}\" dir=\"{(inRightToLeft ? "rtl" : "ltr")}\">{Inlines(language.Children, inRightToLeft)}</span>");
                break;
            case LeftToRightElement isolate:
                html.Append(CultureInfo.InvariantCulture, $"<span dir=\"ltr\">{Inlines(isolate.Children, rightToLeft: false)}</span>");
                break;
            case SourceElement source:
                html.Append(Inlines(source.Children, rightToLeft));
                break;
        }
    }

    /// <summary>Every link target in the text of <paramref name="blocks"/>.</summary>
    public static IReadOnlySet<string> LinkTargets(IEnumerable<BlockNode> blocks)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        void Inline(InlineElement inline)
        {
            switch (inline)
            {
                case LinkElement link:
                    targets.Add(link.Target);
                    break;
                case StyledElement styled:
                    styled.Children.ToList().ForEach(Inline);
                    break;
                case LanguageElement language:
                    language.Children.ToList().ForEach(Inline);
                    break;
                case SourceElement source:
                    source.Children.ToList().ForEach(Inline);
                    break;
            }
        }

        new RunVisitor(run => run.ToList().ForEach(Inline)).Visit(blocks);
        return targets;
    }

    private sealed class RunVisitor(Action<IReadOnlyList<InlineElement>> run) : StyledRunVisitor
    {
        protected override void Run(string style, IReadOnlyList<InlineElement> content) => run(content);
    }
}
