using BrochureGen.Layout;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Print;

/// <summary>
/// Lines drawn over a print proof, never printed: the bleed edge (red), the trim (green), the
/// folds (blue) and the safe area of every panel (magenta).
/// </summary>
public static class ProofOverlay
{
    private static readonly InkColor BleedColor = Screen(0xD0, 0x21, 0x2A);
    private static readonly InkColor TrimColor = Screen(0x1B, 0x8A, 0x3C);
    private static readonly InkColor FoldColor = Screen(0x1F, 0x5F, 0xD0);
    private static readonly InkColor SafeColor = Screen(0xC0, 0x2C, 0xC0);
    private const double Weight = 0.6;

    public static IReadOnlyList<LayoutItem> For(ImposedBrochure imposed, int pageIndex)
    {
        var items = new List<LayoutItem>();
        items.AddRange(Box(imposed.BleedBox, BleedColor));
        items.AddRange(Box(imposed.TrimBox, TrimColor));
        var trim = imposed.TrimBox;
        foreach (var fold in imposed.FoldsPerPage[pageIndex])
        {
            items.Add(new LineItem(trim.X + fold, trim.Y, trim.X + fold, trim.Bottom, Weight, FoldColor));
        }

        foreach (var panel in imposed.Layout.Pages[pageIndex].Panels)
        {
            items.AddRange(Box(new PageBox(panel.X + Preflight.SafeInset, trim.Y + Preflight.SafeInset, panel.Width - (2 * Preflight.SafeInset), trim.Height - (2 * Preflight.SafeInset)), SafeColor));
        }

        return items;
    }

    private static IEnumerable<LayoutItem> Box(PageBox box, InkColor color)
    {
        yield return new LineItem(box.X, box.Y, box.Right, box.Y, Weight, color);
        yield return new LineItem(box.Right, box.Y, box.Right, box.Bottom, Weight, color);
        yield return new LineItem(box.Right, box.Bottom, box.X, box.Bottom, Weight, color);
        yield return new LineItem(box.X, box.Bottom, box.X, box.Y, Weight, color);
    }

    private static InkColor Screen(byte r, byte g, byte b) => new(new RgbColor(r, g, b), new CmykColor(0, 0, 0, 0));
}
