using BrochureGen.Content.Markdown;
using BrochureGen.Document;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// The size a picture is placed at, decided once for every edition that places it (the panels,
/// the large print, the HTML page): as written (<c>{width=40%}</c> of the column, a length, or
/// <c>{height=1in}</c>; given both, inside both), else its size at 300 ppi; always in its own
/// proportions and never wider than the column.
/// </summary>
public static class PictureSize
{
    /// <summary>An image without a size is placed at most as large as it is at this resolution: print quality.</summary>
    public const double NaturalPpi = 300;

    /// <summary>The gap between a <c>{.right}</c> picture and the text beside it, in points.</summary>
    public const double BesideGap = 10;

    /// <summary>A <c>{.right}</c> picture takes at most this share of its column: the text beside it needs room.</summary>
    public const double MostBesideShare = 0.5;

    /// <summary>The placed width and height in points of <paramref name="image"/> in a column <paramref name="column"/> points wide.</summary>
    public static (double Width, double Height) Of(FigureNode figure, ImageFile image, double column)
    {
        var aspect = (double)image.Height / Math.Max(1, image.Width);
        var written = figure.WidthPercent is { } percent ? column * percent / 100 : figure.Width;
        double width;
        if (written is { } w)
        {
            // Given both, the picture fits inside both: it is never distorted.
            width = figure.Height is { } hBoth ? Math.Min(w, hBoth / aspect) : w;
        }
        else if (figure.Height is { } h)
        {
            width = h / aspect;
        }
        else
        {
            width = image.Width * 72 / NaturalPpi;
        }

        var most = figure.Place == PicturePlace.Right ? column * MostBesideShare : column;
        width = Math.Min(width, most);
        return (width, width * aspect);
    }
}
