using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// Place, the last phase of inline layout (collect → shape → break → place): broken lines become
/// positioned text runs at the context's cursor, in visual order for right-to-left lines
/// (<see cref="BidiLine"/>), with the Span and Link tags around them, each link's clickable area
/// and its underline.
/// </summary>
internal static class LinePlacer
{
    // A link's underline, in text sizes: how far below the baseline and how thick (never thinner than half a point, so it prints).
    private const double UnderlineOffset = 0.14;
    private const double UnderlineThickness = 0.065;
    private const double ThinnestUnderline = 0.5;

    public static void Place(PanelContext context, IReadOnlyList<ComposedLine> lines, TextStyle style, double x, double width, ColumnAlignment alignment = ColumnAlignment.Start) =>
        Place(context, lines, style, LineMeasure.Uniform(x, width), alignment);

    public static void Place(PanelContext context, IReadOnlyList<ComposedLine> lines, TextStyle style, LineMeasure measure, ColumnAlignment alignment = ColumnAlignment.Start)
    {
        if (lines.Any(l => l.EndsInsideWord))
        {
            context.BreaksWords = true;
            context.Report(new WordWiderThanLine(measure.Narrowest));
        }
        var lineHeight = style.Size * style.Leading;
        var underlines = new List<LineItem>();
        LinkTarget? openLink = null;
        string? openLanguage = null;

        void CloseTags()
        {
            if (openLink is not null)
            {
                context.Items.Add(new TagEndItem(StructureRole.Link));
                openLink = null;
            }

            if (openLanguage is not null)
            {
                context.Items.Add(new TagEndItem(StructureRole.Span));
                openLanguage = null;
            }
        }

        foreach (var (index, line) in lines.Index())
        {
            var (x, width) = measure.Line(index);
            var top = context.Y;
            var baseline = top + LinePlacer.BaselineOffset(style);

            // In a right-to-left edition the fragments are put in visual order (UAX #9) and the
            // line is set flush right; "start" and "end" alignment swap sides with it.
            var pieces = context.RightToLeft ? BidiLine.Arrange(line.Fragments) : line.Fragments.Select((f, i) => (Fragment: f, Place: i, LeftOfStretch: false)).ToList();
            var drawnWidth = context.RightToLeft ? pieces.Sum(f => f.Fragment.Width) : line.Width;
            var end = context.RightToLeft ? ColumnAlignment.Start : ColumnAlignment.End;
            var start = x + (alignment == ColumnAlignment.Center ? (width - drawnWidth) / 2 : alignment == end ? width - drawnWidth : 0);

            // Positions come from the visual order; the items are written in the logical order, so
            // the structure reads in reading order (the PDF writer draws the line left to right).
            var fragments = new (LineFragment Fragment, double X)[pieces.Count];
            foreach (var i in Enumerable.Range(0, pieces.Count).OrderBy(i => pieces[i].Place))
            {
                fragments[i] = (pieces[i].Fragment, start);
                start += pieces[i].Fragment.Width;
            }

            var textLine = new TextLine(context.NextLine(), context.RightToLeft);
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
                        context.Items.Add(new TagStartItem(StructureRole.Span, Language: language));
                        openLanguage = language;
                    }

                    if (link is not null)
                    {
                        context.Items.Add(new TagStartItem(StructureRole.Link, Title: link.Name));
                        openLink = link;
                    }
                }

                context.Items.Add(new TextRunItem(cursor, baseline + fragment.BaselineShift, fragment.Width, fragment.Face, fragment.Size, fragment.Color, fragment.Text, fragment.Glyphs)
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
                        context.Items.Add(new LinkAreaItem(x1, top, x2 - x1, lineHeight, link.Target, link.Description));
                        if (context.Theme.UnderlineLinks)
                        {
                            var y = baseline + (style.Size * UnderlineOffset);
                            underlines.Add(new LineItem(x1, y, x2, y, Math.Max(ThinnestUnderline, style.Size * UnderlineThickness), fragment.Color));
                        }
                    }
                }

            }

            // A Link element holds one line's part of a link: one element, one clickable area.
            CloseTags();
            context.Y += lineHeight;
            context.Track(context.Y, line.Fragments.FirstOrDefault()?.State.Source);
        }

        if (underlines.Count > 0)
        {
            context.Items.Add(new TagStartItem(StructureRole.Artifact));
            context.Items.AddRange(underlines);
            context.Items.Add(new TagEndItem(StructureRole.Artifact));
        }

        context.AtTop = false;
    }

    // The baseline sits where CSS would put it: half the extra leading above the font's ascent.
    public static double BaselineOffset(TextStyle style)
    {
        var face = style.Family.Primary.Select(style.Bold, style.Italic);
        var ascent = face.AscentAt(style.Size);
        var descent = face.DescentAt(style.Size);
        return (((style.Size * style.Leading) - (ascent + descent)) / 2) + ascent;
    }
}
