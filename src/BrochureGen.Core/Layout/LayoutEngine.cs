using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

/// <summary>Lays out the six panels of a tri-fold on the two sides of the sheet.</summary>
public static class LayoutEngine
{
    public const string OutsidePage = "outside";
    public const string InsidePage = "inside";

    /// <summary>Lays out a document; figures are looked up in <paramref name="contentFolder"/>.</summary>
    public static LaidOutBrochure Layout(BrochureDocument document, BrochureTheme theme, string locale, string contentFolder)
    {
        var images = new ImageResolver(contentFolder);
        var linkId = 0;
        int NextLinkId() => ++linkId;

        var diagnostics = new List<Diagnostic>();
        var pages = new List<LaidOutPage>();
        foreach (var (name, slots) in new[] { (OutsidePage, theme.Sheet.OutsidePanels), (InsidePage, theme.Sheet.InsidePanels) })
        {
            var panels = new List<LaidOutPanel>();
            foreach (var frame in Frames(theme, slots))
            {
                var node = document.Panels.Single(p => p.Slot == frame.Slot);
                try
                {
                    panels.Add(PanelComposer.Compose(node, theme, frame, locale, NextLinkId, images));
                }
                catch (BrochureException ex)
                {
                    // Go on with the other panels so one build reports every panel that overflows.
                    diagnostics.AddRange(ex.Diagnostics);
                }
            }

            pages.Add(new LaidOutPage(name, theme.Sheet.Width, theme.Sheet.Height, panels));
        }

        if (diagnostics.Count > 0)
        {
            throw new BrochureException(diagnostics);
        }

        var adjustments = pages.SelectMany(p => p.Panels).Select(p => p.Adjustment).OfType<LayoutAdjustment>().ToList();
        return new LaidOutBrochure(document.Language, pages, PanelSlots.ReadingOrder, adjustments);
    }

    /// <summary>The frame of each panel of one side, left to right: outer margins at the sheet edges, fold margins elsewhere.</summary>
    public static IEnumerable<PanelFrame> Frames(BrochureTheme theme, IReadOnlyList<string> slots)
    {
        var x = 0.0;
        for (var i = 0; i < slots.Count; i++)
        {
            var width = theme.Sheet.PanelWidths[slots[i]];
            var left = i == 0 ? theme.Margins.Outer : theme.Margins.Fold;
            var right = i == slots.Count - 1 ? theme.Margins.Outer : theme.Margins.Fold;
            yield return new PanelFrame(slots[i], x, width, theme.Sheet.Height, x + left, theme.Margins.Top, width - left - right, theme.Sheet.Height - theme.Margins.Bottom);
            x += width;
        }
    }
}
