using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// Lists: each item's label (<see cref="ListLabelComposer"/>) and its text in the body column;
/// nested lists inside their item; while measuring, the places a long list (and a long item)
/// may be split.
/// </summary>
internal static class ListComposer
{
    // A list may be split between panels from this many items on, two or more on each side; a
    // shorter one is kept on one panel. (The flow decides whether a split is worth its cost.)
    private const int ShortList = 4;
    private const int LeastItemsOnEachSide = 2;

    // from and to are list units (ListUnit): an item, or a line inside one, so that a long item
    // may continue on the next panel.
    public static void Place(PanelContext context, ListNode list, double x, double width, ToneColors tone, int depth, int from, int to, bool recordBreaks)
    {
        var style = context.Theme.Style(StyleNames.ListItem);
        var indent = list.Kind == ListKind.Numbered ? context.Theme.List.NumberIndent : context.Theme.List.Indent;
        var lineHeight = style.Size * style.Leading;
        var (fromItem, fromLine) = ListUnit.Split(from);
        var (toItem, toLine) = to == int.MaxValue ? (list.Items.Count, 0) : ListUnit.Split(to);
        context.Items.Add(new TagStartItem(StructureRole.List));
        var last = Math.Min(toLine > 0 ? toItem + 1 : toItem, list.Items.Count);
        for (var i = fromItem; i < last; i++)
        {
            var item = list.Items[i];
            var splittable = recordBreaks && context.Breaks is not null;
            if (i > fromItem)
            {
                // A long list may be split between panels, keeping at least two items on each side.
                if (splittable && list.Items.Count >= ShortList && i >= LeastItemsOnEachSide && list.Items.Count - i >= LeastItemsOnEachSide)
                {
                    context.Breaks!.Add(new BreakPoint(ListUnit.Of(i, 0), context.Y, context.Y + context.Theme.List.ItemSpacing));
                }

                context.Y += context.Theme.List.ItemSpacing;
            }

            context.Items.Add(new TagStartItem(StructureRole.ListItem));
            var pieces = InlineFlattener.Flatten(item.Content, InlineState.Plain, context.NextLinkId);
            var lines = new LineComposer(style, tone, context.Language).Compose(pieces, width - indent);
            var firstLine = i == fromItem ? fromLine : 0;
            var endLine = i == toItem && toLine > 0 ? Math.Min(toLine, lines.Count) : lines.Count;
            var firstBaseline = context.Y + LinePlacer.BaselineOffset(style);
            if (firstLine == 0)
            {
                // Labels sit at the start of the line: the left, or the right in right-to-left text.
                ListLabelComposer.Place(context, list, i, item, depth, style, tone, context.RightToLeft ? x + width : x, firstBaseline);
            }

            // A long item may itself be split, never leaving one line of it alone (the flow
            // charges more for a split in the first or last item: the list then has one item
            // or part of one on a panel).
            if (splittable)
            {
                for (var k = TextBlockComposer.LeastLinesOnEachSide; k <= lines.Count - TextBlockComposer.LeastLinesOnEachSide; k++)
                {
                    var at = context.Y + (k * lineHeight);
                    context.Breaks!.Add(new BreakPoint(ListUnit.Of(i, k), at, at) { WithinUnit = true, AtListEdge = i == 0 || i == list.Items.Count - 1 });
                }
            }

            context.Items.Add(new TagStartItem(StructureRole.ListBody));
            var bodyX = context.RightToLeft ? x : x + indent;
            LinePlacer.Place(context, lines.Skip(firstLine).Take(endLine - firstLine).ToList(), style, bodyX, width - indent);
            if (item.Nested is { } nested && endLine == lines.Count)
            {
                context.Y += context.Theme.List.ItemSpacing;
                Place(context, nested, bodyX, width - indent, tone, depth + 1, 0, int.MaxValue, false);
            }

            context.Items.Add(new TagEndItem(StructureRole.ListBody));
            context.Items.Add(new TagEndItem(StructureRole.ListItem));
        }

        context.Items.Add(new TagEndItem(StructureRole.List));
        context.AtTop = false;
    }
}
