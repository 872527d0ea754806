using BrochureGen.Document;
using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using BrochureGen.Tests.Support;
using BrochureGen.Vocabulary;

namespace BrochureGen.Tests;

/// <summary>A block's plan says why it does not fit, as a typed reason, and says nothing when it does.</summary>
public sealed class BlockPlanTests
{
    private static readonly BrochureTheme Theme = ThemeLoader.Load(RepoPaths.Templates, "civic", Layout.Folds.FoldLayoutLoader.Load(RepoPaths.Templates, "trifold-letter"));
    private static readonly ImageResolver NoImages = new(Path.GetTempPath());

    private static TableNode Table(params string[] cells) =>
        new([new TableRowNode(cells.Select(c => new TableCellNode(false, null, ColumnAlignment.Start, [new TextElement(c)])).ToList())]);

    [SkippableFact]
    public void A_table_whose_longest_words_need_more_than_the_width_is_wider_than_the_panel()
    {
        var table = Table("Acetaminophen", "Hydrochlorothiazide", "Diphenhydramine");
        var narrow = PanelComposer.Measure(table, Theme, 60, NoImages, "en");
        var misfit = Assert.IsType<TableWiderThanPanel>(narrow.Misfit);
        Assert.True(misfit.NarrowestWidth > 60);
        Assert.Contains("wider than the panel", misfit.Reason, StringComparison.Ordinal);

        Assert.Null(PanelComposer.Measure(table, Theme, 600, NoImages, "en").Misfit);
    }

    [SkippableFact]
    public void A_block_that_may_not_be_split_and_is_taller_than_the_panel_says_so()
    {
        var box = new BoxNode("callout", [new ParagraphNode(null, [new TextElement(string.Join(' ', Enumerable.Repeat("Stay cool and drink water.", 40)))])]);
        var plan = PanelComposer.Measure(box, Theme, 200, NoImages, "en");
        Assert.Empty(plan.Breaks);
        Assert.IsType<TallerThanPanel>(plan.In(plan.Height / 2, isPicture: false));
        Assert.IsType<PictureTallerThanFrame>(plan.In(plan.Height / 2, isPicture: true));
        Assert.Null(plan.In(plan.Height * 2, isPicture: false));
    }
}
