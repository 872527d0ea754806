using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// Call-outs (boxes): their blocks set inside the box's padding, the box drawn behind them as an
/// artifact; a box that reaches the panel's edges runs to its foot.
/// </summary>
internal static class BoxComposer
{
    public static void Place(PanelContext context, BoxNode box, double x, double width, ToneColors around)
    {
        var name = box.StyleClass ?? StyleNames.DefaultBox;
        if (!context.Theme.Boxes.TryGetValue(name, out var style))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"the content uses a box (call-out) named '{name}', which the theme's 'boxes' does not define{DidYouMean.Suggest(name, context.Theme.Boxes.Keys)}; it has {string.Join(", ", context.Theme.Boxes.Keys)}", SourceLocation.InFile(context.Theme.FilePath)));
        }

        // A box on a panel of its own colour would vanish: it takes the light tone there instead.
        var tone = context.Tone(style.Tone);
        if (!style.ReachesPanelEdges && tone.Background == around.Background && context.Tone(BrochureTheme.DefaultToneName).Background != around.Background)
        {
            tone = context.Tone(BrochureTheme.DefaultToneName);
        }
        context.Space(style.SpaceBefore);
        var top = context.Y;
        var backgroundIndex = context.Items.Count;
        context.Y += style.Padding;
        context.AtTop = true;
        context.PendingSpace = 0;
        var inset = style.ReachesPanelEdges ? 0 : style.Padding;
        BlockComposer.ComposeAll(context, box.Blocks, x + inset, width - (2 * inset), tone);

        RectItem background;
        if (style.ReachesPanelEdges)
        {
            background = new RectItem(context.Frame.PanelX, top, context.Frame.PanelWidth, context.Frame.PageHeight - top, tone.Background ?? InkColor.White);
        }
        else
        {
            context.Y += style.Padding;
            background = new RectItem(x, top, width, context.Y - top, tone.Background ?? InkColor.White);
        }

        LayoutItem[] drawn = style.Border > 0
            ? [background, new StrokeRectItem(background.X, background.Y, background.Width, background.Height, style.Border, tone.Accent)]
            : [background];
        context.Items.InsertRange(backgroundIndex, [new TagStartItem(StructureRole.Artifact), .. drawn, new TagEndItem(StructureRole.Artifact)]);
        context.PendingSpace = style.SpaceAfter;
        context.AtTop = false;
    }
}
