using System.Globalization;

namespace BrochureGen.Content.Markdown;

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

    /// <summary>The class names of <see cref="PicturePlace"/> (and the byline) as written.</summary>
    public static readonly IReadOnlyDictionary<string, PicturePlace> PlaceClasses = new Dictionary<string, PicturePlace>(StringComparer.Ordinal)
    {
        ["center"] = PicturePlace.Center,
        ["right"] = PicturePlace.Right,
        ["full-bleed"] = PicturePlace.FullBleed,
    };

    /// <summary>The markup name of <see cref="Place"/> (<c>start</c>, <c>center</c>, <c>right</c>, <c>full-bleed</c>).</summary>
    public string PlaceName => NameOf(Place);

    public static string NameOf(PicturePlace place) => place switch
    {
        PicturePlace.Center => "center",
        PicturePlace.Right => "right",
        PicturePlace.FullBleed => "full-bleed",
        _ => "start",
    };
}

/// <summary>
/// A picture's width or height as written: a percentage of the text column (width only) or a
/// length in <c>in</c>, <c>cm</c>, <c>mm</c> or <c>pt</c>. One reader for the Markdown attributes
/// and the markup's <c>width</c>/<c>height</c>, so both mean the same.
/// </summary>
public readonly record struct PictureLength(double Value, bool IsPercent)
{
    /// <summary>What a length may be written as, for messages.</summary>
    public const string Forms = "a percentage of the column (40%) or a length in in, cm, mm or pt (1.5in, 30mm, 72pt)";

    private static readonly (string Unit, double Points)[] Units = [("in", 72), ("cm", 72 / 2.54), ("mm", 72 / 25.4), ("pt", 1)];

    /// <summary>
    /// Reads <paramref name="text"/>; null when it is not one of <see cref="Forms"/>, not above 0, or
    /// a percentage above 100. A bare number is points where <paramref name="bareAllowed"/> (the
    /// markup's <c>width="72"</c>); in Markdown it needs its unit, since a reader cannot tell points from pixels.
    /// </summary>
    public static PictureLength? Parse(string? text, bool percentAllowed, bool bareAllowed = false)
    {
        var value = (text ?? string.Empty).Trim();
        if (percentAllowed && value.EndsWith('%'))
        {
            return Number(value[..^1]) is { } percent && percent <= 100 ? new PictureLength(percent, IsPercent: true) : null;
        }

        foreach (var (unit, points) in Units)
        {
            if (value.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                return Number(value[..^unit.Length]) is { } number ? new PictureLength(number * points, IsPercent: false) : null;
            }
        }

        return bareAllowed && Number(value) is { } bare ? new PictureLength(bare, IsPercent: false) : null;
    }

    /// <summary>The length in points, a percentage taken of <paramref name="column"/>.</summary>
    public double Points(double column) => IsPercent ? column * Value / 100 : Value;

    private static double? Number(string text) =>
        double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0 && number < 10_000 ? number : null;
}
