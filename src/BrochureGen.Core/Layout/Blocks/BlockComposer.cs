using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// Hands each block to the composer of its kind (<see cref="TextBlockComposer"/>,
/// <see cref="ListComposer"/>, <see cref="TableComposer"/>, …), all writing into one
/// <see cref="PanelContext"/>, and keeps track of the panel's own blocks for the spacing the
/// flow may spread (loose gaps open before a heading or call-out that follows other text).
/// </summary>
internal static class BlockComposer
{
    /// <summary>
    /// A block's plan for the flow (<see cref="BlockMeasure"/>), made by its own composer setting
    /// it in a measuring context as tall as need be: the code that places a block tells how tall it
    /// is, where it may be split and what of it does not fit, so measuring and placing never disagree.
    /// </summary>
    public static BlockMeasure Measure(BlockNode block, BrochureTheme theme, double width, ImageResolver images, string locale)
    {
        var frame = new PanelFrame("measure", 0, width, double.MaxValue, 0, 0, width, double.MaxValue);
        var context = new PanelContext(theme, frame, () => 0, images, [0.0], locale, measuring: true);
        ComposeAll(context, [block], 0, width, theme.DefaultTone);
        return new BlockMeasure(context.FirstSpaceBefore, context.PendingSpace, context.Y, context.Breaks!, block is HeadingNode)
        {
            BreaksWords = context.BreaksWords,
            Misfit = context.Misfit,
        };
    }

    /// <summary>Sets <paramref name="blocks"/> one below the other from the context's cursor.</summary>
    public static void ComposeAll(PanelContext context, IEnumerable<BlockNode> blocks, double x, double width, ToneColors tone)
    {
        foreach (var block in blocks)
        {
            Compose(context, block, x, width, tone, 0, int.MaxValue);
        }
    }

    /// <summary>Sets one block (or the part <paramref name="from"/> … <paramref name="to"/> of it: lines, list units, rows) with the composer of its kind.</summary>
    public static void Compose(PanelContext context, BlockNode block, double x, double width, ToneColors tone, int from, int to)
    {
        var topLevel = context.Depth == 0;
        if (topLevel && block is not SliceNode)
        {
            context.LooseGapPending = block is HeadingNode or BoxNode && context.PreviousTopLevel is not null and not HeadingNode;
            context.PreviousTopLevel = block;
        }

        context.Depth++;
        switch (block)
        {
            case SliceNode slice:
                context.Depth--;
                Compose(context, slice.Block, x, slice.Width ?? width, tone, slice.From, slice.To);
                return;
            case HeadingNode heading:
                var headingStyle = context.StyleFor(heading.StyleClass, StyleNames.Heading(heading.Level));
                TextBlockComposer.Place(context, heading.Content, headingStyle, tone, x, width, TextBlockComposer.HeadingRole(heading.Level), 0, int.MaxValue, topLevel);
                break;
            case ParagraphNode paragraph:
                TextBlockComposer.Place(context, paragraph.Content, context.StyleFor(paragraph.StyleClass, StyleNames.Body), tone, x, width, StructureRole.Paragraph, from, to, topLevel);
                break;
            case ListNode list:
                var listStyle = context.Theme.Style(StyleNames.ListItem);
                context.Space(listStyle.SpaceBefore);
                ListComposer.Place(context, list, x, width, tone, depth: 0, from, to, topLevel);
                context.PendingSpace = Math.Max(context.Theme.Style(StyleNames.Body).SpaceAfter, listStyle.SpaceAfter);
                break;
            case TableNode table:
                TableComposer.Place(context, table, x, width, tone, from, to, topLevel);
                break;
            case BoxNode box:
                BoxComposer.Place(context, box, x, width, tone);
                break;
            case FigureNode figure:
                PictureComposer.Place(context, figure, x, width);
                break;
            case BesideNode beside:
                BesideComposer.Place(context, beside, x, width, tone);
                break;
            case QrNode qr:
                QrComposer.Place(context, qr, context.RightToLeft ? x + width - context.Theme.Qr.Size : x);
                break;
            case DecorNode decor:
                DecorComposer.Place(context, decor, x, width, tone);
                break;
            case FillNode:
                context.Y += context.NextFill();
                break;
            case PanelBreakNode:
                break;
        }

        context.Depth--;
    }
}
