namespace BrochureGen.Vocabulary;

/// <summary>Where a picture stands in its panel (<c>{.center}</c>, <c>{.right}</c>, <c>{.full-bleed}</c>).</summary>
public enum PicturePlace
{
    /// <summary>At the start of the line (the left, or the right in a right-to-left edition).</summary>
    Start,

    /// <summary>Centred in the column.</summary>
    Center,

    /// <summary>At the end of the line, the next block's text set beside it.</summary>
    Right,

    /// <summary>Behind the whole panel, to the trim (and into the bleed in the print edition); text is set over it.</summary>
    FullBleed,
}

/// <summary>The names of <see cref="PicturePlace"/> as Markdown classes and markup attributes write them.</summary>
public static class PicturePlaceNames
{
    /// <summary>The classes that place a picture (<c>{.center}</c> …); the start of the line needs none.</summary>
    public static readonly IReadOnlyDictionary<string, PicturePlace> Classes = new Dictionary<string, PicturePlace>(StringComparer.Ordinal)
    {
        ["center"] = PicturePlace.Center,
        ["right"] = PicturePlace.Right,
        ["full-bleed"] = PicturePlace.FullBleed,
    };

    /// <summary>The markup name of <paramref name="place"/> (<c>start</c>, <c>center</c>, <c>right</c>, <c>full-bleed</c>).</summary>
    public static string NameOf(PicturePlace place) => place switch
    {
        PicturePlace.Center => "center",
        PicturePlace.Right => "right",
        PicturePlace.FullBleed => "full-bleed",
        _ => "start",
    };
}
