using BrochureGen.Document;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

/// <summary>How wide each column of a table is set.</summary>
internal static class TableColumns
{
    /// <summary>
    /// Columns get at least their longest word and share the rest by how much text they hold;
    /// together they are never wider than the panel (a word longer than its column is broken, and
    /// <paramref name="narrowest"/>, the columns' least width together, says by how much).
    /// </summary>
    public static double[] Widths(TableNode table, double width, double padding, TextStyle body, TextStyle header, ToneColors tone, string language, out double narrowest)
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
                var unbreakable = composer.LongestUnbreakable(pieces);
                preferred[c] = Math.Max(preferred[c], whole + (2 * padding));
                minimum[c] = Math.Max(minimum[c], Math.Min(whole, unbreakable) + (2 * padding));
            }
        }

        narrowest = minimum.Sum();
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
}
