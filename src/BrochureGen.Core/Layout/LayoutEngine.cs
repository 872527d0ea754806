using System.Globalization;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Text;

namespace BrochureGen.Layout;

/// <summary>
/// Lays out an edition on the sheet of its layout: panels the template fills by name, panels
/// that sections are pinned to, and the flow of the other sections through the remaining
/// panels in reading order.
/// </summary>
public static class LayoutEngine
{
    public const string OutsidePage = "outside";
    public const string InsidePage = "inside";

    // A flow panel filled less than this is reported: the brochure may need fewer words on
    // other panels, or more content.
    private const double UnderfilledBelow = 1.0 / 3;

    // A flow panel beside a cover or back panel that reaches the foot aims this full, not more:
    // text runs to a panel's very foot only when it has to.
    private const double FullestTarget = 0.95;

    /// <summary>Lays out a document; figures are looked up in <paramref name="contentFolder"/>.</summary>
    public static LaidOutBrochure Layout(BrochureDocument document, BrochureTheme theme, string locale, string contentFolder)
    {
        var images = new ImageResolver(contentFolder);
        var written = new DocumentBlocks(document);
        document = BesideNode.Group(document, out var regrouped);
        var linkId = 0;
        int NextLinkId() => ++linkId;

        var layout = theme.Layout;

        // A right-to-left brochure opens the other way: each side of the sheet is mirrored, so
        // the cover is on the left of the outside and the inside panels run right to left.
        var (outside, inside) = Direction.IsRightToLeft(locale)
            ? ((IReadOnlyList<string>)layout.Sheet.OutsidePanels.Reverse().ToList(), (IReadOnlyList<string>)layout.Sheet.InsidePanels.Reverse().ToList())
            : (layout.Sheet.OutsidePanels, layout.Sheet.InsidePanels);
        var frames = Frames(theme, outside).Concat(Frames(theme, inside)).ToDictionary(f => f.Slot, StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>(DocumentThemeCheck.Check(document, theme));
        CheckSlots(document, layout, diagnostics);
        if (diagnostics.Count > 0)
        {
            throw new BrochureException(diagnostics);
        }

        var composed = new Dictionary<string, LaidOutPanel>(StringComparer.Ordinal);
        var panelNodes = new Dictionary<string, PanelNode>(StringComparer.Ordinal);
        foreach (var panel in document.Panels)
        {
            panelNodes[panel.Slot] = panel;
        }

        foreach (var pinned in document.Flow.Where(s => s.Pin is not null).GroupBy(s => s.Pin!))
        {
            var blocks = pinned.SelectMany(s => s.Blocks).Where(b => b is not PanelBreakNode).ToList();
            panelNodes[pinned.Key] = new PanelNode(pinned.Key, null, blocks, pinned.First().Location);
        }

        foreach (var slot in layout.ReadingOrder.Where(panelNodes.ContainsKey))
        {
            try
            {
                composed[slot] = PanelComposer.Compose(panelNodes[slot], theme, frames[slot].Local, locale, NextLinkId, images) with { X = frames[slot].PanelX, Blocks = panelNodes[slot].Blocks };
            }
            catch (BrochureException ex)
            {
                // Go on with the other panels so one build reports every panel that overflows.
                diagnostics.AddRange(ex.Diagnostics);
            }
        }

        var flowSlots = layout.ReadingOrder.Where(s => !panelNodes.ContainsKey(s)).ToList();
        var flowSections = document.Flow.Where(s => s.Pin is null).ToList();
        var flowBlocks = flowSections.SelectMany(s => s.Blocks).ToList();
        var warnings = new List<Diagnostic>();
        FlowComposer.Composition? composition = null;
        if (flowSlots.Count > 0)
        {
            try
            {
                var flow = FlowPanels(flowSlots, flowSections, frames, theme, images, locale, NextLinkId, composed, warnings, document.Flow.Count > 0);
                composition = flow.Composition;
                if (flow.Level.Spreads)
                {
                    // The panels filled by name or pinned are set as large as the flow where they
                    // fit so, for one body size on the sheet, or else at the largest spread step
                    // they fit at; a word they would break between characters stops them too.
                    var steps = ThemeFitting.Spreads(theme).TakeWhile(level => level != flow.Level).Append(flow.Level).Reverse().ToList();
                    foreach (var slot in layout.ReadingOrder.Where(panelNodes.ContainsKey))
                    {
                        foreach (var step in steps)
                        {
                            var spread = PanelComposer.Compose(panelNodes[slot], ThemeFitting.Tighten(theme, step), frames[slot].Local, locale, NextLinkId, images);
                            if (spread.Adjustment is null && (!spread.BreaksWords || composed[slot].BreaksWords))
                            {
                                composed[slot] = spread with { X = frames[slot].PanelX, Blocks = panelNodes[slot].Blocks, Adjustment = new LayoutAdjustment(slot, step.Describe(theme)) };
                                break;
                            }
                        }
                    }
                }
            }
            catch (BrochureException ex)
            {
                diagnostics.AddRange(ex.Diagnostics);
            }
        }
        else if (flowBlocks.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FlowInvalid, $"every panel of layout '{layout.Name}' is filled by name or pinned, so the sections that are not pinned have nowhere to go", document.Flow.First(s => s.Pin is null).Location));
        }

        if (diagnostics.Count > 0)
        {
            throw new BrochureException(diagnostics);
        }

        var pages = new List<LaidOutPage>();
        foreach (var (name, slots) in new[] { (OutsidePage, outside), (InsidePage, inside) })
        {
            pages.Add(new LaidOutPage(name, layout.Sheet.Width, layout.Sheet.Height, slots.Select(s => composed[s]).ToList()));
        }

        var adjustments = layout.ReadingOrder.Select(s => composed[s].Adjustment).OfType<LayoutAdjustment>().ToList();
        return new LaidOutBrochure(document.Language, pages, layout.ReadingOrder, adjustments)
        {
            Reading = ReadingOrderBlocks.Of(written, regrouped, layout.ReadingOrder.Select(s => composed[s]).ToList()),
            Warnings = warnings,
            CompositionCost = composition?.Terms ?? CompositionTerms.None,
        };
    }

    private static FlowComposer.Result FlowPanels(
        List<string> slots,
        List<FlowSection> sections,
        Dictionary<string, PanelFrame> frames,
        BrochureTheme theme,
        ImageResolver images,
        string locale,
        Func<int> nextLinkId,
        Dictionary<string, LaidOutPanel> composed,
        List<Diagnostic> warnings,
        bool hasFlow)
    {
        var panels = slots.Select(slot =>
        {
            var frame = ContentFrameOf(theme, frames[slot]);
            var side = SideOf(theme, slot);
            var others = composed.Values.Where(p => SideOf(theme, p.Slot) == side && p.Fill > 0).Select(p => p.Fill).ToList();
            return new FlowComposer.FlowPanel(frame.Bottom - frame.Top, frame.Width, side, others.Count == 0 ? null : Math.Min(FullestTarget, others.Average()));
        }).ToList();
        var flow = FlowComposer.Flow(sections, panels, theme, images, locale, theme.Layout.Name);
        if (flow.Composition.ManualBreaksWarning is { } manual)
        {
            warnings.Add(manual);
        }

        var adjustment = flow.Level.IsNone ? null : flow.Level.Describe(theme);

        // Each side's fullest panel, as a reader sees the sheet: the flow's panels end near it.
        var fills = slots.Select((slot, i) => (Side: SideOf(theme, slot), Fill: flow.Composition.Fills[i] * panels[i].Capacity / (frames[slot].Bottom - frames[slot].Top)))
            .Concat(composed.Values.Select(p => (Side: SideOf(theme, p.Slot), p.Fill)))
            .ToList();
        for (var i = 0; i < slots.Count; i++)
        {
            var node = new PanelNode(slots[i], null, flow.Panels[i]);
            var panelAdjustment = adjustment is null || flow.Panels[i].Count == 0 ? null : new LayoutAdjustment(slots[i], adjustment);
            var side = SideOf(theme, slots[i]);
            var reach = Math.Min(FullestTarget, fills.Where(f => f.Side == side).Max(f => f.Fill));
            var panel = PanelComposer.ComposeAt(node, flow.Theme, frames[slots[i]].Local, locale, nextLinkId, images, panelAdjustment, reach: flow.Panels[i].Count == 0 ? null : reach) with { X = frames[slots[i]].PanelX, Blocks = flow.Panels[i] };
            composed[slots[i]] = panel;
            if (hasFlow && panel.Fill < UnderfilledBelow)
            {
                var percent = Math.Round(panel.Fill * 100).ToString(CultureInfo.InvariantCulture);
                warnings.Add(Diagnostic.Warning(DiagnosticCodes.PanelUnderfilled, $"panel '{slots[i]}' of the '{locale}' edition is only {percent} % full: the brochure looks unfinished; add content, pin a section there, or choose a layout with fewer panels"));
            }
        }

        return flow;
    }

    private static string SideOf(BrochureTheme theme, string slot) => theme.Sheet.OutsidePanels.Contains(slot) ? OutsidePage : InsidePage;

    private static PanelFrame ContentFrameOf(BrochureTheme theme, PanelFrame frame) =>
        theme.PanelLook(frame.Slot).Ornament is { } ornament ? frame with { Bottom = frame.Bottom - OrnamentShape.Of(ornament).FootRoom } : frame;

    // Pins and template panels must name panels the layout has; a panel filled by name cannot also take pinned sections.
    private static void CheckSlots(BrochureDocument document, Folds.FoldLayout layout, List<Diagnostic> diagnostics)
    {
        var slots = layout.Slots;
        foreach (var panel in document.Panels.Where(p => !slots.Contains(p.Slot)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MarkupStructure, $"the template writes a panel '{panel.Slot}', which layout '{layout.Name}' does not have{DidYouMean.Suggest(panel.Slot, slots)}; its panels are {string.Join(", ", slots)}", panel.Location));
        }

        foreach (var section in document.Flow.Where(s => s.Pin is not null && !slots.Contains(s.Pin)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FlowInvalid, $"a section is pinned to '{section.Pin}', which layout '{layout.Name}' does not have{DidYouMean.Suggest(section.Pin!, slots)}; its panels are {string.Join(", ", slots)}", section.Location));
        }

        foreach (var section in document.Flow.Where(s => s.Pin is not null && document.Panels.Any(p => p.Slot == s.Pin)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FlowInvalid, $"a section is pinned to '{section.Pin}', which the template already fills with a <panel>", section.Location));
        }
    }

    /// <summary>The frame of each panel of one side, left to right: outer margins at the sheet edges, fold margins elsewhere.</summary>
    public static IEnumerable<PanelFrame> Frames(BrochureTheme theme, IReadOnlyList<string> slots)
    {
        var x = 0.0;
        for (var i = 0; i < slots.Count; i++)
        {
            var width = theme.Sheet.PanelWidths[slots[i]];
            var left = i == 0 ? theme.Margins.Outer : theme.Margins.Fold;
            var right = i == slots.Count - 1 ? theme.Margins.Outer : theme.Margins.Fold;
            yield return new PanelFrame(slots[i], x, width, theme.Sheet.Height, x + left, theme.Margins.Top, width - left - right, theme.Sheet.Height - theme.Margins.Bottom);
            x += width;
        }
    }
}
