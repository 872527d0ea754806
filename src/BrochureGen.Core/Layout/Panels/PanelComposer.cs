using BrochureGen.Document;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

/// <summary>
/// Places blocks in one panel's frame, top to bottom, and emits positioned items with tag
/// markers; and measures single blocks for the flow (<see cref="Measure"/>). The work is done in
/// phases, each in its own place: the fit loop (<see cref="PanelFitting"/>), the sharing of free
/// space (<see cref="PanelFillSharing"/>), one pass over the panel (<see cref="PanelPass"/>), a
/// composer per block kind (<see cref="BlockComposer"/>) and the inline phases under
/// <c>Layout/Inline</c>. Knows nothing of PDF or PNG.
/// </summary>
public static class PanelComposer
{
    /// <summary>
    /// Lays out a panel whose blocks are given (a template's <c>&lt;panel&gt;</c>, or the sections
    /// pinned to it). When the text does not fit, the panel is tightened step by step within the
    /// theme's limits (less space between blocks, then smaller text, never below the minimum
    /// body size); flexible space (<c>&lt;fill/&gt;</c>) shares what is left of the frame.
    /// </summary>
    public static LaidOutPanel Compose(PanelNode panel, BrochureTheme theme, PanelFrame frame, string locale, Func<int> nextLinkId, ImageResolver images)
    {
        var level = PanelFitting.LevelThatFits(panel, theme, frame, locale, images);
        var adjustment = level.IsNone ? null : new LayoutAdjustment(panel.Slot, level.Describe(theme));
        return ComposeAt(panel, ThemeFitting.Tighten(theme, level), frame, locale, nextLinkId, images, adjustment);
    }

    /// <summary>
    /// Lays out a panel at a theme already tightened as needed (the flow decided what fits). With
    /// <paramref name="reach"/>, a panel whose content ends above that fill has the space between
    /// its blocks grown (by at most <see cref="CompositionCosts.FeatherLimit"/>) to come closer
    /// to it, so panels of one side end near one line.
    /// </summary>
    public static LaidOutPanel ComposeAt(PanelNode panel, BrochureTheme theme, PanelFrame frame, string locale, Func<int> nextLinkId, ImageResolver images, LayoutAdjustment? adjustment, double? textWidth = null, double? reach = null)
    {
        var content = PanelPass.ContentFrame(theme, frame);
        var width = textWidth ?? content.Width;
        var spacing = PanelFillSharing.Share(panel, theme, frame, content, width, locale, images, reach);
        var context = new PanelContext(theme, content, nextLinkId, images, Enumerable.Repeat(spacing.FillShare, PanelPass.Fills(panel.Blocks)), locale)
        {
            GapScale = spacing.GapScale,
            LooseGapExtra = spacing.LooseGapExtra,
        };
        var contentBottom = PanelPass.Compose(context, panel, frame, width);

        // How far down the panel its content reaches, as a reader sees it (space a fill pushes
        // content down by counts): what the balance of a sheet side is measured on.
        var used = contentBottom - content.Top;
        var fill = Math.Clamp(used / (frame.Bottom - frame.Top), 0, 1);
        return new LaidOutPanel(panel.Slot, frame.PanelX, frame.PanelWidth, frame.PageHeight, context.Items, adjustment, fill) { BreaksWords = context.BreaksWords };
    }

    /// <summary>How tall a block is at <paramref name="width"/>, where it may be split between panels, and why it would not fit.</summary>
    public static BlockMeasure Measure(BlockNode block, BrochureTheme theme, double width, ImageResolver images, string locale) =>
        BlockComposer.Measure(block, theme, width, images, locale);
}
