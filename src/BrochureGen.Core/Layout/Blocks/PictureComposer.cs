using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>Pictures: sized once (<see cref="PictureSize"/>), placed at the start, centred, at the end, or behind the whole panel (full bleed).</summary>
internal static class PictureComposer
{
    public static void Place(PanelContext context, FigureNode figure, double x, double width)
    {
        if (figure.Place == PicturePlace.FullBleed)
        {
            PlaceFullBleed(context, figure);
            return;
        }

        context.Space(context.Theme.Style(StyleNames.Body).SpaceAfter);
        var image = context.Images.Resolve(figure.Source, figure.Location);
        var (w, h) = PictureSize.Of(figure, image, width);
        var atEnd = figure.Place == PicturePlace.Right != context.RightToLeft;
        x = figure.Place == PicturePlace.Center ? x + ((width - w) / 2) : atEnd ? x + width - w : x;
        PlacePicture(context, figure, new ImageItem(x, context.Y, w, h, image.Placed(w, h)), context.Items.Count);
        context.Track(context.Y + h, null);
        context.Y += h;
        context.PendingSpace = context.Theme.Style(StyleNames.Body).SpaceAfter;
        context.AtTop = false;
    }

    // A full-bleed picture covers its whole panel, to the trim and as far as the layout's bleed
    // beyond it (the print edition shows that part), scaled to cover and cut at the panel's edges
    // (centred: the middle of the picture shows). It takes no room: the panel's text is set over
    // it, and its contrast is measured on the picture's pixels (KeepTextReadableOverPictures).
    private static void PlaceFullBleed(PanelContext context, FigureNode figure)
    {
        if (context.Breaks is not null)
        {
            // Measuring for the flow: it takes no height.
            return;
        }

        var image = context.Images.Resolve(figure.Source, figure.Location);
        var bleed = context.Theme.Layout.Bleed;
        var (panelWidth, panelHeight) = (context.Frame.PanelWidth + (2 * bleed), context.Frame.PageHeight + (2 * bleed));
        var scale = Math.Max(panelWidth / image.Width, panelHeight / image.Height);
        var (w, h) = (image.Width * scale, image.Height * scale);
        var x = context.Frame.PanelX + (context.Frame.PanelWidth / 2) - (w / 2);
        var y = (context.Frame.PageHeight / 2) - (h / 2);
        var picture = new ImageItem(x, y, w, h, image.Placed(w, h)) { Clip = (context.Frame.PanelX, 0, context.Frame.PanelWidth, context.Frame.PageHeight) };
        PlacePicture(context, figure, picture, context.BackgroundEnd);
        context.BehindText.Add((picture, figure));
    }

    /// <summary>A described picture is a Figure with its alt text; a decorative one an artifact. Inserted at <paramref name="at"/> in the items.</summary>
    public static void PlacePicture(PanelContext context, FigureNode figure, ImageItem picture, int at)
    {
        LayoutItem[] items = figure.Alt is null
            ? [new TagStartItem(StructureRole.Artifact), picture, new TagEndItem(StructureRole.Artifact)]
            : [new TagStartItem(StructureRole.Figure, AltText: figure.Alt) { Box = (picture.Clip ?? (picture.X, picture.Y, picture.Width, picture.Height)) }, picture, new TagEndItem(StructureRole.Figure)];
        context.Items.InsertRange(at, items);
        if (at <= context.BackgroundEnd)
        {
            context.BackgroundEnd += items.Length;
        }
    }
}
