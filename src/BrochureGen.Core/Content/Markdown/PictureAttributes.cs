using BrochureGen.Vocabulary;

namespace BrochureGen.Content.Markdown;

/// <summary>
/// How a picture is sized and placed, as written in Markdig generic attributes after it:
/// <c>{width=40%}</c> (of the panel's text column) or <c>{width=1.5in}</c>, <c>{height=1in}</c>,
/// <c>{.center}</c>, <c>{.right}</c>, <c>{.full-bleed}</c>, and <c>{.byline}</c> on the cover (the logo
/// at its foot). A picture written before the <c># title</c> stands above it on the cover (<see cref="AboveTitle"/>). Width and height are kept as written (<see cref="PictureLength"/> reads them);
/// given both, the picture fits inside both and keeps its proportions.
/// </summary>
public sealed record PictureAttributes(string? Width, string? Height, PicturePlace Place, bool Byline, bool AboveTitle = false)
{
    public static readonly PictureAttributes None = new(null, null, PicturePlace.Start, false);


    /// <summary>The markup name of <see cref="Place"/> (<c>start</c>, <c>center</c>, <c>right</c>, <c>full-bleed</c>).</summary>
    public string PlaceName => PicturePlaceNames.NameOf(Place);

}
