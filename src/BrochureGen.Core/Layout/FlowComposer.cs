using System.Globalization;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

/// <summary>
/// Flows sections through the panels of the layout in reading order and balances them. Each
/// block is measured once (its height, the space it wants around it, where it may be split);
/// then the smallest fill height that still places everything is searched over those
/// measures, so the panels end evenly filled instead of full, full, full and empty. Headings
/// stay with what follows, call-outs, table headers and short lists stay together, a
/// paragraph never leaves one line alone at a panel's foot or head, and a panel break starts
/// a new panel. When the text does not fit, the theme's fit steps are tried before the error.
/// </summary>
public sealed class FlowComposer
{
    // The balancing search stops when the fill height is known to this precision (points).
    private const double Precision = 0.25;

    private readonly IReadOnlyList<FlowBlock> _blocks;
    private readonly IReadOnlyList<double> _capacities;
    private readonly IReadOnlyList<int> _panelWidth;
    private readonly IReadOnlyList<double> _widths;

    private FlowComposer(IReadOnlyList<FlowBlock> blocks, IReadOnlyList<double> capacities, IReadOnlyList<int> panelWidth, IReadOnlyList<double> widths)
    {
        _blocks = blocks;
        _capacities = capacities;
        _panelWidth = panelWidth;
        _widths = widths;
    }

    /// <summary>What the flow decided: each flow panel's blocks (split blocks as slices), the fit level used, and the fill of each panel.</summary>
    public sealed record Result(IReadOnlyList<IReadOnlyList<BlockNode>> Panels, FitLevel Level, BrochureTheme Theme);

    /// <summary>
    /// Distributes <paramref name="blocks"/> over panels of the given content heights and text
    /// widths. A block is measured once per distinct width; a block split between panels of
    /// different widths keeps the lines of the panel it starts in. Throws a diagnostic naming
    /// the first block that has no room.
    /// </summary>
    public static Result Flow(IReadOnlyList<BlockNode> blocks, IReadOnlyList<double> capacities, IReadOnlyList<double> panelWidths, BrochureTheme theme, ImageResolver images, string locale)
    {
        FlowComposer? last = null;
        FitLevel? lastLevel = null;
        var widths = panelWidths.Distinct().ToList();
        var panelWidth = panelWidths.Select(w => widths.IndexOf(w)).ToList();
        foreach (var level in ThemeFitting.Levels(theme))
        {
            var tightened = ThemeFitting.Tighten(theme, level);
            var flowBlocks = Prepare(blocks, tightened, widths, images, locale);
            var composer = new FlowComposer(flowBlocks, capacities, panelWidth, widths);
            if (composer.Place(capacities.Max()) is { Complete: true })
            {
                var best = composer.Balance();
                return new Result(composer.Slices(best), level, tightened);
            }

            (last, lastLevel) = (composer, level);
        }

        throw new BrochureException(last!.Overflow(locale, lastLevel!, theme));
    }

    /// <summary>
    /// Fills pages of one size in order, as many as the blocks need, at the theme exactly as
    /// given: no fit levels (nothing shrinks) and no balancing (each page is filled before the
    /// next starts). The same measuring and splitting rules as the brochure's flow apply. The
    /// large-print edition reflows with this. <paramref name="unplaceable"/> makes the error for
    /// a block that cannot start even on an empty page (taller than a page and not splittable).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<BlockNode>> FillInOrder(IReadOnlyList<BlockNode> blocks, double pageHeight, double width, BrochureTheme theme, ImageResolver images, string locale, Func<ContentText?, Diagnostic> unplaceable)
    {
        var prepared = Prepare(blocks, theme, [width], images, locale);

        // No block needs more pages than its height in pages plus one, so this many always suffice
        // for what can be placed at all.
        var bound = Math.Max(1, prepared.Sum(b => (int)Math.Ceiling(b.Measures[0].Height / pageHeight) + 1));
        var composer = new FlowComposer(prepared, Enumerable.Repeat(pageHeight, bound).ToList(), Enumerable.Repeat(0, bound).ToList(), [width]);
        var placement = composer.Place(pageHeight);
        if (!placement.Complete)
        {
            throw new BrochureException(unplaceable(prepared.Skip(placement.Stopped.Block).Select(b => b.Source).FirstOrDefault(s => s is not null)));
        }

        return composer.Slices(placement).Where(page => page.Count > 0).ToList();
    }

    private static List<FlowBlock> Prepare(IReadOnlyList<BlockNode> blocks, BrochureTheme theme, IReadOnlyList<double> widths, ImageResolver images, string locale)
    {
        var prepared = new List<FlowBlock>();
        var breakPending = false;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PanelBreakNode:
                    breakPending = true;
                    continue;
                case FillNode:
                    continue;
            }

            prepared.Add(new FlowBlock(block, widths.Select(w => PanelComposer.Measure(block, theme, w, images, locale)).ToList(), breakPending && prepared.Count > 0, SourceOf(block)));
            breakPending = false;
        }

        return prepared;
    }

    // Fills panels in order, each up to the smaller of its height and the target.
    private Placement Place(double target)
    {
        var panels = new List<(Position Start, Position End, double Used)>();
        var position = new Position(0, -1, 0);
        for (var panel = 0; panel < _capacities.Count && !AtEnd(position); panel++)
        {
            var capacity = Math.Min(target, _capacities[panel]);
            var (end, used) = FillOne(position, capacity, _panelWidth[panel]);
            if (end is null)
            {
                return new Placement(panels, false, position);
            }

            panels.Add((position, end.Value, used));
            position = end.Value;
        }

        return new Placement(panels, AtEnd(position), position);
    }

    // The farthest allowed break from start that fits in capacity, and the height used. Blocks
    // are measured at the panel's width, except one that continues from an earlier panel.
    private (Position? End, double Used) FillOne(Position start, double capacity, int width)
    {
        Position? best = null;
        var bestUsed = 0.0;
        var y = 0.0;
        var previousAfter = 0.0;
        var first = true;
        for (var i = start.Block; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (block.BreakBefore && !first)
            {
                return (new Position(i, -1, 0), y);
            }

            var resumeFrom = i == start.Block ? start.Break : -1;
            var measuredAt = resumeFrom >= 0 ? start.Width : width;
            var measure = block.Measures[measuredAt];
            var offset = resumeFrom < 0 ? 0 : measure.Breaks[resumeFrom].Resume;
            var top = first ? 0 : y + Math.Max(previousAfter, measure.SpaceBefore);
            var blockTop = top - offset;
            for (var b = resumeFrom + 1; b < measure.Breaks.Count; b++)
            {
                var end = blockTop + measure.Breaks[b].End;
                if (end > capacity + 0.01)
                {
                    return (best, bestUsed);
                }

                (best, bestUsed) = (new Position(i, b, measuredAt), end);
            }

            var bottom = blockTop + measure.Height;
            if (bottom > capacity + 0.01)
            {
                return (best, bestUsed);
            }

            y = bottom;
            previousAfter = measure.SpaceAfter;
            first = false;
            if (!measure.KeepWithNext || i == _blocks.Count - 1)
            {
                (best, bestUsed) = (new Position(i + 1, -1, 0), y);
            }
        }

        return (best, bestUsed);
    }

    // The smallest fill height at which everything is still placed: the panels come out even.
    private Placement Balance()
    {
        var high = _capacities.Max();
        var low = 0.0;
        var best = Place(high);
        while (high - low > Precision)
        {
            var middle = (low + high) / 2;
            var placement = Place(middle);
            if (placement.Complete)
            {
                (high, best) = (middle, placement);
            }
            else
            {
                low = middle;
            }
        }

        return best;
    }

    private List<IReadOnlyList<BlockNode>> Slices(Placement placement)
    {
        var result = new List<IReadOnlyList<BlockNode>>();
        foreach (var (start, end, _) in placement.Panels)
        {
            var blocks = new List<BlockNode>();
            for (var i = start.Block; i <= Math.Min(end.Block, _blocks.Count - 1); i++)
            {
                if (i == end.Block && end.Break < 0)
                {
                    break;
                }

                var continues = i == start.Block && start.Break >= 0;
                var from = continues ? _blocks[i].Measures[start.Width].Breaks[start.Break].Index : 0;
                var to = i == end.Block ? _blocks[i].Measures[end.Width].Breaks[end.Break].Index : int.MaxValue;
                blocks.Add(from == 0 && to == int.MaxValue ? _blocks[i].Block : new SliceNode(_blocks[i].Block, from, to, continues ? _widths[start.Width] : null));
            }

            result.Add(blocks);
        }

        while (result.Count < _capacities.Count)
        {
            result.Add([]);
        }

        return result;
    }

    private bool AtEnd(Position position) => position.Block >= _blocks.Count;

    private Diagnostic Overflow(string locale, FitLevel level, BrochureTheme theme)
    {
        var placement = Place(_capacities.Max());
        var stuck = placement.Stopped;
        var remaining = 0.0;
        for (var i = stuck.Block; i < _blocks.Count; i++)
        {
            var measure = _blocks[i].Measures[0];
            var offset = i == stuck.Block && stuck.Break >= 0 ? _blocks[i].Measures[stuck.Width].Breaks[stuck.Break].Resume : 0;
            remaining += measure.Height - offset + (i > stuck.Block ? Math.Max(_blocks[i - 1].Measures[0].SpaceAfter, measure.SpaceBefore) : 0);
        }

        var source = _blocks.Skip(stuck.Block).Select(b => b.Source).FirstOrDefault(s => s is not null);
        var amount = remaining.ToString("0.0", CultureInfo.InvariantCulture);
        var tightened = level.IsNone ? string.Empty : $" even with {level.Describe(theme)}";
        var what = source is null ? "the text" : $"'{source.KeyPath}'";
        var message = stuck.Block < _blocks.Count && placement.Panels.Count < _capacities.Count
            ? $"the '{locale}' edition does not fit its panels{tightened}: {what} is taller than a whole panel"
            : $"the '{locale}' edition does not fit its panels{tightened}: from {what} on, {amount} pt of text has no room; shorten the text or remove a section";
        return Diagnostic.Error(DiagnosticCodes.PanelOverflow, message, source?.Location);
    }

    // The content value the block's text came from, so an overflow names the content file's line.
    private static ContentText? SourceOf(BlockNode block) => block switch
    {
        HeadingNode heading => SourceIn(heading.Content),
        ParagraphNode paragraph => SourceIn(paragraph.Content),
        ListNode list => list.Items.Select(i => SourceIn(i.Content)).FirstOrDefault(s => s is not null),
        BoxNode box => box.Blocks.Select(SourceOf).FirstOrDefault(s => s is not null),
        TableNode table => table.Rows.SelectMany(r => r.Cells).Select(c => SourceIn(c.Content)).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private static ContentText? SourceIn(IEnumerable<InlineElement> inlines)
    {
        foreach (var inline in inlines)
        {
            var found = inline switch
            {
                SourceElement source => source.Source,
                StyledElement styled => SourceIn(styled.Children),
                LinkElement link => SourceIn(link.Children),
                LanguageElement language => SourceIn(language.Children),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    // A block and its measures, one per distinct panel width.
    private sealed record FlowBlock(BlockNode Block, IReadOnlyList<BlockMeasure> Measures, bool BreakBefore, ContentText? Source);

    // A place in the flow: before block Block (Break = -1), or inside it at Breaks[Break] of
    // the measure at width Width (the width the block was started at).
    private readonly record struct Position(int Block, int Break, int Width);

    private sealed record Placement(IReadOnlyList<(Position Start, Position End, double Used)> Panels, bool Complete, Position Stopped);
}
