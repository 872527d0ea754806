namespace BrochureGen.Layout;

/// <summary>
/// Where the lines of a paragraph are set: all at one position and width, or — beside a
/// <c>{.right}</c> picture — the first <see cref="NarrowLines"/> lines in the narrower column
/// beside it and the rest at the full width below it, as text wraps round a picture in print.
/// </summary>
public readonly record struct LineMeasure(double X, double Width, int NarrowLines, double NarrowX, double NarrowWidth)
{
    /// <summary>How much wider than its line a piece may come out and still fit: the rounding of sums of advances, not room.</summary>
    public const double Tolerance = 0.001;

    /// <summary>Every line at <paramref name="x"/>, <paramref name="width"/> wide.</summary>
    public static LineMeasure Uniform(double x, double width) => new(x, width, 0, x, width);

    /// <summary>The narrowest line: what a word must fit to be set without breaking inside it.</summary>
    public double Narrowest => NarrowLines > 0 ? Math.Min(NarrowWidth, Width) : Width;

    /// <summary>Where line <paramref name="index"/> (from 0) stands and how wide it is.</summary>
    public (double X, double Width) Line(int index) => index < NarrowLines ? (NarrowX, NarrowWidth) : (X, Width);

    /// <summary>The measure of the lines that follow the first <paramref name="lines"/>.</summary>
    public LineMeasure After(int lines) => this with { NarrowLines = Math.Max(0, NarrowLines - lines) };
}
