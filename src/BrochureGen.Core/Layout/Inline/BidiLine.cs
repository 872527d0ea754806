using BrochureGen.Text.Icu;

namespace BrochureGen.Layout;

/// <summary>
/// Puts the fragments of one line of a right-to-left paragraph in visual order with ICU's
/// bidirectional algorithm. Phone numbers, web and e-mail addresses are isolated left to right
/// (LRI … PDI) first, so "1-866-347-2423" inside Arabic stays whole and in its order. The
/// spaces at either end of a fragment become fragments of their own first, so the
/// algorithm puts each where it belongs: between two words of a left-to-right stretch ("Hudson
/// Street 24") a space stays where it is; the one that ends the stretch goes to its left, where
/// the next right-to-left word begins.
/// </summary>
public static class BidiLine
{
    private const char LeftToRightIsolate = '\u2066';
    private const char PopDirectionalIsolate = '\u2069';

    /// <summary>
    /// The line's pieces in reading order — its fragments, with the spaces at their ends split
    /// off — each with its place from the left (0, 1, …) and
    /// whether it is a space that stands on the left of a left-to-right stretch.
    /// </summary>
    public static IReadOnlyList<(LineFragment Fragment, int Place, bool LeftOfStretch)> Arrange(IReadOnlyList<LineFragment> fragments)
    {
        var pieces = fragments.SelectMany(SplitEdgeSpaces).ToList();
        var text = new System.Text.StringBuilder();
        var starts = new int[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            var isolate = pieces[i].State.Link is { Target: var target } && !target.StartsWith('#');
            if (isolate)
            {
                text.Append(LeftToRightIsolate);
            }

            starts[i] = text.Length;
            text.Append(pieces[i].Text);
            if (isolate)
            {
                text.Append(PopDirectionalIsolate);
            }
        }

        var visual = new List<int>(pieces.Count);
        var placed = new bool[pieces.Count];
        foreach (var run in Bidi.VisualRuns(text.ToString(), 1))
        {
            var inRun = Enumerable.Range(0, pieces.Count).Where(i => !placed[i] && starts[i] >= run.Start && starts[i] < run.Start + run.Length).ToList();
            if (run.RightToLeft)
            {
                inRun.Reverse();
            }

            foreach (var i in inRun)
            {
                placed[i] = true;
                visual.Add(i);
            }
        }

        // Anything the runs did not place (cannot happen with well-formed runs) keeps its place at the end.
        visual.AddRange(Enumerable.Range(0, pieces.Count).Where(i => !placed[i]));
        var place = new int[pieces.Count];
        for (var p = 0; p < visual.Count; p++)
        {
            place[visual[p]] = p;
        }

        // A space with left-to-right text on its right: the stretch's own space, drawn on its left.
        return pieces.Select((piece, i) =>
        {
            var right = place[i] + 1 < visual.Count ? pieces[visual[place[i] + 1]] : null;
            var leftOfStretch = IsSpace(piece) && right is { Glyphs.RightToLeft: false } && !IsSpace(right);
            return (piece, place[i], leftOfStretch);
        }).ToList();
    }

    private static bool IsSpace(LineFragment fragment) => fragment.Text.Length > 0 && fragment.Text.Trim().Length == 0;

    // "24 " → "24" and " "; " گزارش" → " " and "گزارش": a space at either end of a fragment is a
    // neutral of its own for the algorithm, so it lands between the two runs it separates rather
    // than at the far end of one of them. It keeps the fragment's look but not its link (a link is
    // underlined and clicked only where its text is).
    private static IEnumerable<LineFragment> SplitEdgeSpaces(LineFragment fragment)
    {
        var text = fragment.Text;
        var end = text.TrimEnd(' ').Length;
        var start = end == 0 ? 0 : text.Length - text.TrimStart(' ').Length;
        if (end == 0 || (start == 0 && end == text.Length))
        {
            yield return fragment;
            yield break;
        }

        if (start > 0)
        {
            yield return Slice(fragment, 0, start, keepLink: false);
        }

        yield return Slice(fragment, start, end, keepLink: true);
        if (end < text.Length)
        {
            yield return Slice(fragment, end, text.Length, keepLink: false);
        }
    }

    private static LineFragment Slice(LineFragment fragment, int from, int to, bool keepLink)
    {
        var glyphs = fragment.Glyphs;
        var text = fragment.Text[from..to];
        return fragment with
        {
            Text = text,
            State = keepLink ? fragment.State : fragment.State with { Link = null },
            Glyphs = glyphs with
            {
                Text = text,
                Glyphs = glyphs.Glyphs.Where(g => g.Cluster >= from && g.Cluster < to).Select(g => g with { Cluster = g.Cluster - from }).ToArray(),
            },
        };
    }
}
