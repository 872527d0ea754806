using BrochureGen.Layout;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>Page composition of the English edition: every text run of every panel, with position and face.</summary>
public sealed class LayoutSnapshotTests
{
    [SkippableFact]
    public void English_layout_matches_the_reviewed_snapshot()
    {
        var dump = LayoutDump.Write(EnglishEdition.Layout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        SnapshotGuard.Match(dump);
    }

    [SkippableFact]
    public void Panels_sit_where_the_letter_fold_puts_them()
    {
        var pages = EnglishEdition.Layout.Pages;
        var outside = pages[0].Panels.Select(p => (p.Slot, p.X, p.Width));
        var inside = pages[1].Panels.Select(p => (p.Slot, p.X, p.Width));
        Assert.Equal([("flap", 0.0, 261.0), ("back", 261.0, 265.5), ("cover", 526.5, 265.5)], outside);
        Assert.Equal([("inside-left", 0.0, 265.5), ("inside-middle", 265.5, 265.5), ("inside-right", 531.0, 261.0)], inside);
    }

    [SkippableFact]
    public void The_folds_of_the_two_sheets_line_up_back_to_back()
    {
        // Turned over left to right, a fold at x on one side sits at 792 - x on the other.
        var pages = EnglishEdition.Layout.Pages;
        var outside = pages[0].Panels.Skip(1).Select(p => p.X).Order();
        var inside = pages[1].Panels.Skip(1).Select(p => pages[1].Width - p.X).Order();
        Assert.Equal(outside, inside);
        Assert.Equal(pages[0].Panels.Single(p => p.Slot == "flap").Width, pages[1].Panels.Single(p => p.Slot == "inside-right").Width);
    }

    [SkippableFact]
    public void No_text_leaves_its_panel_frame()
    {
        const double margin = 22; // the theme's smallest margin
        foreach (var page in EnglishEdition.Layout.Pages)
        {
            foreach (var panel in page.Panels)
            {
                foreach (var run in panel.Items.OfType<TextRunItem>())
                {
                    var visibleWidth = run.Face.Measure(run.Text.TrimEnd(' '), run.Size);
                    // Items are placed relative to their panel's corner.
                    Assert.True(run.X >= margin - 0.01, $"{panel.Slot}: '{run.Text}' starts at {run.X}");
                    Assert.True(run.X + visibleWidth <= panel.Width - margin + 0.01, $"{panel.Slot}: '{run.Text}' ends at {run.X + visibleWidth}");
                    Assert.True(run.Baseline > 30 && run.Baseline < page.Height - 30, $"{panel.Slot}: '{run.Text}' at y={run.Baseline}");
                }
            }
        }
    }

    [SkippableFact]
    public void Reading_order_is_the_order_of_the_folded_brochure()
    {
        Assert.Equal(["cover", "flap", "inside-left", "inside-middle", "inside-right", "back"], EnglishEdition.Layout.PanelsInReadingOrder.Select(p => p.Slot));
    }
}
