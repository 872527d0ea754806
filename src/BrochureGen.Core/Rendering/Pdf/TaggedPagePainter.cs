using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// Draws the items of one page and turns layout's tag markers into structure elements and
/// artifacts. Every element is opened and closed outside a text object, so no marked-content
/// sequence spans a BT/ET pair.
/// </summary>
internal sealed class TaggedPagePainter(UAManager accessibility, XGraphics graphics, PdfFontSet fonts, bool print)
{
    private readonly StructureBuilder _structure = accessibility.StructureBuilder;
    private int _openElements;

    public void Paint(IReadOnlyList<LayoutItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case TagStartItem { Role: StructureRole.Link } link:
                    BeginLink(link, LinkAreasOf(items, i));
                    break;
                case TagStartItem { Role: StructureRole.Figure } figure:
                    BeginFigure(figure, figure.Box ?? BoxOf(items.Skip(i).OfType<ImageItem>().First()));
                    break;
                case TagStartItem start:
                    Begin(start);
                    break;
                case TagEndItem:
                    accessibility.BeginGraphicMode();
                    _structure.End();
                    _openElements--;
                    break;
                case TextRunItem run:
                    graphics.DrawString(run.Text, fonts.Get(run.Face, run.Size), Brush(run.Color), run.X, run.Baseline, XStringFormats.BaseLineLeft);
                    break;
                case RectItem rect:
                    accessibility.BeginGraphicMode();
                    graphics.DrawRectangle(Brush(rect.Fill), rect.X, rect.Y, rect.Width, rect.Height);
                    break;
                case PolygonItem polygon:
                    accessibility.BeginGraphicMode();
                    graphics.DrawPolygon(Brush(polygon.Fill), polygon.Points.Select(p => new XPoint(p.X, p.Y)).ToArray(), XFillMode.Winding);
                    break;
                case StrokeRectItem box:
                    accessibility.BeginGraphicMode();
                    graphics.DrawRectangle(new XPen(ToXColor(box.Color), box.Thickness), box.X, box.Y, box.Width, box.Height);
                    break;
                case LineItem line:
                    accessibility.BeginGraphicMode();
                    graphics.DrawLine(new XPen(ToXColor(line.Color), line.Thickness), line.X1, line.Y1, line.X2, line.Y2);
                    break;
                case ImageItem image:
                    accessibility.BeginGraphicMode();
                    using (var picture = print ? XPdfForm.FromStream(new MemoryStream(CmykImageForm.Create(image.FilePath))) : XImage.FromFile(image.FilePath))
                    {
                        graphics.DrawImage(picture, image.X, image.Y, image.Width, image.Height);
                    }

                    break;
            }
        }
    }

    /// <summary>Checks that every element opened on this page was closed.</summary>
    public void Finish()
    {
        accessibility.BeginGraphicMode();
        if (_openElements != 0)
        {
            throw new InvalidOperationException($"layout left {_openElements} tagged element(s) open on a page");
        }
    }

    private void Begin(TagStartItem start)
    {
        accessibility.BeginGraphicMode();
        _openElements++;
        switch (start.Role)
        {
            case StructureRole.Artifact:
                _structure.BeginArtifact();
                LeaveTextObject();
                return;
            case StructureRole.Section:
                _structure.BeginElement(PdfGroupingElementTag.Section);
                break;
            case StructureRole.Span:
                _structure.BeginElement(PdfInlineLevelElementTag.Span);
                break;
            default:
                _structure.BeginElement(BlockTag(start.Role));
                break;
        }

        if (start.Language is { } language)
        {
            _structure.SetLanguage(language);
        }

        if (start.ActualText is { } actual)
        {
            _structure.CurrentStructureElement.Elements["/ActualText"] = new PdfString(actual, PdfStringEncoding.Unicode);
        }

        if (start.Scope is { } scope)
        {
            // A header cell names the cells it heads (PDF/UA: table headers need a scope).
            var attributes = new PdfDictionary();
            attributes.Elements["/O"] = new PdfName("/Table");
            attributes.Elements["/Scope"] = new PdfName("/" + scope);
            _structure.CurrentStructureElement.Elements["/A"] = attributes;
        }

        LeaveTextObject();
    }

    // PDFsharp opens a text object when a block-level element begins; closing it again here
    // makes the element's BDC come before the BT of its first line, not inside it.
    private void LeaveTextObject() => accessibility.BeginGraphicMode();

    private void BeginLink(TagStartItem start, IReadOnlyList<LinkAreaItem> areas)
    {
        accessibility.BeginGraphicMode();
        _openElements++;
        if (areas.Count == 0)
        {
            _structure.BeginElement(PdfInlineLevelElementTag.Link);
            LeaveTextObject();
            return;
        }

        // Layout closes a link at the end of each line, so each Link element has one area.
        var description = start.Title ?? areas[0].Description;
        _structure.BeginElement(CreateAnnotation(areas[0], description), description);
        LeaveTextObject();
    }

    private PdfLinkAnnotation CreateAnnotation(LinkAreaItem area, string description)
    {
        var rect = graphics.Transformer.WorldToDefaultPage(new XRect(area.X, area.Y, area.Width, area.Height));
        var annotation = PdfLinkAnnotation.CreateWebLink(new PdfRectangle(rect), area.Target);
        annotation.Contents = description;
        return annotation;
    }

    private static (double X, double Y, double Width, double Height) BoxOf(ImageItem image) => (image.X, image.Y, image.Width, image.Height);

    // A Figure carries its alt text and the box of what it shows.
    private void BeginFigure(TagStartItem start, (double X, double Y, double Width, double Height) figureBox)
    {
        accessibility.BeginGraphicMode();
        _openElements++;
        var box = graphics.Transformer.WorldToDefaultPage(new XRect(figureBox.X, figureBox.Y, figureBox.Width, figureBox.Height));
        _structure.BeginElement(PdfIllustrationElementTag.Figure, start.AltText ?? string.Empty, box);
        LeaveTextObject();
    }

    private static List<LinkAreaItem> LinkAreasOf(IReadOnlyList<LayoutItem> items, int start)
    {
        var areas = new List<LinkAreaItem>();
        var depth = 0;
        for (var i = start; i < items.Count; i++)
        {
            if (items[i] is TagStartItem)
            {
                depth++;
            }
            else if (items[i] is TagEndItem && --depth == 0)
            {
                break;
            }
            else if (items[i] is LinkAreaItem area)
            {
                areas.Add(area);
            }
        }

        return areas;
    }

    private static PdfBlockLevelElementTag BlockTag(StructureRole role) => role switch
    {
        StructureRole.H1 => PdfBlockLevelElementTag.Heading1,
        StructureRole.H2 => PdfBlockLevelElementTag.Heading2,
        StructureRole.H3 => PdfBlockLevelElementTag.Heading3,
        StructureRole.H4 => PdfBlockLevelElementTag.Heading4,
        StructureRole.H5 => PdfBlockLevelElementTag.Heading5,
        StructureRole.H6 => PdfBlockLevelElementTag.Heading6,
        StructureRole.List => PdfBlockLevelElementTag.List,
        StructureRole.ListItem => PdfBlockLevelElementTag.ListItem,
        StructureRole.Label => PdfBlockLevelElementTag.Label,
        StructureRole.ListBody => PdfBlockLevelElementTag.ListBody,
        StructureRole.Table => PdfBlockLevelElementTag.Table,
        StructureRole.TableRow => PdfBlockLevelElementTag.TableRow,
        StructureRole.TableHeader => PdfBlockLevelElementTag.TableHeaderCell,
        StructureRole.TableCell => PdfBlockLevelElementTag.TableDataCell,
        _ => PdfBlockLevelElementTag.Paragraph,
    };

    private XSolidBrush Brush(InkColor color) => new(ToXColor(color));

    // The screen edition paints sRGB; the print edition the theme's CMYK separations.
    private XColor ToXColor(InkColor color) => print
        ? XColor.FromCmyk(color.Print.C / 100, color.Print.M / 100, color.Print.Y / 100, color.Print.K / 100)
        : XColor.FromArgb(color.Screen.R, color.Screen.G, color.Screen.B);
}
