using System.Globalization;

namespace BrochureGen.Vocabulary;

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
