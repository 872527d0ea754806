using BrochureGen.Layout.Folds;

namespace BrochureGen.Layout.LargePrint;

/// <summary>
/// The portrait page of the large-print edition: US Letter, or A4 when the brochure's layout is
/// printed on A4 (decided here only, from the layout's sheet), with one-inch margins and the
/// page number in the bottom margin.
/// </summary>
public sealed record LargePrintPage(string Paper, double Width, double Height)
{
    public static readonly LargePrintPage Letter = new("Letter", 612, 792);

    public static readonly LargePrintPage A4 = new("A4", 595.28, 841.89);

    /// <summary>Space kept free on every side, in points (1 in, as large-print guidance asks for generous margins).</summary>
    public const double Margin = 72;

    /// <summary>The page number's baseline, from the page's bottom edge.</summary>
    public const double NumberBaselineFromBottom = 36;

    /// <summary>The paper whose size, either way round, is nearest the layout's sheet: a tri-fold on A4 gets A4 pages.</summary>
    public static LargePrintPage For(FoldLayout layout)
    {
        var (shortSide, longSide) = (Math.Min(layout.Sheet.Width, layout.Sheet.Height), Math.Max(layout.Sheet.Width, layout.Sheet.Height));
        double Distance(LargePrintPage page) => Math.Abs(page.Width - shortSide) + Math.Abs(page.Height - longSide);
        return Distance(A4) < Distance(Letter) ? A4 : Letter;
    }

    public double TextWidth => Width - (2 * Margin);

    public double TextHeight => Height - (2 * Margin);
}
