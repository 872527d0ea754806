using System.Globalization;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

/// <summary>
/// Flows sections through the panels of the layout in reading order. Each block is measured
/// once per level of the theme (its height, the space it wants around it, where it may be
/// split); then every allowed set of panel breaks is searched for the one of least cost
/// (<see cref="CompositionCosts"/>): panels filled evenly, no heading stranded at a panel's
/// foot, few paragraphs, lists and tables split, no section running from one side of the sheet
/// to the other. Headings stay with what follows, call-outs stay whole, a table keeps its note,
/// a paragraph never leaves one line alone at a panel's foot or head, and a manual panel break
/// starts a new panel. Text too short for its panels is spread (more space, then larger text);
/// text too long is tightened by the theme's fit steps before the error.
/// </summary>
public sealed partial class FlowComposer
{
    private readonly IReadOnlyList<FlowBlock> _blocks;
    private readonly IReadOnlyList<double> _capacities;
    private readonly IReadOnlyList<int> _panelWidth;
    private readonly IReadOnlyList<double> _widths;
    private readonly IReadOnlyList<string> _sides;
    private readonly IReadOnlyList<double?> _targets;
    private readonly double _lineHeight;

    private FlowComposer(IReadOnlyList<FlowBlock> blocks, IReadOnlyList<double> capacities, IReadOnlyList<int> panelWidth, IReadOnlyList<double> widths, IReadOnlyList<FlowPanel>? panels = null, double lineHeight = 0)
    {
        _blocks = blocks;
        _capacities = capacities;
        _panelWidth = panelWidth;
        _widths = widths;
        _sides = panels?.Select(p => p.Side).ToList() ?? capacities.Select(_ => string.Empty).ToList();
        _targets = panels?.Select(p => p.SideFill).ToList() ?? capacities.Select(_ => (double?)null).ToList();
        _lineHeight = lineHeight;
    }

    /// <summary>
    /// A panel the flow fills: its content height and text width, the side of the sheet it is
    /// printed on, and how full the panels of that side that the flow does not fill are (null: none).
    /// </summary>
    public sealed record FlowPanel(double Capacity, double Width, string Side, double? SideFill);

    /// <summary>
    /// How good the chosen composition is: the fill of each flow panel, the weighted cost terms,
    /// and a warning when the brochure's manual panel breaks make it worse than the automatic
    /// choice on this layout.
    /// </summary>
    public sealed record Composition(IReadOnlyList<double> Fills, CompositionTerms Terms, Diagnostic? ManualBreaksWarning);

    /// <summary>What the flow decided: each flow panel's blocks (split blocks as slices), the fit level used, the theme at that level, and how the composition scores.</summary>
    public sealed record Result(IReadOnlyList<IReadOnlyList<BlockNode>> Panels, FitLevel Level, BrochureTheme Theme, Composition Composition);

    /// <summary>
    /// Distributes the blocks of <paramref name="sections"/> over <paramref name="panels"/>. At
    /// the theme as given first; when the panels come out less than
    /// <see cref="CompositionCosts.SpreadUntil"/> full on average, at the theme's spread levels
    /// (the least that reaches it); when nothing fits, at its fit levels in turn. Throws a
    /// diagnostic naming the first block that has no room at the tightest level.
    /// </summary>
    public static Result Flow(IReadOnlyList<FlowSection> sections, IReadOnlyList<FlowPanel> panels, BrochureTheme theme, ImageResolver images, string locale, string layoutName)
    {
        var widths = panels.Select(p => p.Width).Distinct().ToList();
        var panelWidth = panels.Select(p => widths.IndexOf(p.Width)).ToList();
        var capacities = panels.Select(p => p.Capacity).ToList();
        FlowComposer At(FitLevel level)
        {
            var fitted = ThemeFitting.Tighten(theme, level);
            var body = fitted.Style(StyleNames.Body);
            return new FlowComposer(Prepare(sections, fitted, widths, images, locale), capacities, panelWidth, widths, panels, body.Size * body.Leading);
        }

        Result Finish(FlowComposer composer, Plan plan, FitLevel level)
        {
            var warning = composer.ManualBreaksWarning(plan, locale, layoutName);
            return new Result(composer.Slices(plan.Placement), level, ThemeFitting.Tighten(theme, level), new Composition(plan.Fills, plan.Terms, warning));
        }

        var none = new FitLevel(1, 0);
        var plain = At(none);
        if (plain.Search(honourManualBreaks: true) is { } first)
        {
            var spreads = ThemeFitting.Spreads(theme);
            if (first.MeanFill >= CompositionCosts.SpreadUntil || spreads.Count == 0)
            {
                return Finish(plain, first, none);
            }

            // The least spread that fills the panels enough; fill grows with the level, so a
            // binary search finds it. A level at which the text no longer fits ends the search too.
            var tried = new Dictionary<int, (FlowComposer Composer, Plan? Plan)>();
            (FlowComposer Composer, Plan? Plan) Try(int index)
            {
                if (!tried.TryGetValue(index, out var known))
                {
                    // A level at which a word no longer fits its line (it would be broken between
                    // characters) is as good as one at which the text does not fit.
                    var composer = At(spreads[index]);
                    var breaksWords = composer._blocks.Select((b, i) => b.Measures.Any(m => m.BreaksWords) && !plain._blocks[i].Measures.Any(m => m.BreaksWords)).Any(x => x);
                    known = tried[index] = (composer, breaksWords ? null : composer.Search(honourManualBreaks: true));
                }

                return known;
            }
            var low = 0;
            var high = spreads.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                var (_, plan) = Try(middle);
                if (plan is null || plan.MeanFill >= CompositionCosts.SpreadUntil)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            if (low < spreads.Count && Try(low) is { Plan: { } enough } reached)
            {
                return Finish(reached.Composer, enough, spreads[low]);
            }

            return low == 0 ? Finish(plain, first, none) : Finish(Try(low - 1).Composer, Try(low - 1).Plan!, spreads[low - 1]);
        }

        FlowComposer last = plain;
        FitLevel lastLevel = none;
        foreach (var level in ThemeFitting.Levels(theme).Skip(1))
        {
            var composer = At(level);
            if (composer.Search(honourManualBreaks: true) is { } plan)
            {
                return Finish(composer, plan, level);
            }

            (last, lastLevel) = (composer, level);
        }

        throw new BrochureException(last.Overflow(locale, lastLevel, theme));
    }

    /// <summary>
    /// Fills pages of one size in order, as many as the blocks need, at the theme exactly as
    /// given: no fit levels (nothing shrinks) and no balancing (each page is filled before the
    /// next starts). The same measuring and splitting rules as the brochure's flow apply. The
    /// large-print edition reflows with this. <paramref name="unplaceable"/> makes the error for
    /// a block that cannot start even on an empty page (taller than a page and not splittable).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<BlockNode>> FillInOrder(IReadOnlyList<BlockNode> blocks, double pageHeight, double width, BrochureTheme theme, ImageResolver images, string locale, Func<TextOrigin?, Diagnostic> unplaceable)
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

    private static List<FlowBlock> Prepare(IReadOnlyList<FlowSection> sections, BrochureTheme theme, IReadOnlyList<double> widths, ImageResolver images, string locale)
    {
        var prepared = new List<FlowBlock>();
        foreach (var section in sections)
        {
            prepared.AddRange(Prepare(section.Blocks, theme, widths, images, locale, prepared.Count > 0));
        }

        return prepared;
    }

    private static List<FlowBlock> Prepare(IReadOnlyList<BlockNode> blocks, BrochureTheme theme, IReadOnlyList<double> widths, ImageResolver images, string locale, bool blocksBefore = false)
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

            // A paragraph right after a table is the table's note: it stays with the table's last part.
            var note = block is ParagraphNode && prepared.Count > 0 && prepared[^1].Block is TableNode;
            prepared.Add(new FlowBlock(block, widths.Select(w => PanelComposer.Measure(block, theme, w, images, locale)).ToList(), breakPending && (blocksBefore || prepared.Count > 0), SourceOf(block))
            {
                StartsSection = prepared.Count == 0,
                IsTableNote = note,
            });
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
        var tallest = stuck.Block < _blocks.Count && placement.Panels.Count < _capacities.Count;

        // The stuck block's plan says why it has no room: what of it is too wide, or its height.
        var why = tallest && _blocks[stuck.Block] is { } block && block.Measures[0].In(_capacities.Max(), block.Block is FigureNode or BesideNode) is { } misfit ? $" ({misfit.Reason})" : string.Empty;
        var message = tallest
            ? $"the '{locale}' edition does not fit its panels{tightened}: {what} is taller than a whole panel{why}"
            : $"the '{locale}' edition does not fit its panels{tightened}: from {what} on, {amount} pt of text has no room; shorten the text or remove a section";
        return Diagnostic.Error(DiagnosticCodes.PanelOverflow, message, source?.Location);
    }

    // The content value the block's text came from, so an overflow names the content file's line.
    private static TextOrigin? SourceOf(BlockNode block) => block switch
    {
        HeadingNode heading => SourceIn(heading.Content),
        ParagraphNode paragraph => SourceIn(paragraph.Content),
        ListNode list => list.Items.Select(i => SourceIn(i.Content)).FirstOrDefault(s => s is not null),
        BoxNode box => box.Blocks.Select(SourceOf).FirstOrDefault(s => s is not null),
        BesideNode beside => SourceOf(beside.Text),
        TableNode table => table.Rows.SelectMany(r => r.Cells).Select(c => SourceIn(c.Content)).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private static TextOrigin? SourceIn(IEnumerable<InlineElement> inlines)
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

    // A block and its measures, one per distinct panel width; whether a manual break comes
    // before it, whether it opens its section, and whether it is a table's note.
    private sealed record FlowBlock(BlockNode Block, IReadOnlyList<BlockMeasure> Measures, bool BreakBefore, TextOrigin? Source)
    {
        public bool StartsSection { get; init; }

        public bool IsTableNote { get; init; }
    }

    // A place in the flow: before block Block (Break = -1), or inside it at Breaks[Break] of
    // the measure at width Width (the width the block was started at).
    private readonly record struct Position(int Block, int Break, int Width);

    private sealed record Placement(IReadOnlyList<(Position Start, Position End, double Used)> Panels, bool Complete, Position Stopped);
}
