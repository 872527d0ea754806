using System.Globalization;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Text;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// Places blocks in one panel's frame, top to bottom, and emits positioned items with tag
/// markers. It also measures single blocks for the flow (<see cref="Measure"/>): the same code
/// that places a block tells how tall it is and where it may be split, so measuring and
/// placing never disagree. Knows nothing of PDF or PNG.
/// </summary>
public sealed partial class PanelComposer
{
    private const double UnderlineOffset = 0.14;
    private const double UnderlineThickness = 0.065;

    // A bullet drawn at the text size looks timid next to the words; a little larger reads as a marker.
    private const double BulletScale = 1.25;

    // A checklist box is a little smaller than the capital height, and its stroke visible in print.
    private const double CheckboxScale = 0.72;

    // A list may be split between panels from this many items on, two or more on each side; a
    // shorter one is kept on one panel. (The flow decides whether a split is worth its cost.)
    private const int ShortList = 4;

    private static readonly InkColor QrDark = new(new RgbColor(0, 0, 0), new CmykColor(0, 0, 0, 100));
    private static readonly InkColor QrLight = InkColor.White;

    private readonly BrochureTheme _theme;
    private readonly PanelFrame _frame;
    private readonly Func<int> _nextLinkId;
    private readonly ImageResolver _images;
    private readonly Queue<double> _fillHeights;
    private readonly List<LayoutItem> _items = [];
    private readonly List<BreakPoint>? _breaks;
    private readonly string _language;

    // Right-to-left editions start every line, label and ornament at the right.
    private readonly bool _rtl;
    private double _y;
    private double _pendingSpace;
    private double _firstSpaceBefore = double.NaN;
    private double _contentBottom;
    private bool _atTop = true;

    // The factor on the space between the panel's top-level blocks (above 1 when the flow
    // spreads a short panel toward its neighbours' fill), and the space those gaps took.
    private double _gapScale = 1;
    private double _gaps;

    // Space added to each loose gap (before a heading or a call-out that follows other text,
    // where one unit of the panel ends and the next begins) once the scaled gaps are not enough,
    // how many loose gaps the panel has, and whether the block being placed opens one.
    private double _looseGapExtra;
    private int _looseGaps;
    private bool _looseGapPending;
    private BlockNode? _previousTopLevel;

    // A word had to be broken between characters: it is wider than its line at this size.
    private bool _breaksWords;

    // Lines placed so far: each line's runs are told apart from the next line's by its number.
    private int _lines;
    private int _depth;
    private (double Bottom, TextOrigin? Source) _lastLine;
    private (double Bottom, TextOrigin? Source)? _firstOverflow;
    private TextOrigin? _headingAwaitingItsText;

    private PanelComposer(BrochureTheme theme, PanelFrame frame, Func<int> nextLinkId, ImageResolver images, IEnumerable<double> fillHeights, string language, bool measuring = false)
    {
        _language = language;
        _rtl = Direction.IsRightToLeft(language);
        _theme = theme;
        _images = images;
        _frame = frame;
        _nextLinkId = nextLinkId;
        _fillHeights = new Queue<double>(fillHeights);
        _y = frame.Top;
        _breaks = measuring ? [] : null;
    }

    /// <summary>
    /// Lays out a panel whose blocks are given (a template's <c>&lt;panel&gt;</c>, or the sections
    /// pinned to it). When the text does not fit, the panel is tightened step by step within the
    /// theme's limits (less space between blocks, then smaller text, never below the minimum
    /// body size); flexible space (<c>&lt;fill/&gt;</c>) shares what is left of the frame.
    /// </summary>
    public static LaidOutPanel Compose(PanelNode panel, BrochureTheme theme, PanelFrame frame, string locale, Func<int> nextLinkId, ImageResolver images)
    {
        PanelComposer? measured = null;
        FitLevel? level = null;
        var content = ContentFrame(theme, frame);
        foreach (var candidate in ThemeFitting.Levels(theme))
        {
            level = candidate;
            measured = new PanelComposer(ThemeFitting.Tighten(theme, candidate), content, () => 0, images, Enumerable.Repeat(0.0, Fills(panel.Blocks)), locale);
            measured.ComposeBlocks(panel.Blocks, content.Left, content.Width, measured.ToneOf(panel));
            if (measured._y - content.Bottom <= 0.05)
            {
                break;
            }
        }

        var overflow = measured!._y - content.Bottom;
        if (overflow > 0.05)
        {
            throw new BrochureException(OverflowDiagnostic(panel.Slot, locale, overflow, content, measured._firstOverflow?.Source, level!, theme));
        }

        var adjustment = level!.IsNone ? null : new LayoutAdjustment(panel.Slot, level.Describe(theme));
        return ComposeAt(panel, ThemeFitting.Tighten(theme, level), frame, locale, nextLinkId, images, adjustment);
    }

    /// <summary>
    /// Lays out a panel at a theme already tightened as needed (the flow decided what fits). With
    /// <paramref name="reach"/>, a panel whose content ends above that fill has the space between
    /// its blocks grown (by at most <see cref="CompositionCosts.FeatherLimit"/>) to come closer
    /// to it, so panels of one side end near one line.
    /// </summary>
    public static LaidOutPanel ComposeAt(PanelNode panel, BrochureTheme theme, PanelFrame frame, string locale, Func<int> nextLinkId, ImageResolver images, LayoutAdjustment? adjustment, double? textWidth = null, double? reach = null)
    {
        var content = ContentFrame(theme, frame);
        var width = textWidth ?? content.Width;
        var fills = Fills(panel.Blocks);
        var share = 0.0;
        var gapScale = 1.0;
        var looseGapExtra = 0.0;
        if (fills > 0 || reach is not null)
        {
            var probe = new PanelComposer(theme, content, () => 0, images, Enumerable.Repeat(0.0, fills), locale);
            probe.ComposeBlocks(panel.Blocks, content.Left, width, probe.ToneOf(panel));
            share = Math.Max(0, content.Bottom - probe._y) / Math.Max(1, fills);
            var missing = ((reach ?? 0) * (frame.Bottom - frame.Top)) - (probe._y - content.Top);
            if (fills == 0 && missing > 0 && probe._gaps > 0)
            {
                gapScale = Math.Min(CompositionCosts.FeatherLimit, 1 + (missing / probe._gaps));

                // What the bounded scaling leaves short of most of the reach goes to the gaps
                // between the panel's units (a call-out set lower, a section starting lower),
                // never between a heading and its text; most, not all: a hole above a section
                // for the last few lines of evenness would cost the reader more than it gives.
                var stillMissing = missing - ((1 - CompositionCosts.LooseGapReach) * (reach ?? 0) * (frame.Bottom - frame.Top)) - ((gapScale - 1) * probe._gaps);
                if (stillMissing > 0 && probe._looseGaps > 0)
                {
                    looseGapExtra = Math.Min(CompositionCosts.LooseGapLimit * (frame.Bottom - frame.Top), stillMissing / probe._looseGaps);
                }
            }
        }

        var composer = new PanelComposer(theme, content, nextLinkId, images, Enumerable.Repeat(share, fills), locale) { _gapScale = gapScale, _looseGapExtra = looseGapExtra };
        composer.ComposePanel(panel, frame, width);
        // How far down the panel its content reaches, as a reader sees it (space a fill pushes
        // content down by counts): what the balance of a sheet side is measured on.
        var used = composer._contentBottom - content.Top;
        var fill = Math.Clamp(used / (frame.Bottom - frame.Top), 0, 1);
        return new LaidOutPanel(panel.Slot, frame.PanelX, frame.PanelWidth, frame.PageHeight, composer._items, adjustment, fill) { BreaksWords = composer._breaksWords };
    }

    /// <summary>How tall a block is at <paramref name="width"/> and where it may be split between panels.</summary>
    public static BlockMeasure Measure(BlockNode block, BrochureTheme theme, double width, ImageResolver images, string locale)
    {
        var frame = new PanelFrame("measure", 0, width, double.MaxValue, 0, 0, width, double.MaxValue);
        var composer = new PanelComposer(theme, frame, () => 0, images, [0.0], locale, measuring: true);
        composer.ComposeBlocks([block], 0, width, theme.Tones["light"]);
        var before = double.IsNaN(composer._firstSpaceBefore) ? 0 : composer._firstSpaceBefore;
        return new BlockMeasure(before, composer._pendingSpace, composer._y, composer._breaks!, block is HeadingNode) { BreaksWords = composer._breaksWords };
    }

    // An ornament at the foot of the panel takes room from the text above it.
    private static PanelFrame ContentFrame(BrochureTheme theme, PanelFrame frame) =>
        theme.PanelLook(frame.Slot).Ornament is { } ornament ? frame with { Bottom = frame.Bottom - OrnamentShape.Of(ornament).FootRoom } : frame;

    private static int Fills(IEnumerable<BlockNode> blocks) => blocks.Sum(b => b switch
    {
        FillNode => 1,
        _ => 0,
    });

    private static Diagnostic OverflowDiagnostic(string slot, string locale, double overflow, PanelFrame frame, TextOrigin? source, FitLevel tightest, BrochureTheme theme)
    {
        var amount = overflow.ToString("0.0", CultureInfo.InvariantCulture);
        var height = (frame.Bottom - frame.Top).ToString("0.0", CultureInfo.InvariantCulture);
        var from = source is null ? string.Empty : $"; the text stops fitting at '{source.KeyPath}'";
        var tightened = tightest.IsNone ? string.Empty : $" even with {tightest.Describe(theme)}";
        return Diagnostic.Error(
            DiagnosticCodes.PanelOverflow,
            $"panel '{slot}' of the '{locale}' edition overflows by {amount} pt{tightened} (its frame is {height} pt high){from}: shorten the text or move some of it to another panel",
            source?.Location);
    }

    private ToneColors ToneOf(PanelNode panel) => Tone(panel.Tone ?? _theme.PanelLook(panel.Slot).Tone);

    private void ComposePanel(PanelNode panel, PanelFrame outer, double textWidth)
    {
        var tone = ToneOf(panel);
        _items.Add(new TagStartItem(StructureRole.Section));
        if (tone.Background is { } background && background.Screen != RgbColor.White)
        {
            AddArtifact(new RectItem(_frame.PanelX, 0, _frame.PanelWidth, _frame.PageHeight, background));
        }

        _backgroundEnd = _items.Count;
        ComposeBlocks(panel.Blocks, _frame.Left, textWidth, tone);
        _contentBottom = _y;
        KeepTextReadableOverPictures(panel.Slot, tone);
        if (_theme.PanelLook(panel.Slot).Ornament is { } ornament)
        {
            _y = outer.Bottom - OrnamentShape.Of(ornament).Height;
            _atTop = true;
            ComposeDecor(new DecorNode(ornament), _frame.Left, textWidth, tone);
        }

        _items.Add(new TagEndItem(StructureRole.Section));
    }

    private void ComposeBlocks(IEnumerable<BlockNode> blocks, double x, double width, ToneColors tone)
    {
        foreach (var block in blocks)
        {
            ComposeBlock(block, x, width, tone, 0, int.MaxValue);
        }
    }

    private void ComposeBlock(BlockNode block, double x, double width, ToneColors tone, int from, int to)
    {
        var topLevel = _depth == 0;
        if (topLevel && block is not SliceNode)
        {
            _looseGapPending = block is HeadingNode or BoxNode && _previousTopLevel is not null and not HeadingNode;
            _previousTopLevel = block;
        }

        _depth++;
        switch (block)
        {
            case SliceNode slice:
                _depth--;
                ComposeBlock(slice.Block, x, slice.Width ?? width, tone, slice.From, slice.To);
                return;
            case HeadingNode heading:
                var headingStyle = StyleFor(heading.StyleClass, StyleNames.Heading(heading.Level));
                ComposeText(heading.Content, headingStyle, tone, x, width, HeadingRole(heading.Level), 0, int.MaxValue, topLevel);
                break;
            case ParagraphNode paragraph:
                ComposeText(paragraph.Content, StyleFor(paragraph.StyleClass, StyleNames.Body), tone, x, width, StructureRole.Paragraph, from, to, topLevel);
                break;
            case ListNode list:
                var listStyle = _theme.Style(StyleNames.ListItem);
                Space(listStyle.SpaceBefore);
                ComposeList(list, x, width, tone, depth: 0, from, to, topLevel);
                _pendingSpace = Math.Max(_theme.Style(StyleNames.Body).SpaceAfter, listStyle.SpaceAfter);
                break;
            case TableNode table:
                ComposeTable(table, x, width, tone, from, to, topLevel);
                break;
            case BoxNode box:
                ComposeBox(box, x, width, tone);
                break;
            case FigureNode figure:
                ComposeFigure(figure, x, width);
                break;
            case BesideNode beside:
                ComposeBeside(beside, x, width, tone);
                break;
            case QrNode qr:
                ComposeQr(qr, _rtl ? x + width - _theme.Qr.Size : x);
                break;
            case DecorNode decor:
                ComposeDecor(decor, x, width, tone);
                break;
            case FillNode:
                var fill = _fillHeights.Count > 0 ? _fillHeights.Dequeue() : 0;
                _y += fill;
                break;
            case PanelBreakNode:
                break;
        }

        _depth--;
    }

    private void ComposeText(IReadOnlyList<InlineElement> content, TextStyle style, ToneColors tone, double x, double width, StructureRole role, int from, int to, bool recordBreaks) =>
        ComposeText(content, style, tone, LineMeasure.Uniform(x, width), role, from, to, recordBreaks);

    private void ComposeText(IReadOnlyList<InlineElement> content, TextStyle style, ToneColors tone, LineMeasure measure, StructureRole role, int from, int to, bool recordBreaks)
    {
        Space(style.SpaceBefore);
        var pieces = InlineFlattener.Flatten(content, InlineState.Plain, _nextLinkId);
        // A heading's lines are balanced: "What can be done to help / a victim?", never a lone word below.
        var heading = role is StructureRole.H1 or StructureRole.H2 or StructureRole.H3 or StructureRole.H4 or StructureRole.H5 or StructureRole.H6;
        style = DisplaySizeThatFits(pieces, style, tone, measure.Narrowest);
        var lines = new LineComposer(style, tone, _language).Compose(pieces, measure, balance: heading);
        var shown = lines.Skip(from).Take(Math.Max(0, Math.Min(to, lines.Count) - from)).ToList();
        _items.Add(new TagStartItem(role));
        var top = _y;
        PlaceLines(shown, style, measure.After(from));
        _items.Add(new TagEndItem(role));
        _pendingSpace = style.SpaceAfter;

        // A paragraph may be split between panels, but never so that one line stands alone
        // at the foot of one panel or the head of the next.
        if (recordBreaks && _breaks is not null && role == StructureRole.Paragraph)
        {
            var lineHeight = style.Size * style.Leading;
            for (var k = 2; k <= lines.Count - 2; k++)
            {
                var end = top + (k * lineHeight);
                _breaks.Add(new BreakPoint(k, end, end));
            }
        }

        // A heading stays with what follows: if the next line does not fit, the heading is
        // where the panel stops fitting.
        if (role is >= StructureRole.H1 and <= StructureRole.H6)
        {
            _headingAwaitingItsText = pieces.FirstOrDefault()?.State.Source;
        }
    }

    // Text set larger than the body (a title, a hotline number on the cover) is never broken
    // inside a word or a number to fit its column: "1-888-373-|7888" would misdial. It is set
    // smaller instead, in half-point steps down to the body's size; only below that may a word
    // break (the line composer's last resort, as for a long address in the body).
    private TextStyle DisplaySizeThatFits(IReadOnlyList<StyledText> pieces, TextStyle style, ToneColors tone, double width)
    {
        var body = _theme.Style(StyleNames.Body).Size;
        var widest = new LineComposer(style, tone, _language).WidestAtom(pieces);
        if (style.Size <= body || widest <= width + 0.001)
        {
            return style;
        }

        var size = Math.Max(body, Math.Floor(style.Size * width / widest * 2) / 2);
        while (size > body && new LineComposer(style with { Size = size }, tone, _language).WidestAtom(pieces) > width + 0.001)
        {
            size -= 0.5;
        }

        // As a word broken between characters, this says the size asked for does not fit: the
        // spreading steps stop before it.
        _breaksWords = true;
        return style with { Size = Math.Max(body, size) };
    }

    // from and to are list units (ListUnit): an item, or a line inside one, so that a long item
    // may continue on the next panel.
    private void ComposeList(ListNode list, double x, double width, ToneColors tone, int depth, int from, int to, bool recordBreaks)
    {
        var style = _theme.Style(StyleNames.ListItem);
        var indent = list.Kind == ListKind.Numbered ? _theme.List.NumberIndent : _theme.List.Indent;
        var lineHeight = style.Size * style.Leading;
        var (fromItem, fromLine) = ListUnit.Split(from);
        var (toItem, toLine) = to == int.MaxValue ? (list.Items.Count, 0) : ListUnit.Split(to);
        _items.Add(new TagStartItem(StructureRole.List));
        var last = Math.Min(toLine > 0 ? toItem + 1 : toItem, list.Items.Count);
        for (var i = fromItem; i < last; i++)
        {
            var item = list.Items[i];
            var splittable = recordBreaks && _breaks is not null;
            if (i > fromItem)
            {
                // A long list may be split between panels, keeping at least two items on each side.
                if (splittable && list.Items.Count >= ShortList && i >= 2 && list.Items.Count - i >= 2)
                {
                    _breaks!.Add(new BreakPoint(ListUnit.Of(i, 0), _y, _y + _theme.List.ItemSpacing));
                }

                _y += _theme.List.ItemSpacing;
            }

            _items.Add(new TagStartItem(StructureRole.ListItem));
            var pieces = InlineFlattener.Flatten(item.Content, InlineState.Plain, _nextLinkId);
            var lines = new LineComposer(style, tone, _language).Compose(pieces, width - indent);
            var firstLine = i == fromItem ? fromLine : 0;
            var endLine = i == toItem && toLine > 0 ? Math.Min(toLine, lines.Count) : lines.Count;
            var firstBaseline = _y + BaselineOffset(style);
            if (firstLine == 0)
            {
                // Labels sit at the start of the line: the left, or the right in right-to-left text.
                ComposeLabel(list, i, item, depth, style, tone, _rtl ? x + width : x, firstBaseline);
            }

            // A long item may itself be split, never leaving one line of it alone (the flow
            // charges more for a split in the first or last item: the list then has one item
            // or part of one on a panel).
            if (splittable)
            {
                for (var k = 2; k <= lines.Count - 2; k++)
                {
                    var at = _y + (k * lineHeight);
                    _breaks!.Add(new BreakPoint(ListUnit.Of(i, k), at, at) { WithinUnit = true, AtListEdge = i == 0 || i == list.Items.Count - 1 });
                }
            }

            _items.Add(new TagStartItem(StructureRole.ListBody));
            var bodyX = _rtl ? x : x + indent;
            PlaceLines(lines.Skip(firstLine).Take(endLine - firstLine).ToList(), style, bodyX, width - indent);
            if (item.Nested is { } nested && endLine == lines.Count)
            {
                _y += _theme.List.ItemSpacing;
                ComposeList(nested, bodyX, width - indent, tone, depth + 1, 0, int.MaxValue, false);
            }

            _items.Add(new TagEndItem(StructureRole.ListBody));
            _items.Add(new TagEndItem(StructureRole.ListItem));
        }

        _items.Add(new TagEndItem(StructureRole.List));
        _atTop = false;
    }

    // The label of an item: a bullet or a number (real text, so it is read and copied), or a
    // drawn checklist box whose state the label's ActualText gives (☐ / ☑).
    private void ComposeLabel(ListNode list, int index, ListItemNode item, int depth, TextStyle style, ToneColors tone, double x, double baseline)
    {
        var face = style.Family.Primary.Bold;
        switch (list.Kind)
        {
            case ListKind.Checklist:
                var size = style.Size * CheckboxScale;
                var top = baseline - size;
                x = _rtl ? x - size : x;
                _items.Add(new TagStartItem(StructureRole.Label) { ActualText = item.Checked == true ? "☑" : "☐" });
                _items.Add(new TagStartItem(StructureRole.Artifact));
                var thickness = Math.Max(0.75, style.Size * 0.07);
                _items.Add(new StrokeRectItem(x, top, size, size, thickness, tone.Accent));
                if (item.Checked == true)
                {
                    _items.Add(new PolygonItem(
                        [new(x + (size * 0.18), top + (size * 0.52)), new(x + (size * 0.42), top + (size * 0.78)), new(x + (size * 0.86), top + (size * 0.2)), new(x + (size * 0.78), top + (size * 0.12)), new(x + (size * 0.42), top + (size * 0.62)), new(x + (size * 0.26), top + (size * 0.44))],
                        tone.Accent));
                }

                _items.Add(new TagEndItem(StructureRole.Artifact));
                _items.Add(new TagEndItem(StructureRole.Label));
                break;
            case ListKind.Numbered:
                // The number is read, not decoration: it is set in the text colour (bold), which also
                // keeps it to one ink in print (a small number in three inks blurs, preflight BG0709).
                var number = list.Label(index)!;
                InlineShaper.CheckGlyphs(new StyledText(number, InlineState.Plain), [face]);
                _items.Add(new TagStartItem(StructureRole.Label));
                var numberGlyphs = face.Shape(number, style.Size);
                _items.Add(new TextRunItem(_rtl ? x - numberGlyphs.Width : x, baseline, numberGlyphs.Width, face, style.Size, tone.Text, number, numberGlyphs));
                _items.Add(new TagEndItem(StructureRole.Label));
                break;
            default:
                var bullet = depth == 0 ? _theme.List.Bullet : _theme.List.NestedBullet;
                InlineShaper.CheckGlyphs(new StyledText(bullet, InlineState.Plain), [face]);
                var bulletSize = style.Size * BulletScale;
                _items.Add(new TagStartItem(StructureRole.Label));
                var bulletGlyphs = face.Shape(bullet, bulletSize);
                _items.Add(new TextRunItem(_rtl ? x - bulletGlyphs.Width : x, baseline, bulletGlyphs.Width, face, bulletSize, tone.Accent, bullet, bulletGlyphs));
                _items.Add(new TagEndItem(StructureRole.Label));
                break;
        }
    }

    private void ComposeTable(TableNode table, double x, double width, ToneColors tone, int from, int to, bool recordBreaks)
    {
        var bodyStyle = _theme.Style(StyleNames.TableCell);
        var headerStyle = _theme.Style(StyleNames.TableHeader);
        var padding = _theme.Table.CellPadding;
        Space(bodyStyle.SpaceBefore + 4);
        var widths = ColumnWidths(table, width, padding, bodyStyle, headerStyle, tone, _language);
        var rules = new List<LineItem>();
        _items.Add(new TagStartItem(StructureRole.Table));
        var top = _y;
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
                headerHeight = _y - top;
            }

            if (r > from && recordBreaks && _breaks is not null && r - firstBody >= 2 && table.Rows.Count - r >= 2)
            {
                _breaks.Add(new BreakPoint(r, _y, _y - headerHeight));
            }

            var row = table.Rows[r];
            var composed = row.Cells.Select((cell, c) =>
            {
                var style = cell.IsHeader ? headerStyle : bodyStyle;
                var pieces = InlineFlattener.Flatten(cell.Content, InlineState.Plain, _nextLinkId);
                return (Cell: cell, Style: style, Lines: new LineComposer(style, tone, _language).Compose(pieces, widths[c] - (2 * padding)));
            }).ToList();
            var rowHeight = composed.Max(c => c.Lines.Count * c.Style.Size * c.Style.Leading) + (2 * padding);
            _items.Add(new TagStartItem(StructureRole.TableRow));
            // Columns run from the start edge: right to left in right-to-left editions.
            var cellX = _rtl ? x + widths.Sum() : x;
            var rowTop = _y;
            for (var c = 0; c < composed.Count; c++)
            {
                var (cell, style, lines) = composed[c];
                if (_rtl)
                {
                    cellX -= widths[c];
                }

                _items.Add(new TagStartItem(cell.IsHeader ? StructureRole.TableHeader : StructureRole.TableCell) { Scope = cell.Scope == "row" ? "Row" : cell.IsHeader ? "Column" : null });
                _y = rowTop + padding;
                PlaceLines(lines, style, cellX + padding, widths[c] - (2 * padding), cell.Alignment);
                _items.Add(new TagEndItem(cell.IsHeader ? StructureRole.TableHeader : StructureRole.TableCell));
                cellX += _rtl ? 0 : widths[c];
            }

            _items.Add(new TagEndItem(StructureRole.TableRow));
            _y = rowTop + rowHeight;
            var thickness = r == 0 ? _theme.Table.Rule * 2 : _theme.Table.Rule;
            rules.Add(new LineItem(x, _y, x + widths.Sum(), _y, thickness, tone.Accent));
            Track(_y, null);
        }

        _items.Add(new TagEndItem(StructureRole.Table));
        _items.Add(new TagStartItem(StructureRole.Artifact));
        _items.AddRange(rules);
        _items.Add(new TagEndItem(StructureRole.Artifact));
        _pendingSpace = bodyStyle.SpaceAfter + 6;
        _atTop = false;
    }

    // Columns get at least their longest word and share the rest by how much text they hold;
    // together they are never wider than the panel (a word longer than its column is broken).
    private static double[] ColumnWidths(TableNode table, double width, double padding, TextStyle body, TextStyle header, ToneColors tone, string language)
    {
        var columns = table.Rows[0].Cells.Count;
        var minimum = new double[columns];
        var preferred = new double[columns];
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < columns; c++)
            {
                var cell = row.Cells[c];
                var style = cell.IsHeader ? header : body;
                var composer = new LineComposer(style, tone, language);
                var pieces = InlineFlattener.Flatten(cell.Content, InlineState.Plain, () => 0);
                var longest = composer.Compose(pieces, double.MaxValue / 4);
                var whole = longest.Count == 0 ? 0 : longest.Max(l => l.Width);
                var narrowest = composer.LongestUnbreakable(pieces);
                preferred[c] = Math.Max(preferred[c], whole + (2 * padding));
                minimum[c] = Math.Max(minimum[c], Math.Min(whole, narrowest) + (2 * padding));
            }
        }

        var totalPreferred = preferred.Sum();
        if (totalPreferred <= width)
        {
            return preferred.Select(p => p + ((width - totalPreferred) * p / totalPreferred)).ToArray();
        }

        var totalMinimum = minimum.Sum();
        if (totalMinimum >= width)
        {
            return minimum.Select(m => m * width / totalMinimum).ToArray();
        }

        var extra = width - totalMinimum;
        var wish = preferred.Zip(minimum, (p, m) => p - m).ToArray();
        var totalWish = wish.Sum();
        return minimum.Select((m, c) => m + (totalWish <= 0 ? extra / columns : extra * wish[c] / totalWish)).ToArray();
    }

    private void ComposeBox(BoxNode box, double x, double width, ToneColors around)
    {
        var name = box.StyleClass ?? StyleNames.DefaultBox;
        if (!_theme.Boxes.TryGetValue(name, out var style))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"the content uses a box (call-out) named '{name}', which the theme's 'boxes' does not define{DidYouMean.Suggest(name, _theme.Boxes.Keys)}; it has {string.Join(", ", _theme.Boxes.Keys)}", SourceLocation.InFile(_theme.FilePath)));
        }

        // A box on a panel of its own colour would vanish: it takes the light tone there instead.
        var tone = Tone(style.Tone);
        if (!style.ReachesPanelEdges && tone.Background == around.Background && Tone("light").Background != around.Background)
        {
            tone = Tone("light");
        }
        Space(style.SpaceBefore);
        var top = _y;
        var backgroundIndex = _items.Count;
        _y += style.Padding;
        _atTop = true;
        _pendingSpace = 0;
        var inset = style.ReachesPanelEdges ? 0 : style.Padding;
        ComposeBlocks(box.Blocks, x + inset, width - (2 * inset), tone);

        RectItem background;
        if (style.ReachesPanelEdges)
        {
            background = new RectItem(_frame.PanelX, top, _frame.PanelWidth, _frame.PageHeight - top, tone.Background ?? InkColor.White);
        }
        else
        {
            _y += style.Padding;
            background = new RectItem(x, top, width, _y - top, tone.Background ?? InkColor.White);
        }

        LayoutItem[] drawn = style.Border > 0
            ? [background, new StrokeRectItem(background.X, background.Y, background.Width, background.Height, style.Border, tone.Accent)]
            : [background];
        _items.InsertRange(backgroundIndex, [new TagStartItem(StructureRole.Artifact), .. drawn, new TagEndItem(StructureRole.Artifact)]);
        _pendingSpace = style.SpaceAfter;
        _atTop = false;
    }

    // A QR code drawn as vector squares (sharp at any size, CMYK black in print) on a white
    // square with the quiet zone scanners need, tagged as a Figure whose alt text says where it leads.
    private void ComposeQr(QrNode qr, double x)
    {
        Space(_theme.Style(StyleNames.Body).SpaceAfter);
        var modules = QrMatrix.For(qr.Target);
        var size = _theme.Qr.Size;
        var quiet = QrMatrix.QuietZone;
        var module = size / (modules.Count + (2 * quiet));
        var top = _y;
        _items.Add(new TagStartItem(StructureRole.Figure, AltText: qr.Alt) { Box = (x, top, size, size) });
        _items.Add(new RectItem(x, top, size, size, QrLight));
        for (var row = 0; row < modules.Count; row++)
        {
            var column = 0;
            while (column < modules.Count)
            {
                if (!modules[row][column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < modules.Count && modules[row][column])
                {
                    column++;
                }

                _items.Add(new RectItem(x + ((quiet + start) * module), top + ((quiet + row) * module), (column - start) * module, module, QrDark));
            }
        }

        _items.Add(new TagEndItem(StructureRole.Figure));
        _y += size;
        Track(_y, null);
        _pendingSpace = 4;
        _atTop = false;
    }

    private void ComposeDecor(DecorNode decor, double x, double width, ToneColors tone)
    {
        Space(0);
        var shape = OrnamentShape.Of(decor.Kind);
        if (_rtl)
        {
            x += width - shape.Width;
        }

        if (decor.Kind == Ornament.Diamonds)
        {
            const double size = OrnamentShape.DiamondSize;
            var items = Enumerable.Range(0, 3).Select(i => Diamond(x + (size / 2) + (i * size * OrnamentShape.DiamondPitch), _y + (size / 2), size, tone.Accent)).ToList<LayoutItem>();
            _items.Add(new TagStartItem(StructureRole.Artifact));
            _items.AddRange(items);
            _items.Add(new TagEndItem(StructureRole.Artifact));
        }
        else
        {
            AddArtifact(new RectItem(x, _y, shape.Width, shape.Height, tone.Accent));
        }

        _y += shape.Height;
        _pendingSpace = shape.SpaceAfter;

        _atTop = false;
    }

    private void PlaceLines(IReadOnlyList<ComposedLine> lines, TextStyle style, double x, double width, ColumnAlignment alignment = ColumnAlignment.Start) =>
        PlaceLines(lines, style, LineMeasure.Uniform(x, width), alignment);

    private void PlaceLines(IReadOnlyList<ComposedLine> lines, TextStyle style, LineMeasure measure, ColumnAlignment alignment = ColumnAlignment.Start)
    {
        _breaksWords |= lines.Any(l => l.EndsInsideWord);
        var lineHeight = style.Size * style.Leading;
        var underlines = new List<LineItem>();
        LinkTarget? openLink = null;
        string? openLanguage = null;

        void CloseTags()
        {
            if (openLink is not null)
            {
                _items.Add(new TagEndItem(StructureRole.Link));
                openLink = null;
            }

            if (openLanguage is not null)
            {
                _items.Add(new TagEndItem(StructureRole.Span));
                openLanguage = null;
            }
        }

        foreach (var (index, line) in lines.Index())
        {
            var (x, width) = measure.Line(index);
            var top = _y;
            var baseline = top + BaselineOffset(style);

            // In a right-to-left edition the fragments are put in visual order (UAX #9) and the
            // line is set flush right; "start" and "end" alignment swap sides with it.
            var pieces = _rtl ? BidiLine.Arrange(line.Fragments) : line.Fragments.Select((f, i) => (Fragment: f, Place: i, LeftOfStretch: false)).ToList();
            var drawnWidth = _rtl ? pieces.Sum(f => f.Fragment.Width) : line.Width;
            var end = _rtl ? ColumnAlignment.Start : ColumnAlignment.End;
            var start = x + (alignment == ColumnAlignment.Center ? (width - drawnWidth) / 2 : alignment == end ? width - drawnWidth : 0);

            // Positions come from the visual order; the items are written in the logical order, so
            // the structure reads in reading order (the PDF writer draws the line left to right).
            var fragments = new (LineFragment Fragment, double X)[pieces.Count];
            foreach (var i in Enumerable.Range(0, pieces.Count).OrderBy(i => pieces[i].Place))
            {
                fragments[i] = (pieces[i].Fragment, start);
                start += pieces[i].Fragment.Width;
            }

            var textLine = new TextLine(++_lines, _rtl);
            var linkExtents = new List<(LinkTarget Link, double X1, double X2)>();
            for (var i = 0; i < fragments.Length; i++)
            {
                var (fragment, cursor) = fragments[i];
                var link = fragment.State.Link;
                if (openLink?.Id != link?.Id || openLanguage != fragment.State.Language)
                {
                    CloseTags();
                    if (fragment.State.Language is { } language)
                    {
                        _items.Add(new TagStartItem(StructureRole.Span, Language: language));
                        openLanguage = language;
                    }

                    if (link is not null)
                    {
                        _items.Add(new TagStartItem(StructureRole.Link, Title: link.Name));
                        openLink = link;
                    }
                }

                _items.Add(new TextRunItem(cursor, baseline + fragment.BaselineShift, fragment.Width, fragment.Face, fragment.Size, fragment.Color, fragment.Text, fragment.Glyphs)
                {
                    Line = textLine,
                    EndsBrokenLine = line.EndsWithBreak && i == fragments.Length - 1,
                    SpaceLeftOfStretch = pieces[i].LeftOfStretch,
                });
                if (link is not null)
                {
                    var visibleWidth = i == fragments.Length - 1 ? fragment.Face.Measure(fragment.Text.TrimEnd(' '), fragment.Size) : fragment.Width;
                    var nextIsSameLink = i + 1 < fragments.Length && fragments[i + 1].Fragment.State.Link?.Id == link.Id;
                    if (!nextIsSameLink)
                    {
                        visibleWidth = fragment.Face.Measure(fragment.Text.TrimEnd(' '), fragment.Size);
                    }

                    // A trailing space drawn on the run's left (right-to-left text) is not part of what is clicked or underlined.
                    var left = !nextIsSameLink && fragment.Glyphs.RightToLeft ? fragment.Width - visibleWidth : 0;
                    linkExtents.Add((link, cursor + left, cursor + left + visibleWidth));
                    if (!nextIsSameLink)
                    {
                        var extent = linkExtents.Where(e => e.Link.Id == link.Id).ToList();
                        var x1 = extent.Min(e => e.X1);
                        var x2 = extent.Max(e => e.X2);
                        _items.Add(new LinkAreaItem(x1, top, x2 - x1, lineHeight, link.Target, link.Description ?? LinkText(line, link)));
                        if (_theme.UnderlineLinks)
                        {
                            var y = baseline + (style.Size * UnderlineOffset);
                            underlines.Add(new LineItem(x1, y, x2, y, Math.Max(0.5, style.Size * UnderlineThickness), fragment.Color));
                        }
                    }
                }

            }

            // A Link element holds one line's part of a link: one element, one clickable area.
            CloseTags();
            _y += lineHeight;
            Track(_y, line.Fragments.FirstOrDefault()?.State.Source);
        }

        if (underlines.Count > 0)
        {
            _items.Add(new TagStartItem(StructureRole.Artifact));
            _items.AddRange(underlines);
            _items.Add(new TagEndItem(StructureRole.Artifact));
        }

        _atTop = false;
    }

    private static string LinkText(ComposedLine line, LinkTarget link) =>
        string.Concat(line.Fragments.Where(f => f.State.Link?.Id == link.Id).Select(f => f.Text)).Trim();

    private void Track(double bottom, TextOrigin? source)
    {
        _lastLine = (bottom, source ?? _lastLine.Source);
        if (_firstOverflow is null && bottom > _frame.Bottom + 0.05)
        {
            _firstOverflow = _headingAwaitingItsText is null ? _lastLine : (bottom, _headingAwaitingItsText);
        }

        _headingAwaitingItsText = null;
    }

    // The baseline sits where CSS would put it: half the extra leading above the font's ascent.
    private static double BaselineOffset(TextStyle style)
    {
        var face = style.Family.Primary.Select(style.Bold, style.Italic);
        var ascent = face.AscentAt(style.Size);
        var descent = face.DescentAt(style.Size);
        return (((style.Size * style.Leading) - (ascent + descent)) / 2) + ascent;
    }

    // Space between blocks is the larger of the two blocks' wishes, and none at the top of a frame.
    private void Space(double before)
    {
        if (double.IsNaN(_firstSpaceBefore))
        {
            _firstSpaceBefore = before;
        }

        if (!_atTop)
        {
            var gap = Math.Max(before, _pendingSpace);
            if (_depth == 1)
            {
                // Between two of the panel's own blocks: the gap the flow may spread.
                gap *= _gapScale;
                _gaps += gap;
                if (_looseGapPending)
                {
                    gap += _looseGapExtra;
                    _looseGaps++;
                }
            }

            _looseGapPending = false;

            _y += gap;
        }

        _pendingSpace = 0;
    }

    private void AddArtifact(LayoutItem item)
    {
        _items.Add(new TagStartItem(StructureRole.Artifact));
        _items.Add(item);
        _items.Add(new TagEndItem(StructureRole.Artifact));
    }

    private static PolygonItem Diamond(double centerX, double centerY, double size, InkColor color)
    {
        var half = size / 2;
        return new PolygonItem([new(centerX, centerY - half), new(centerX + half, centerY), new(centerX, centerY + half), new(centerX - half, centerY)], color);
    }

    private TextStyle StyleFor(string? styleClass, string fallback)
    {
        var name = styleClass ?? fallback;
        return _theme.Styles.TryGetValue(name, out var style)
            ? style
            : throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"the template uses the class '{name}', which the theme's 'styles' does not define{DidYouMean.Suggest(name, _theme.Styles.Keys)}", SourceLocation.InFile(_theme.FilePath)));
    }

    private ToneColors Tone(string name) =>
        _theme.Tones.TryGetValue(name, out var tone)
            ? tone
            : throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"the template uses the tone '{name}', which the theme's 'tones' does not define", SourceLocation.InFile(_theme.FilePath)));

    private static StructureRole HeadingRole(int level) => level switch
    {
        1 => StructureRole.H1,
        2 => StructureRole.H2,
        3 => StructureRole.H3,
        4 => StructureRole.H4,
        5 => StructureRole.H5,
        _ => StructureRole.H6,
    };
}
