using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout.Folds;

/// <summary>
/// A fold as data (one file in <c>templates/layouts</c>): the sheet, the panels of each side
/// from left to right with their widths, the order a reader meets them, the margins, the
/// print bleed and printing condition, and the stock template that lays content out on it.
/// </summary>
public sealed record FoldLayout(
    string Name,
    string Title,
    string FilePath,
    string Template,
    SheetGeometry Sheet,
    IReadOnlyList<string> ReadingOrder,
    PanelMargins Margins,
    double Bleed,
    string PrintCondition)
{
    /// <summary>Every panel name of the layout, in reading order.</summary>
    public IReadOnlyList<string> Slots => ReadingOrder;

    /// <summary>The x positions of the folds of one side, from its left edge.</summary>
    public IReadOnlyList<double> FoldsOf(IReadOnlyList<string> side)
    {
        var folds = new List<double>();
        var x = 0.0;
        for (var i = 0; i < side.Count - 1; i++)
        {
            x += Sheet.PanelWidths[side[i]];
            folds.Add(x);
        }

        return folds;
    }
}
