using System.Globalization;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

/// <summary>
/// Places the blocks of one panel in its frame, top to bottom, and emits positioned items
/// with tag markers. Knows nothing of PDF or PNG.
/// </summary>
public sealed class PanelComposer
{
    private const double UnderlineOffset = 0.14;
    private const double UnderlineThickness = 0.065;

    // A bullet drawn at the text size looks timid next to the words; a little larger reads as a marker.
    private const double BulletScale = 1.25;

    private readonly BrochureTheme _theme;
    private readonly PanelFrame _frame;
    private readonly Func<int> _nextLinkId;
    private readonly ImageResolver _images;
    private readonly Queue<double> _fillHeights;
    private readonly List<LayoutItem> _items = [];
    private double _y;
    private double _pendingSpace;
    private bool _atTop = true;
    private (double Bottom, ContentText? Source) _lastLine;
    private (double Bottom, ContentText? Source)? _firstOverflow;
    private ContentText? _headingAwaitingItsText;

    private PanelComposer(BrochureTheme theme, PanelFrame frame, Func<int> nextLinkId, ImageResolver images, IEnumerable<double> fillHeights)
    {
        _theme = theme;
        _images = images;
        _frame = frame;
        _nextLinkId = nextLinkId;
        _fillHeights = new Queue<double>(fillHeights);
        _y = frame.Top;
    }

    /// <summary>Lays out a panel; flexible space (<c>&lt;fill/&gt;</c>) shares what is left of the frame.</summary>
    /// <summary>
    /// Lays out a panel. When the text does not fit, the panel is tightened step by step within
    /// the theme's limits (less space between blocks, then smaller text, never below the minimum
    /// body size); flexible space (<c>&lt;fill/&gt;</c>) shares what is left of the frame.
    /// </summary>
    public static LaidOutPanel Compose(PanelNode panel, BrochureTheme theme, PanelFrame frame, string locale, Func<int> nextLinkId, ImageResolver images)
    {
        var fills = panel.Blocks.OfType<FillNode>().Count();
        PanelComposer? measured = null;
        FitLevel? level = null;
        foreach (var candidate in ThemeFitting.Levels(theme))
        {
            level = candidate;
            measured = new PanelComposer(ThemeFitting.Tighten(theme, candidate), frame, nextLinkId, images, Enumerable.Repeat(0.0, fills));
            measured.ComposePanel(panel);
            if (measured._y - frame.Bottom <= 0.05)
            {
                break;
            }
        }

        var overflow = measured!._y - frame.Bottom;
        if (overflow > 0.05)
        {
            throw new BrochureException(OverflowDiagnostic(panel.Slot, locale, overflow, frame, measured._firstOverflow?.Source, level!, theme));
        }

        var adjustment = level!.IsNone ? null : new LayoutAdjustment(panel.Slot, level.Describe(theme));
        if (fills == 0)
        {
            return measured.Result(panel.Slot, adjustment);
        }

        var share = -overflow / fills;
        var final = new PanelComposer(ThemeFitting.Tighten(theme, level), frame, nextLinkId, images, Enumerable.Repeat(share, fills));
        final.ComposePanel(panel);
        return final.Result(panel.Slot, adjustment);
    }

    private static Diagnostic OverflowDiagnostic(string slot, string locale, double overflow, PanelFrame frame, ContentText? source, FitLevel tightest, BrochureTheme theme)
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

    private LaidOutPanel Result(string slot, LayoutAdjustment? adjustment) => new(slot, _frame.PanelX, _frame.PanelWidth, _frame.PageHeight, _items, adjustment);

    private void ComposePanel(PanelNode panel)
    {
        var tone = Tone(panel.Tone);
        _items.Add(new TagStartItem(StructureRole.Section));
        if (tone.Background is { } background && background.Screen != RgbColor.White)
        {
            AddArtifact(new RectItem(_frame.PanelX, 0, _frame.PanelWidth, _frame.PageHeight, background));
        }

        ComposeBlocks(panel.Blocks, _frame.Left, _frame.Width, tone);
        _items.Add(new TagEndItem(StructureRole.Section));
    }

    private void ComposeBlocks(IEnumerable<BlockNode> blocks, double x, double width, ToneColors tone)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingNode heading:
                    var headingStyle = StyleFor(heading.StyleClass, $"h{heading.Level}");
                    ComposeText(heading.Content, headingStyle, tone, x, width, HeadingRole(heading.Level));
                    break;
                case ParagraphNode paragraph:
                    ComposeText(paragraph.Content, StyleFor(paragraph.StyleClass, "body"), tone, x, width, StructureRole.Paragraph);
                    break;
                case ListNode list:
                    var listStyle = _theme.Style("list-item");
                    Space(listStyle.SpaceBefore);
                    ComposeList(list, x, width, tone, depth: 0);
                    _pendingSpace = Math.Max(_theme.Style("body").SpaceAfter, listStyle.SpaceAfter);
                    break;
                case BoxNode box:
                    ComposeBox(box, x, width);
                    break;
                case FigureNode figure:
                    ComposeFigure(figure, x, width);
                    break;
                case DecorNode decor:
                    ComposeDecor(decor, x, tone);
                    break;
                case FillNode:
                    _y += _fillHeights.Count > 0 ? _fillHeights.Dequeue() : 0;
                    break;
            }
        }
    }

    private void ComposeText(IReadOnlyList<InlineElement> content, TextStyle style, ToneColors tone, double x, double width, StructureRole role)
    {
        Space(style.SpaceBefore);
        var pieces = InlineFlattener.Flatten(content, InlineState.Plain, _nextLinkId);
        var lines = new LineComposer(style, tone).Compose(pieces, width);
        _items.Add(new TagStartItem(role));
        PlaceLines(lines, style, x);
        _items.Add(new TagEndItem(role));
        _pendingSpace = style.SpaceAfter;

        // A heading stays with what follows: if the next line does not fit, the heading is
        // where the panel stops fitting.
        if (role is >= StructureRole.H1 and <= StructureRole.H6)
        {
            _headingAwaitingItsText = pieces.FirstOrDefault()?.State.Source;
        }
    }

    private void ComposeList(ListNode list, double x, double width, ToneColors tone, int depth)
    {
        var style = _theme.Style("list-item");
        var indent = _theme.List.Indent;
        _items.Add(new TagStartItem(StructureRole.List));
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            if (i > 0)
            {
                _y += _theme.List.ItemSpacing;
            }

            _items.Add(new TagStartItem(StructureRole.ListItem));
            var pieces = InlineFlattener.Flatten(item.Content, InlineState.Plain, _nextLinkId);
            var lines = new LineComposer(style, tone).Compose(pieces, width - indent);
            var firstBaseline = _y + BaselineOffset(style);
            var bullet = depth == 0 ? _theme.List.Bullet : _theme.List.NestedBullet;
            var bulletFace = style.Family.Primary.Bold;
            LineComposer.CheckGlyphs(new StyledText(bullet, InlineState.Plain), [bulletFace]);
            _items.Add(new TagStartItem(StructureRole.Label));
            var bulletSize = style.Size * BulletScale;
            _items.Add(new TextRunItem(x, firstBaseline, bulletFace.Measure(bullet, bulletSize), bulletFace, bulletSize, tone.Accent, bullet));
            _items.Add(new TagEndItem(StructureRole.Label));
            _items.Add(new TagStartItem(StructureRole.ListBody));
            PlaceLines(lines, style, x + indent);
            if (item.Nested is { } nested)
            {
                _y += _theme.List.ItemSpacing;
                ComposeList(nested, x + indent, width - indent, tone, depth + 1);
            }

            _items.Add(new TagEndItem(StructureRole.ListBody));
            _items.Add(new TagEndItem(StructureRole.ListItem));
        }

        _items.Add(new TagEndItem(StructureRole.List));
        _atTop = false;
    }

    private void ComposeBox(BoxNode box, double x, double width)
    {
        var name = box.StyleClass ?? "default";
        if (!_theme.Boxes.TryGetValue(name, out var style))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"the template uses box class '{name}', which the theme's 'boxes' does not define", SourceLocation.InFile(_theme.FilePath)));
        }

        var tone = Tone(style.Tone);
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

        _items.InsertRange(backgroundIndex, [new TagStartItem(StructureRole.Artifact), background, new TagEndItem(StructureRole.Artifact)]);
        _pendingSpace = style.SpaceAfter;
        _atTop = false;
    }

    private void ComposeFigure(FigureNode figure, double x, double width)
    {
        Space(_theme.Style("body").SpaceAfter);
        var scale = Math.Min(1, width / figure.Width);
        var (w, h) = (figure.Width * scale, figure.Height * scale);
        _items.Add(new TagStartItem(StructureRole.Figure, AltText: figure.Alt));
        _items.Add(new ImageItem(x, _y, w, h, _images.Resolve(figure.Source, figure.Location)));
        _items.Add(new TagEndItem(StructureRole.Figure));
        Track(_y + h, null);
        _y += h;
        _pendingSpace = _theme.Style("body").SpaceAfter;
    }

    private void ComposeDecor(DecorNode decor, double x, ToneColors tone)
    {
        Space(0);
        switch (decor.Kind)
        {
            case "rule":
                AddArtifact(new RectItem(x, _y, 44, 4, tone.Accent));
                _y += 4;
                _pendingSpace = 14;
                break;
            case "diamonds":
                var size = 9.0;
                var items = Enumerable.Range(0, 3).Select(i => Diamond(x + (size / 2) + (i * size * 1.45), _y + (size / 2), size, tone.Accent)).ToList<LayoutItem>();
                _items.Add(new TagStartItem(StructureRole.Artifact));
                _items.AddRange(items);
                _items.Add(new TagEndItem(StructureRole.Artifact));
                _y += size;
                _pendingSpace = 18;
                break;
            default:
                throw new BrochureException(Diagnostic.Error(DiagnosticCodes.MarkupStructure, $"unknown decor kind '{decor.Kind}'; kinds are rule and diamonds", SourceLocation.InFile(_theme.FilePath)));
        }

        _atTop = false;
    }

    private void PlaceLines(IReadOnlyList<ComposedLine> lines, TextStyle style, double x)
    {
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

        foreach (var line in lines)
        {
            var top = _y;
            var baseline = top + BaselineOffset(style);
            var cursor = x;
            var linkExtents = new List<(LinkTarget Link, double X1, double X2)>();
            for (var i = 0; i < line.Fragments.Count; i++)
            {
                var fragment = line.Fragments[i];
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
                        _items.Add(new TagStartItem(StructureRole.Link, Title: link.Description));
                        openLink = link;
                    }
                }

                _items.Add(new TextRunItem(cursor, baseline + fragment.BaselineShift, fragment.Width, fragment.Face, fragment.Size, fragment.Color, fragment.Text));
                if (link is not null)
                {
                    var visibleWidth = i == line.Fragments.Count - 1 ? fragment.Face.Measure(fragment.Text.TrimEnd(' '), fragment.Size) : fragment.Width;
                    var nextIsSameLink = i + 1 < line.Fragments.Count && line.Fragments[i + 1].State.Link?.Id == link.Id;
                    if (!nextIsSameLink)
                    {
                        visibleWidth = fragment.Face.Measure(fragment.Text.TrimEnd(' '), fragment.Size);
                    }

                    linkExtents.Add((link, cursor, cursor + visibleWidth));
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

                cursor += fragment.Width;
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

    private void Track(double bottom, ContentText? source)
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
        var face = style.Family.Primary.Select(style.Bold, false);
        var ascent = face.AscentAt(style.Size);
        var descent = face.DescentAt(style.Size);
        return (((style.Size * style.Leading) - (ascent + descent)) / 2) + ascent;
    }

    // Space between blocks is the larger of the two blocks' wishes, and none at the top of a frame.
    private void Space(double before)
    {
        if (!_atTop)
        {
            _y += Math.Max(before, _pendingSpace);
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
            : throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"the template uses the class '{name}', which the theme's 'styles' does not define", SourceLocation.InFile(_theme.FilePath)));
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
