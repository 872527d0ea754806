namespace BrochureGen.Layout;

/// <summary>
/// Chooses where the lines of a paragraph break, over all of its break opportunities at once
/// (total fit, in the manner of Knuth and Plass, for ragged-right text): the fewest lines the
/// width allows, and among those the breaks with the least cost — lines of even length (every
/// line but the last counts, or every line of a heading, which is balanced), no break after a
/// hyphen where another will do, and no last line that is a single word (a runt) or shorter than
/// a fifth of the measure. The weights are named values below and in docs/layouts.md.
/// </summary>
public static class TotalFitBreaker
{
    /// <summary>A line more than the fewest costs more than any arrangement of the fewest: the paragraph never grows to please the eye.</summary>
    public const double ExtraLine = 10_000;

    /// <summary>Raggedness: (slack / width)² × this, per line that counts.</summary>
    public const double Raggedness = 100;

    /// <summary>A last line of one word ("world." alone) in a paragraph of several lines.</summary>
    public const double Runt = 300;

    /// <summary>A last line shorter than a fifth of the width.</summary>
    public const double ShortLastLine = 150;

    /// <summary>A line that ends after a hyphen or a slash inside a word.</summary>
    public const double HyphenBreak = 40;

    /// <summary>A line that ends inside a word of a text written without spaces (Chinese "人|口").</summary>
    public const double InsideWord = 60;

    /// <summary>
    /// The breaks for items of <paramref name="widths"/> (each item's width with the space
    /// that follows it) and <paramref name="contentWidths"/> (without it, as the item stands at
    /// a line's end), a break after item k costing <paramref name="breakCosts"/>[k], each line as
    /// wide as <paramref name="measure"/> says for its place: for each line, the index of the
    /// item after its last. Null when an item is wider than the narrowest line on its own (the
    /// caller breaks inside it).
    /// </summary>
    public static IReadOnlyList<int>? Break(IReadOnlyList<double> widths, IReadOnlyList<double> contentWidths, IReadOnlyList<double> breakCosts, IReadOnlyList<bool> isWord, LineMeasure measure, bool balance)
    {
        var n = widths.Count;
        if (n == 0)
        {
            return [];
        }

        if (contentWidths.Any(w => w > measure.Narrowest + LineMeasure.Tolerance))
        {
            return null;
        }

        // The state is (items set, lines set so far); lines past the narrow ones all have the
        // same width, so the line count is capped there and a uniform measure has one state.
        var states = measure.NarrowLines + 1;
        var best = new double[n + 1, states];
        var from = new (int Item, int Line)[n + 1, states];
        for (var i = 0; i <= n; i++)
        {
            for (var k = 0; k < states; k++)
            {
                best[i, k] = double.PositiveInfinity;
            }
        }

        best[0, 0] = 0;
        for (var i = 1; i <= n; i++)
        {
            for (var k = 0; k < states; k++)
            {
                var width = measure.Line(k).Width;
                var next = Math.Min(k + 1, states - 1);

                // The line holds items j … i-1; the last one's trailing space does not count.
                var before = 0.0;
                for (var j = i - 1; j >= 0; j--)
                {
                    before += j < i - 1 ? widths[j] : 0;
                    var lineWidth = before + contentWidths[i - 1];
                    if (lineWidth > width + LineMeasure.Tolerance)
                    {
                        break;
                    }

                    if (double.IsPositiveInfinity(best[j, k]))
                    {
                        continue;
                    }

                    var cost = best[j, k] + ExtraLine + LineCost(j, i, lineWidth, width, n, isWord, breakCosts, balance);
                    if (cost < best[i, next])
                    {
                        (best[i, next], from[i, next]) = (cost, (j, k));
                    }
                }
            }
        }

        var end = 0;
        for (var k = 1; k < states; k++)
        {
            end = best[n, k] < best[n, end] ? k : end;
        }

        var breaks = new List<int>();
        for (var (i, line) = (n, end); i > 0; (i, line) = from[i, line])
        {
            breaks.Add(i);
        }

        breaks.Reverse();
        return breaks;
    }

    private static double LineCost(int first, int end, double lineWidth, double width, int count, IReadOnlyList<bool> isWord, IReadOnlyList<double> breakCosts, bool balance)
    {
        var last = end == count;
        var slack = (width - lineWidth) / width;
        var cost = !last || balance ? slack * slack * Raggedness : 0;
        if (!last)
        {
            cost += breakCosts[end - 1];
        }

        if (last && first > 0)
        {
            // One word alone: one atom, or in text without spaces (where atoms are characters)
            // atoms joined inside one word, as "死亡。" is one word and its stop.
            var words = 0;
            for (var k = first; k < end; k++)
            {
                if (isWord[k] && (k == first || breakCosts[k - 1] != InsideWord))
                {
                    words++;
                }
            }

            if (words == 1)
            {
                cost += Runt;
            }

            if (lineWidth < width / 5)
            {
                cost += ShortLastLine;
            }
        }

        return cost;
    }
}
