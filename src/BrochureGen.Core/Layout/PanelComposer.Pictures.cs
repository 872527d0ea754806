using BrochureGen.Content.Markdown;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>Pictures in a panel: sized once (<see cref="PictureSize"/>), placed at the start, centred, beside text, or behind the whole panel.</summary>
public sealed partial class PanelComposer
{
    // Where the panel's own background ends in the items: a full-bleed picture is drawn just after it, behind everything else.
    private int _backgroundEnd;

    // The full-bleed pictures of the panel, for the contrast of the text set over them.
    private readonly List<(ImageItem Picture, FigureNode Figure)> _behindText = [];

    private void ComposeFigure(FigureNode figure, double x, double width)
    {
        if (figure.Place == PicturePlace.FullBleed)
        {
            ComposeFullBleed(figure);
            return;
        }

        Space(_theme.Style(StyleNames.Body).SpaceAfter);
        var image = _images.Resolve(figure.Source, figure.Location);
        var (w, h) = PictureSize.Of(figure, image, width);
        var atEnd = figure.Place == PicturePlace.Right != _rtl;
        x = figure.Place == PicturePlace.Center ? x + ((width - w) / 2) : atEnd ? x + width - w : x;
        PlacePicture(figure, new ImageItem(x, _y, w, h, image.Placed(w, h)), _items.Count);
        Track(_y + h, null);
        _y += h;
        _pendingSpace = _theme.Style(StyleNames.Body).SpaceAfter;
        _atTop = false;
    }

    // A {.right} picture at the end of the line, the next block set in the column beside it; the
    // pair is one block for the flow (never split), as tall as the taller of the two. A paragraph
    // longer than the picture wraps round it: the lines that start below the picture (and a gap)
    // take the full width again. A list stays in the column (its items' labels hang in one line).
    private void ComposeBeside(BesideNode beside, double x, double width, ToneColors tone)
    {
        Space(_theme.Style(StyleNames.Body).SpaceAfter);
        var image = _images.Resolve(beside.Figure.Source, beside.Figure.Location);
        var (w, h) = PictureSize.Of(beside.Figure, image, width);
        var top = _y;
        var textWidth = width - w - PictureSize.BesideGap;
        var (pictureX, textX) = _rtl ? (x, x + w + PictureSize.BesideGap) : (x + width - w, x);
        PlacePicture(beside.Figure, new ImageItem(pictureX, top, w, h, image.Placed(w, h)), _items.Count);
        Track(top + h, null);

        // The text starts level with the picture's top.
        _atTop = true;
        _pendingSpace = 0;
        if (beside.Text is ParagraphNode paragraph)
        {
            var style = StyleFor(paragraph.StyleClass, StyleNames.Body);
            var besidePicture = (int)Math.Ceiling((h + PictureSize.BesideGap) / (style.Size * style.Leading));
            var measure = new LineMeasure(x, width, besidePicture, textX, textWidth);
            _depth++;
            ComposeText(paragraph.Content, style, tone, measure, StructureRole.Paragraph, 0, int.MaxValue, recordBreaks: false);
            _depth--;
        }
        else
        {
            ComposeBlock(beside.Text, textX, textWidth, tone, 0, int.MaxValue);
        }

        _y = Math.Max(_y, top + h);
        _pendingSpace = Math.Max(_pendingSpace, _theme.Style(StyleNames.Body).SpaceAfter);
        _atTop = false;
    }

    // A full-bleed picture covers its whole panel, to the trim and as far as the layout's bleed
    // beyond it (the print edition shows that part), scaled to cover and cut at the panel's edges
    // (centred: the middle of the picture shows). It takes no room: the panel's text is set over
    // it, and its contrast is measured on the picture's pixels (KeepTextReadableOverPictures).
    private void ComposeFullBleed(FigureNode figure)
    {
        if (_breaks is not null)
        {
            // Measuring for the flow: it takes no height.
            return;
        }

        var image = _images.Resolve(figure.Source, figure.Location);
        var bleed = _theme.Layout.Bleed;
        var (panelWidth, panelHeight) = (_frame.PanelWidth + (2 * bleed), _frame.PageHeight + (2 * bleed));
        var scale = Math.Max(panelWidth / image.Width, panelHeight / image.Height);
        var (w, h) = (image.Width * scale, image.Height * scale);
        var x = _frame.PanelX + (_frame.PanelWidth / 2) - (w / 2);
        var y = (_frame.PageHeight / 2) - (h / 2);
        var picture = new ImageItem(x, y, w, h, image.Placed(w, h)) { Clip = (_frame.PanelX, 0, _frame.PanelWidth, _frame.PageHeight) };
        PlacePicture(figure, picture, _backgroundEnd);
        _behindText.Add((picture, figure));
    }

    // A described picture is a Figure with its alt text; a decorative one an artifact.
    private void PlacePicture(FigureNode figure, ImageItem picture, int at)
    {
        LayoutItem[] items = figure.Alt is null
            ? [new TagStartItem(StructureRole.Artifact), picture, new TagEndItem(StructureRole.Artifact)]
            : [new TagStartItem(StructureRole.Figure, AltText: figure.Alt) { Box = (picture.Clip ?? (picture.X, picture.Y, picture.Width, picture.Height)) }, picture, new TagEndItem(StructureRole.Figure)];
        _items.InsertRange(at, items);
        if (at <= _backgroundEnd)
        {
            _backgroundEnd += items.Length;
        }
    }

    private void KeepTextReadableOverPictures(string slot, ToneColors tone)
    {
        foreach (var (picture, figure) in _behindText)
        {
            var scrims = TextOverPicture.Scrims(_items, picture, figure, _theme, tone, slot, _frame.PanelX, _frame.PanelWidth);
            if (scrims.Count == 0)
            {
                continue;
            }

            // Just above the picture, below everything else.
            var at = _items.IndexOf(picture) + 2;
            _items.InsertRange(at, [new TagStartItem(StructureRole.Artifact), .. scrims, new TagEndItem(StructureRole.Artifact)]);
        }
    }
}
