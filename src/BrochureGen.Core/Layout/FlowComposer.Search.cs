using System.Globalization;
using BrochureGen.Diagnostics;
using BrochureGen.Document;

namespace BrochureGen.Layout;

/// <summary>The search for the panel breaks of least cost (see <see cref="CompositionCosts"/>).</summary>
public sealed partial class FlowComposer
{
    /// <summary>
    /// The breaks of least total cost over every allowed set of them: a shortest path through
    /// (panel, place in the flow), as Knuth and Plass break lines. Each panel holds the blocks
    /// from where the previous one ended to one of the places it may end; what it costs is the
    /// square of how far its fill is from the edition's mean fill, plus what the place it ends
    /// at costs. Null when no set of breaks places every block.
    /// </summary>
    private Plan? Search(bool honourManualBreaks)
    {
        var targets = TargetFills();
        var roomy = SharedFill() < CompositionCosts.RoomyBelow;
        var start = new Position(0, -1, 0);
        var layers = new List<Dictionary<Position, Step>> { new() { [start] = new Step(0, CompositionTerms.None, start, 0) } };
        for (var panel = 0; panel < _capacities.Count; panel++)
        {
            var next = new Dictionary<Position, Step>();
            foreach (var (from, step) in layers[^1])
            {
                if (AtEnd(from))
                {
                    // Everything is placed: the rest of the panels stay empty, at the cost of their emptiness.
                    Relax(next, from, step, from, 0, UnevennessOf(panel, 0, targets[panel]));
                    continue;
                }

                foreach (var end in Ends(from, panel, honourManualBreaks, roomy))
                {
                    Relax(next, end.End, step, from, end.Used, UnevennessOf(panel, end.Used, targets[panel]) + CostOfEnding(end, panel));
                }
            }

            layers.Add(next);
        }

        var finish = new Position(_blocks.Count, -1, 0);
        if (!layers[^1].TryGetValue(finish, out var last))
        {
            return null;
        }

        var panels = new (Position Start, Position End, double Used)[_capacities.Count];
        var at = finish;
        for (var panel = _capacities.Count; panel > 0; panel--)
        {
            var step = layers[panel][at];
            panels[panel - 1] = (step.From, at, step.Used);
            at = step.From;
        }

        var fills = panels.Select((p, i) => p.Used / _capacities[i]).ToList();
        return new Plan(new Placement(panels, true, finish), last.Terms, fills);
    }

    private static void Relax(Dictionary<Position, Step> layer, Position end, Step before, Position from, double used, CompositionTerms added)
    {
        var cost = before.Cost + added.Total;
        // Ties keep the first found (the fuller earlier panel): the same input always gives the same breaks.
        if (!layer.TryGetValue(end, out var known) || cost < known.Cost - 1e-9)
        {
            layer[end] = new Step(cost, before.Terms + added, from, used);
        }
    }

    private CompositionTerms UnevennessOf(int panel, double used, double target)
    {
        var off = (used / _capacities[panel]) - target;
        return CompositionTerms.None with { Unevenness = CompositionCosts.Unevenness * off * off };
    }

    // What it costs to end a panel at this place, with more of the flow to come.
    private CompositionTerms CostOfEnding(PanelEnd end, int panel)
    {
        if (AtEnd(end.End))
        {
            return CompositionTerms.None;
        }

        var terms = end.Split switch
        {
            ParagraphNode => CompositionTerms.None with { ParagraphSplits = CompositionCosts.ParagraphSplit },
            // An item continued on the next panel is a list split and a paragraph split at once.
            ListNode when end.Break is { AtListEdge: true } => CompositionTerms.None with { ListSplits = CompositionCosts.ListSplitAtEdge, ParagraphSplits = CompositionCosts.ParagraphSplit },
            ListNode when end.Break is { WithinUnit: true } => CompositionTerms.None with { ListSplits = CompositionCosts.ListSplit, ParagraphSplits = CompositionCosts.ParagraphSplit },
            ListNode => CompositionTerms.None with { ListSplits = CompositionCosts.ListSplit },
            TableNode => CompositionTerms.None with { TableSplits = CompositionCosts.TableSplit },
            _ => CompositionTerms.None,
        };
        if (end.UnderHeading is { } under && under < (CompositionCosts.LinesUnderHeading * _lineHeight) - 0.01)
        {
            terms = terms with { StrandedHeadings = CompositionCosts.StrandedHeading };
        }

        if (end.MidSection)
        {
            terms = terms with { MidSectionBreaks = CompositionCosts.MidSectionBreak };
            if (panel + 1 < _sides.Count && _sides[panel + 1] != _sides[panel])
            {
                terms = terms with { SectionsAcrossSides = CompositionCosts.SectionAcrossSides };
            }
        }

        return terms;
    }

    // Every place a panel starting at start may end: after a block (unless it stays with the
    // next), or at one of a block's own break points, as long as what it holds fits.
    private IEnumerable<PanelEnd> Ends(Position start, int panel, bool honourManualBreaks, bool roomy)
    {
        var capacity = _capacities[panel];
        var width = _panelWidth[panel];
        var y = 0.0;
        var previousAfter = 0.0;
        var first = true;
        var heldBack = false;
        double? headingBottom = null;
        for (var i = start.Block; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (honourManualBreaks && block.BreakBefore && !first)
            {
                // A manual break ends the panel here, even after a heading.
                if (heldBack)
                {
                    yield return new PanelEnd(new Position(i, -1, 0), y, null, !block.StartsSection, null, null);
                }

                yield break;
            }

            var resumeFrom = i == start.Block ? start.Break : -1;
            var measuredAt = resumeFrom >= 0 ? start.Width : width;
            var measure = block.Measures[measuredAt];
            var offset = resumeFrom < 0 ? 0 : measure.Breaks[resumeFrom].Resume;
            var top = first ? 0 : y + Math.Max(previousAfter, measure.SpaceBefore);
            var blockTop = top - offset;
            var bottom = blockTop + measure.Height;

            // When the text leaves the panels mostly empty, a paragraph that fits where it
            // stands is not split: halving it over two nearly empty panels breaks a reader's
            // sentence and evens nothing a reader sees.
            var keptWhole = roomy && block.Block is ParagraphNode && bottom <= capacity + 0.01;
            for (var b = resumeFrom + 1; b < measure.Breaks.Count && !block.IsTableNote; b++)
            {
                var end = blockTop + measure.Breaks[b].End;
                if (end > capacity + 0.01)
                {
                    yield break;
                }

                if (keptWhole)
                {
                    break;
                }

                yield return new PanelEnd(new Position(i, b, measuredAt), end, end - headingBottom, true, block.Block, measure.Breaks[b]);
            }

            if (bottom > capacity + 0.01)
            {
                yield break;
            }

            y = bottom;
            previousAfter = measure.SpaceAfter;
            first = false;
            if (measure.KeepWithNext)
            {
                headingBottom = bottom;
            }

            var after = i + 1;
            var isLast = after == _blocks.Count;
            heldBack = !isLast && (measure.KeepWithNext || _blocks[after].IsTableNote);
            if (!heldBack)
            {
                yield return new PanelEnd(new Position(after, -1, 0), y, y - headingBottom, !isLast && !_blocks[after].StartsSection, null, null);
            }
        }
    }

    // The fill each panel should have. On a side of the sheet with panels the flow does not
    // fill (a cover, a back panel), as much as those reach, so the side looks even; the others
    // share what is left of the flow's blocks evenly.
    // How full each panel should be: as full as the pinned panels of its sheet side, where it
    // has any (a reader sees the side at once); the others share what remains of the text equally.
    private IReadOnlyList<double> TargetFills()
    {
        var shared = SharedFill();
        return _targets.Select(t => t ?? shared).ToList();
    }

    // How full the text would make the panels beside no pinned panel, shared out evenly.
    private double SharedFill()
    {
        var total = 0.0;
        for (var i = 0; i < _blocks.Count; i++)
        {
            var measure = _blocks[i].Measures[0];
            total += measure.Height + (i == 0 ? 0 : Math.Max(_blocks[i - 1].Measures[0].SpaceAfter, measure.SpaceBefore));
        }

        var fixedTargets = _targets.Select((t, i) => t is { } target ? target * _capacities[i] : 0).Sum();
        var freeCapacity = _capacities.Where((_, i) => _targets[i] is null).Sum();
        return freeCapacity > 0 ? Math.Clamp((total - fixedTargets) / freeCapacity, 0, 1) : 0;
    }

    /// <summary>
    /// A warning when the brochure's manual panel breaks cost more than the breaks the search
    /// finds without them: on some layout an override may be right, and on another it strands
    /// a heading or leaves a panel half empty.
    /// </summary>
    private Diagnostic? ManualBreaksWarning(Plan chosen, string locale, string layoutName)
    {
        var manual = _blocks.Where(b => b.BreakBefore).ToList();
        if (manual.Count == 0 || Search(honourManualBreaks: false) is not { } automatic || automatic.Terms.Total >= chosen.Terms.Total - CompositionCosts.MidSectionBreak)
        {
            return null;
        }

        var (term, increase) = chosen.Terms.WorstAgainst(automatic.Terms);
        var where = string.Join(", ", manual.Select(b => b.Source is null ? "a block" : $"'{b.Source.KeyPath}'").Distinct());
        return Diagnostic.Warning(
            DiagnosticCodes.ManualBreakCostly,
            $"the manual panel break{(manual.Count == 1 ? string.Empty : "s")} ({{.new-panel}}) before {where} make{(manual.Count == 1 ? "s" : string.Empty)} the '{locale}' edition worse on layout '{layoutName}' than the breaks chosen without {(manual.Count == 1 ? "it" : "them")}: {term} costs {increase.ToString("0", CultureInfo.InvariantCulture)} more (panels {Range(chosen.Fills)} full, against {Range(automatic.Fills)}); remove {(manual.Count == 1 ? "it" : "them")} unless this layout needs {(manual.Count == 1 ? "it" : "them")}",
            manual[0].Source?.Location);
    }

    private static string Range(IReadOnlyList<double> fills) =>
        $"{Math.Round(fills.Min() * 100).ToString(CultureInfo.InvariantCulture)}–{Math.Round(fills.Max() * 100).ToString(CultureInfo.InvariantCulture)} %";

    // A panel's possible end: where, how much of it is used, how much lies under the last
    // heading it holds (null: none), whether the next panel starts inside a section, and the
    // block split there and at which of its break points (null: the end falls between blocks).
    private readonly record struct PanelEnd(Position End, double Used, double? UnderHeading, bool MidSection, BlockNode? Split, BreakPoint? Break);

    // The best way found to reach a place at the start of a panel: its cost and terms, where the
    // panel before started, and how much of it was used.
    private readonly record struct Step(double Cost, CompositionTerms Terms, Position From, double Used);

    // A complete set of breaks and what it costs.
    private sealed record Plan(Placement Placement, CompositionTerms Terms, IReadOnlyList<double> Fills)
    {
        public double MeanFill => Fills.Count == 0 ? 1 : Fills.Average();
    }
}
