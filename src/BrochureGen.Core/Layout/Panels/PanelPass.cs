using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// One pass over a panel's blocks into a <see cref="PanelContext"/>: the panel's background, its
/// blocks top to bottom, scrims where text stands on a full-bleed picture, and the ornament at
/// its foot, all inside the panel's Section element.
/// </summary>
internal static class PanelPass
{
    /// <summary>The frame the panel's text is set in: an ornament at the foot of the panel takes room from the text above it.</summary>
    public static PanelFrame ContentFrame(BrochureTheme theme, PanelFrame frame) =>
        theme.PanelLook(frame.Slot).Ornament is { } ornament ? frame with { Bottom = frame.Bottom - OrnamentShape.Of(ornament).FootRoom } : frame;

    /// <summary>How many flexible spaces (<c>&lt;fill/&gt;</c>) share what is left of the panel.</summary>
    public static int Fills(IEnumerable<BlockNode> blocks) => blocks.Sum(b => b switch
    {
        FillNode => 1,
        _ => 0,
    });

    /// <summary>Only the blocks, as the fit loop and the fill share measure the panel.</summary>
    public static void Blocks(PanelContext context, PanelNode panel, double textWidth) =>
        BlockComposer.ComposeAll(context, panel.Blocks, context.Frame.Left, textWidth, context.ToneOf(panel));

    /// <summary>The whole panel; returns where its content ends (before the ornament).</summary>
    public static double Compose(PanelContext context, PanelNode panel, PanelFrame outer, double textWidth)
    {
        var tone = context.ToneOf(panel);
        context.Items.Add(new TagStartItem(StructureRole.Section));
        if (tone.Background is { } background && background.Screen != RgbColor.White)
        {
            context.AddArtifact(new RectItem(context.Frame.PanelX, 0, context.Frame.PanelWidth, context.Frame.PageHeight, background));
        }

        context.BackgroundEnd = context.Items.Count;
        BlockComposer.ComposeAll(context, panel.Blocks, context.Frame.Left, textWidth, tone);
        var contentBottom = context.Y;
        KeepTextReadableOverPictures(context, panel.Slot, tone);
        if (context.Theme.PanelLook(panel.Slot).Ornament is { } ornament)
        {
            context.Y = outer.Bottom - OrnamentShape.Of(ornament).Height;
            context.AtTop = true;
            DecorComposer.Place(context, new DecorNode(ornament), context.Frame.Left, textWidth, tone);
        }

        context.Items.Add(new TagEndItem(StructureRole.Section));
        return contentBottom;
    }

    private static void KeepTextReadableOverPictures(PanelContext context, string slot, ToneColors tone)
    {
        foreach (var (picture, figure) in context.BehindText)
        {
            var scrims = TextOverPicture.Scrims(context.Items, picture, figure, context.Theme, tone, slot, context.Frame.PanelX, context.Frame.PanelWidth);
            if (scrims.Count == 0)
            {
                continue;
            }

            // Just above the picture, below everything else.
            var at = context.Items.IndexOf(picture) + 2;
            context.Items.InsertRange(at, [new TagStartItem(StructureRole.Artifact), .. scrims, new TagEndItem(StructureRole.Artifact)]);
        }
    }
}
