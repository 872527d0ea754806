using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// Paragraphs and headings: the inline phases run in turn (collect, shape and break through
/// <see cref="LineComposer"/>, place through <see cref="LinePlacer"/>); while measuring, the
/// places a paragraph may be split between panels are recorded.
/// </summary>
internal static class TextBlockComposer
{
    /// <summary>A paragraph (or a list item) split between panels keeps this many lines on each side: never one line alone at a panel's foot or head.</summary>
    public const int LeastLinesOnEachSide = 2;

    // Display text that does not fit its column is set smaller in steps of this many points.
    private const double DisplaySizeStep = 0.5;

    public static void Place(PanelContext context, IReadOnlyList<InlineElement> content, TextStyle style, ToneColors tone, double x, double width, StructureRole role, int from, int to, bool recordBreaks) =>
        Place(context, content, style, tone, LineMeasure.Uniform(x, width), role, from, to, recordBreaks);

    public static void Place(PanelContext context, IReadOnlyList<InlineElement> content, TextStyle style, ToneColors tone, LineMeasure measure, StructureRole role, int from, int to, bool recordBreaks)
    {
        context.Space(style.SpaceBefore);
        var pieces = InlineFlattener.Flatten(content, InlineState.Plain, context.NextLinkId);
        // A heading's lines are balanced: "What can be done to help / a victim?", never a lone word below.
        var heading = role is StructureRole.H1 or StructureRole.H2 or StructureRole.H3 or StructureRole.H4 or StructureRole.H5 or StructureRole.H6;
        style = DisplaySizeThatFits(context, pieces, style, tone, measure.Narrowest);
        var lines = new LineComposer(style, tone, context.Language).Compose(pieces, measure, balance: heading);
        var shown = lines.Skip(from).Take(Math.Max(0, Math.Min(to, lines.Count) - from)).ToList();
        context.Items.Add(new TagStartItem(role));
        var top = context.Y;
        LinePlacer.Place(context, shown, style, measure.After(from));
        context.Items.Add(new TagEndItem(role));
        context.PendingSpace = style.SpaceAfter;

        // A paragraph may be split between panels, but never so that one line stands alone
        // at the foot of one panel or the head of the next.
        if (recordBreaks && context.Breaks is not null && role == StructureRole.Paragraph)
        {
            var lineHeight = style.Size * style.Leading;
            for (var k = LeastLinesOnEachSide; k <= lines.Count - LeastLinesOnEachSide; k++)
            {
                var end = top + (k * lineHeight);
                context.Breaks.Add(new BreakPoint(k, end, end));
            }
        }

        // A heading stays with what follows: if the next line does not fit, the heading is
        // where the panel stops fitting.
        if (role is >= StructureRole.H1 and <= StructureRole.H6)
        {
            context.HeadingAwaitingItsText = pieces.FirstOrDefault()?.State.Source;
        }
    }

    // Text set larger than the body (a title, a hotline number on the cover) is never broken
    // inside a word or a number to fit its column: "1-888-373-|7888" would misdial. It is set
    // smaller instead, in half-point steps down to the body's size; only below that may a word
    // break (the line composer's last resort, as for a long address in the body).
    private static TextStyle DisplaySizeThatFits(PanelContext context, IReadOnlyList<StyledText> pieces, TextStyle style, ToneColors tone, double width)
    {
        var body = context.Theme.Style(StyleNames.Body).Size;
        var widest = new LineComposer(style, tone, context.Language).WidestAtom(pieces);
        if (style.Size <= body || widest <= width + LineMeasure.Tolerance)
        {
            return style;
        }

        var size = Math.Max(body, Math.Floor(style.Size * width / widest / DisplaySizeStep) * DisplaySizeStep);
        while (size > body && new LineComposer(style with { Size = size }, tone, context.Language).WidestAtom(pieces) > width + LineMeasure.Tolerance)
        {
            size -= DisplaySizeStep;
        }

        // As a word broken between characters, this says the size asked for does not fit: the
        // spreading steps stop before it.
        context.BreaksWords = true;
        context.Report(new WordWiderThanLine(width));
        return style with { Size = Math.Max(body, size) };
    }

    public static StructureRole HeadingRole(int level) => level switch
    {
        1 => StructureRole.H1,
        2 => StructureRole.H2,
        3 => StructureRole.H3,
        4 => StructureRole.H4,
        5 => StructureRole.H5,
        _ => StructureRole.H6,
    };
}
