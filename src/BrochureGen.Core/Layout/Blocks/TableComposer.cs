using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// Tables: columns sized once for the table (<see cref="TableColumns"/>), rows set cell by cell,
/// the header row repeated where a split table continues, rules between rows as artifacts.
/// </summary>
internal static class TableComposer
{
    // A table stands a little further from the text around it than a paragraph does (points
    // added to the cell style's space before and after): its rules need air.
    private const double ExtraSpaceBefore = 4;
    private const double ExtraSpaceAfter = 6;

    // The rule under the first row (the header, as a rule) is this many times the theme's rule.
    private const double FirstRuleWeight = 2;

    // A table split between panels keeps at least this many body rows on each side.
    private const int LeastRowsOnEachSide = 2;

    public static void Place(PanelContext context, TableNode table, double x, double width, ToneColors tone, int from, int to, bool recordBreaks)
    {
        var bodyStyle = context.Theme.Style(StyleNames.TableCell);
        var headerStyle = context.Theme.Style(StyleNames.TableHeader);
        var padding = context.Theme.Table.CellPadding;
        context.Space(bodyStyle.SpaceBefore + ExtraSpaceBefore);
        var widths = TableColumns.Widths(table, width, padding, bodyStyle, headerStyle, tone, context.Language, out var narrowest);
        if (narrowest > width)
        {
            context.Report(new TableWiderThanPanel(narrowest, width));
        }

        var rules = new List<LineItem>();
        context.Items.Add(new TagStartItem(StructureRole.Table));
        var top = context.Y;
        var last = Math.Min(to, table.Rows.Count);
        // A table split between panels repeats its header row at the top of the continuation,
        // and keeps at least two body rows on each side of the split.
        var firstBody = table.HeaderRows;
        var hasHeader = firstBody > 0;
        var rows = hasHeader && from > 0 ? Enumerable.Range(0, firstBody).Concat(Enumerable.Range(from, Math.Max(0, last - from))) : Enumerable.Range(from, Math.Max(0, last - from));
        var headerHeight = 0.0;
        foreach (var r in rows)
        {
            if (r == firstBody && hasHeader)
            {
                headerHeight = context.Y - top;
            }

            if (r > from && recordBreaks && context.Breaks is not null && r - firstBody >= LeastRowsOnEachSide && table.Rows.Count - r >= LeastRowsOnEachSide)
            {
                context.Breaks.Add(new BreakPoint(r, context.Y, context.Y - headerHeight));
            }

            var row = table.Rows[r];
            var composed = row.Cells.Select((cell, c) =>
            {
                var style = cell.IsHeader ? headerStyle : bodyStyle;
                var pieces = InlineFlattener.Flatten(cell.Content, InlineState.Plain, context.NextLinkId);
                return (Cell: cell, Style: style, Lines: new LineComposer(style, tone, context.Language).Compose(pieces, widths[c] - (2 * padding)));
            }).ToList();
            var rowHeight = composed.Max(c => c.Lines.Count * c.Style.Size * c.Style.Leading) + (2 * padding);
            context.Items.Add(new TagStartItem(StructureRole.TableRow));
            // Columns run from the start edge: right to left in right-to-left editions.
            var cellX = context.RightToLeft ? x + widths.Sum() : x;
            var rowTop = context.Y;
            for (var c = 0; c < composed.Count; c++)
            {
                var (cell, style, lines) = composed[c];
                if (context.RightToLeft)
                {
                    cellX -= widths[c];
                }

                context.Items.Add(new TagStartItem(cell.IsHeader ? StructureRole.TableHeader : StructureRole.TableCell) { Scope = cell.Scope?.ToString() });
                context.Y = rowTop + padding;
                LinePlacer.Place(context, lines, style, cellX + padding, widths[c] - (2 * padding), cell.Alignment);
                context.Items.Add(new TagEndItem(cell.IsHeader ? StructureRole.TableHeader : StructureRole.TableCell));
                cellX += context.RightToLeft ? 0 : widths[c];
            }

            context.Items.Add(new TagEndItem(StructureRole.TableRow));
            context.Y = rowTop + rowHeight;
            var thickness = r == 0 ? context.Theme.Table.Rule * FirstRuleWeight : context.Theme.Table.Rule;
            rules.Add(new LineItem(x, context.Y, x + widths.Sum(), context.Y, thickness, tone.Accent));
            context.Track(context.Y, null);
        }

        context.Items.Add(new TagEndItem(StructureRole.Table));
        context.Items.Add(new TagStartItem(StructureRole.Artifact));
        context.Items.AddRange(rules);
        context.Items.Add(new TagEndItem(StructureRole.Artifact));
        context.PendingSpace = bodyStyle.SpaceAfter + ExtraSpaceAfter;
        context.AtTop = false;
    }
}
