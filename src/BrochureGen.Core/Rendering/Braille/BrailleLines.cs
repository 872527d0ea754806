namespace BrochureGen.Rendering.Braille;

/// <summary>
/// Breaks a row of ASCII braille into lines of a braille page after BANA's Braille Formats:
/// lines break at blank cells (braille word boundaries); a word longer than a line is divided
/// with the code's continuation sign at the end of the line, never right after a prefix cell
/// (an indicator that belongs to the cell after it).
/// </summary>
public static class BrailleLines
{
    public const int Cells = 40;

    /// <summary>The deepest indent, in blank cells, a line may start after.</summary>
    public const int MostIndent = Cells - 10;

    // UEB prefixes (Rules of UEB §1.2.5): dots 3456 and the cells made only of dots 4, 5, 6.
    // A division after one would separate an indicator from the sign it modifies.
    private const string PrefixCells = "#@^_\".;,";

    // Print signs a long address is best divided after: the slash, the full stop and the hyphen.
    private const string PreferredBreaksAfter = "/4-";

    /// <summary>
    /// The lines of <paramref name="cells"/>, the first starting after <paramref name="firstIndent"/>
    /// blank cells and the others after <paramref name="runoverIndent"/> (BANA's "3-1" paragraph is 2 and 0).
    /// </summary>
    public static List<string> Wrap(string cells, int firstIndent, int runoverIndent, string continuation)
    {
        // Deeply nested lists would indent past the line; from cell 31 on every line keeps
        // ten cells, so a word can always be divided and wrapping always moves on.
        firstIndent = Math.Min(firstIndent, MostIndent);
        runoverIndent = Math.Min(runoverIndent, MostIndent);
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        var indent = firstIndent;
        line.Append(' ', indent);
        var lineHasWord = false;
        foreach (var word in cells.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 0)
            {
                var room = Cells - line.Length - (lineHasWord ? 1 : 0);
                if (rest.Length <= room)
                {
                    if (lineHasWord)
                    {
                        line.Append(' ');
                    }

                    line.Append(rest);
                    lineHasWord = true;
                    rest = string.Empty;
                }
                else if (lineHasWord && rest.Length <= Cells - runoverIndent)
                {
                    // The word fits on a line of its own: start the next line with it.
                    lines.Add(line.ToString());
                    line.Clear().Append(' ', indent = runoverIndent);
                    lineHasWord = false;
                }
                else
                {
                    // Longer than any line: divide it, continuation sign at the end of this line.
                    var cut = DivisionPoint(rest, room - continuation.Length);
                    if (cut <= 0)
                    {
                        lines.Add(line.ToString());
                        line.Clear().Append(' ', indent = runoverIndent);
                        lineHasWord = false;
                        continue;
                    }

                    if (lineHasWord)
                    {
                        line.Append(' ');
                    }

                    line.Append(rest, 0, cut).Append(continuation);
                    lines.Add(line.ToString());
                    line.Clear().Append(' ', indent = runoverIndent);
                    lineHasWord = false;
                    rest = rest[cut..];
                }
            }
        }

        if (lineHasWord)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Lines of at most <paramref name="width"/> cells, each centred on the 40-cell line.</summary>
    public static List<string> Centre(string cells, int width, string continuation) =>
        Wrap(cells, Cells - width, Cells - width, continuation)
            .Select(line => line.Trim(' '))
            .Select(line => new string(' ', (Cells - line.Length) / 2) + line)
            .ToList();

    // Where to divide a word that is too long, at most `limit` cells in: after a slash, full stop
    // or hyphen near the end when there is one, never after a prefix cell.
    private static int DivisionPoint(string word, int limit)
    {
        if (limit < 1)
        {
            return 0;
        }

        for (var cut = limit; cut >= Math.Max(1, limit - 10); cut--)
        {
            if (PreferredBreaksAfter.Contains(word[cut - 1], StringComparison.Ordinal) && !PrefixCells.Contains(word[cut - 1], StringComparison.Ordinal))
            {
                return cut;
            }
        }

        for (var cut = limit; cut >= 1; cut--)
        {
            if (!PrefixCells.Contains(word[cut - 1], StringComparison.Ordinal))
            {
                return cut;
            }
        }

        return limit;
    }
}
