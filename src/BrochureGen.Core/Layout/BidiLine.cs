using BrochureGen.Text.Icu;

namespace BrochureGen.Layout;

/// <summary>
/// Puts the fragments of one line of a right-to-left paragraph in visual order with ICU's
/// bidirectional algorithm. Phone numbers, web and e-mail addresses are isolated left to right
/// (LRI … PDI) first, so "1-866-347-2423" inside Arabic stays whole and in its order.
/// </summary>
public static class BidiLine
{
    private const char LeftToRightIsolate = '\u2066';
    private const char PopDirectionalIsolate = '\u2069';

    // A left-to-right part of a right-to-left line ("50% ") has its trailing space on its left,
    // where the next word (to its left) begins.
    private static LineFragment SpacesToTheLeft(LineFragment fragment)
    {
        var glyphs = fragment.Glyphs;
        if (glyphs.RightToLeft || !fragment.Text.EndsWith(' '))
        {
            return fragment;
        }

        var firstSpace = fragment.Text.TrimEnd(' ').Length;
        var spaces = glyphs.Glyphs.Where(g => g.Cluster >= firstSpace).ToList();
        return fragment with { Glyphs = glyphs with { Glyphs = [.. spaces, .. glyphs.Glyphs.Where(g => g.Cluster < firstSpace)] } };
    }

    /// <summary>The fragments in visual order (left to right), each with its index in the logical order.</summary>
    public static IReadOnlyList<(int Index, LineFragment Fragment)> VisualOrder(IReadOnlyList<LineFragment> fragments)
    {
        if (fragments.Count < 2)
        {
            return fragments.Select((f, i) => (i, SpacesToTheLeft(f))).ToList();
        }

        var text = new System.Text.StringBuilder();
        var starts = new int[fragments.Count];
        for (var i = 0; i < fragments.Count; i++)
        {
            var isolate = fragments[i].State.Link is { Target: var target } && !target.StartsWith('#');
            if (isolate)
            {
                text.Append(LeftToRightIsolate);
            }

            starts[i] = text.Length;
            text.Append(fragments[i].Text);
            if (isolate)
            {
                text.Append(PopDirectionalIsolate);
            }
        }

        var ordered = new List<(int Index, LineFragment Fragment)>(fragments.Count);
        var placed = new bool[fragments.Count];
        foreach (var run in Bidi.VisualRuns(text.ToString(), 1))
        {
            var inRun = Enumerable.Range(0, fragments.Count).Where(i => !placed[i] && starts[i] >= run.Start && starts[i] < run.Start + run.Length).ToList();
            if (run.RightToLeft)
            {
                inRun.Reverse();
            }

            foreach (var i in inRun)
            {
                placed[i] = true;
                ordered.Add((i, SpacesToTheLeft(fragments[i])));
            }
        }

        // Anything the runs did not place (cannot happen with well-formed runs) keeps its place at the end.
        ordered.AddRange(Enumerable.Range(0, fragments.Count).Where(i => !placed[i]).Select(i => (i, fragments[i])));
        return ordered;
    }
}
