using BrochureGen.Content.Markdown;
using BrochureGen.Document;
using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Rendering.Html;

/// <summary>
/// A picture's size on the web page: the size it is printed at in the brochure
/// (<see cref="PictureSize"/>, in the text column of the brochure's cover panel), in CSS pixels
/// (96 to the inch), so a 2-inch logo is 2 inches on the screen, not its pixel count. The style
/// sheet's <c>max-width: 100%</c> keeps it inside the column on a phone.
/// </summary>
internal static class HtmlPictureSize
{
    private const double CssPixelsPerPoint = 96.0 / 72;

    /// <summary>How the places look on the page: centred, or floated at the end with the text beside it.</summary>
    public const string StyleRules =
        "figure.center, img.center { text-align: center; display: block; margin-inline: auto; } " +
        "figure.right, img.right { float: inline-end; max-width: 50%; margin-inline-start: 1rem; } " +
        "figure.full-bleed img, img.full-bleed { width: 100%; }";

    public static (int Width, int Height) Of(FigureNode figure, ImageFile image, BrochureTheme theme)
    {
        if (figure.Place == PicturePlace.FullBleed)
        {
            // Behind a whole panel in print; on the page a picture across the column.
            var column = Column(theme);
            return (Pixels(column), Pixels(column * image.Height / Math.Max(1, image.Width)));
        }

        var (width, height) = PictureSize.Of(figure, image, Column(theme));
        return (Pixels(width), Pixels(height));
    }

    /// <summary>The class of a picture's place, or null at the start of the line.</summary>
    public static string? PlaceClass(FigureNode figure) => figure.Place == PicturePlace.Start ? null : PicturePlaceNames.NameOf(figure.Place);

    // The cover's text column: what a percentage of "the panel" is taken of.
    private static double Column(BrochureTheme theme)
    {
        var cover = theme.Layout.ReadingOrder[0];
        var side = theme.Sheet.OutsidePanels.Contains(cover) ? theme.Sheet.OutsidePanels : theme.Sheet.InsidePanels;
        return LayoutEngine.Frames(theme, side).First(f => f.Slot == cover).Width;
    }

    private static int Pixels(double points) => Math.Max(1, (int)Math.Round(points * CssPixelsPerPoint));
}
