using System.Globalization;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

/// <summary>
/// The fit loop of a panel whose blocks are given: the theme's fit levels tried in turn (less
/// space between blocks, then smaller text, never below the minimum body size) until the blocks
/// fit the frame, or the error naming where the text stops fitting.
/// </summary>
internal static class PanelFitting
{
    /// <summary>The first fit level at which the panel's blocks fit its frame (none when they fit as they are).</summary>
    public static FitLevel LevelThatFits(PanelNode panel, BrochureTheme theme, PanelFrame frame, string locale, ImageResolver images)
    {
        PanelContext? measured = null;
        FitLevel? level = null;
        var content = PanelPass.ContentFrame(theme, frame);
        foreach (var candidate in ThemeFitting.Levels(theme))
        {
            level = candidate;
            measured = new PanelContext(ThemeFitting.Tighten(theme, candidate), content, () => 0, images, Enumerable.Repeat(0.0, PanelPass.Fills(panel.Blocks)), locale);
            PanelPass.Blocks(measured, panel, content.Width);
            if (measured.Y - content.Bottom <= PanelFrame.OverflowTolerance)
            {
                break;
            }
        }

        var overflow = measured!.Y - content.Bottom;
        if (overflow > PanelFrame.OverflowTolerance)
        {
            throw new BrochureException(OverflowDiagnostic(panel.Slot, locale, overflow, content, measured.FirstOverflow?.Source, level!, theme));
        }

        return level!;
    }

    private static Diagnostic OverflowDiagnostic(string slot, string locale, double overflow, PanelFrame frame, TextOrigin? source, FitLevel tightest, BrochureTheme theme)
    {
        var amount = overflow.ToString("0.0", CultureInfo.InvariantCulture);
        var height = (frame.Bottom - frame.Top).ToString("0.0", CultureInfo.InvariantCulture);
        var from = source is null ? string.Empty : $"; the text stops fitting at '{source.KeyPath}'";
        var tightened = tightest.IsNone ? string.Empty : $" even with {tightest.Describe(theme)}";
        return Diagnostic.Error(
            DiagnosticCodes.PanelOverflow,
            $"panel '{slot}' of the '{locale}' edition overflows by {amount} pt{tightened} (its frame is {height} pt high){from}: shorten the text or move some of it to another panel",
            source?.Location);
    }
}
