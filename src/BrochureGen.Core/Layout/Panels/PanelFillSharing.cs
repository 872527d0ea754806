using BrochureGen.Document;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

/// <summary>
/// Shares a panel's free space: a probe pass measures how far its blocks reach, then the
/// flexible spaces (<c>&lt;fill/&gt;</c>) share what is left of the frame, or, for a panel the
/// flow filled short of its <c>reach</c>, the gaps between its blocks grow (feathering) toward it.
/// </summary>
internal static class PanelFillSharing
{
    public static PanelSpacing Share(PanelNode panel, BrochureTheme theme, PanelFrame frame, PanelFrame content, double width, string locale, ImageResolver images, double? reach)
    {
        var fills = PanelPass.Fills(panel.Blocks);
        if (fills == 0 && reach is null)
        {
            return PanelSpacing.AsSet;
        }

        var probe = new PanelContext(theme, content, () => 0, images, Enumerable.Repeat(0.0, fills), locale);
        PanelPass.Blocks(probe, panel, width);
        var share = Math.Max(0, content.Bottom - probe.Y) / Math.Max(1, fills);
        var gapScale = 1.0;
        var looseGapExtra = 0.0;
        var missing = ((reach ?? 0) * (frame.Bottom - frame.Top)) - (probe.Y - content.Top);
        if (fills == 0 && missing > 0 && probe.Gaps > 0)
        {
            gapScale = Math.Min(CompositionCosts.FeatherLimit, 1 + (missing / probe.Gaps));

            // What the bounded scaling leaves short of most of the reach goes to the gaps
            // between the panel's units (a call-out set lower, a section starting lower),
            // never between a heading and its text; most, not all: a hole above a section
            // for the last few lines of evenness would cost the reader more than it gives.
            var stillMissing = missing - ((1 - CompositionCosts.LooseGapReach) * (reach ?? 0) * (frame.Bottom - frame.Top)) - ((gapScale - 1) * probe.Gaps);
            if (stillMissing > 0 && probe.LooseGaps > 0)
            {
                looseGapExtra = Math.Min(CompositionCosts.LooseGapLimit * (frame.Bottom - frame.Top), stillMissing / probe.LooseGaps);
            }
        }

        return new PanelSpacing(share, gapScale, looseGapExtra);
    }
}
