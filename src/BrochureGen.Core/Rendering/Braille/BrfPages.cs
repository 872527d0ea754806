using System.Text;

namespace BrochureGen.Rendering.Braille;

/// <summary>
/// Puts formatted blocks on BRF pages: 40 cells × 25 lines, text on lines 1–24 and the braille
/// page number alone at the right margin of line 25 (BANA's place for it; keeping the line for
/// it means text never has to share it). Every line ends with CR LF, the line end embossers and
/// braille notetakers expect in a BRF; every page, the last too, ends with a form feed after
/// its 25th line, so an embosser starts each braille page on a new sheet even if it counts
/// lines differently.
/// </summary>
public sealed class BrfPages(Func<int, string> pageNumber)
{
    public const int Lines = 25;
    public const int TextLines = Lines - 1;

    /// <summary>The line that opens boxed material: dots 2356 across the page.</summary>
    public static readonly string TopBoxLine = new('7', BrailleLines.Cells);

    /// <summary>The line that closes boxed material: dots 1245 across the page.</summary>
    public static readonly string BottomBoxLine = new('G', BrailleLines.Cells);

    private readonly List<List<string>> _pages = [[]];

    // Headings waiting for the block they must stay with.
    private readonly List<BrailleBlock> _held = [];
    private bool _pendingBlank;

    private List<string> Page => _pages[^1];

    public void Add(BrailleBlock block)
    {
        if (block.Lines.Count == 0)
        {
            return;
        }

        if (block.KeepWithNext)
        {
            _held.Add(block);
            return;
        }

        if (_held.Count > 0)
        {
            // The headings, each with a blank line, and the first line of what follows (after a
            // blank line) must share a page; counted generously, a blank line too many at worst.
            var needed = _held.Sum(h => 1 + h.Lines.Count + (h.BlankAfter ? 1 : 0)) + 2;
            if (Page.Count > 0 && Page.Count + needed > TextLines)
            {
                NewPage();
            }

            _held.ForEach(Place);
            _held.Clear();
        }

        Place(block);
    }

    private void Place(BrailleBlock block)
    {
        // No blank line right after a top box line: the box's first block starts below it.
        var blankBefore = (block.BlankBefore || _pendingBlank) && Page.Count > 0 && Page[^1].Length > 0 && Page[^1] != TopBoxLine;
        if (blankBefore)
        {
            // A blank line as the page's last text line would leave the block no room: the
            // block starts the next page instead (a page never begins with a blank line).
            if (Page.Count >= TextLines - 1)
            {
                NewPage();
            }
            else
            {
                Page.Add(string.Empty);
            }
        }

        foreach (var line in block.Lines)
        {
            if (Page.Count >= TextLines)
            {
                NewPage();
            }

            Page.Add(line.TrimEnd(' '));
        }

        _pendingBlank = block.BlankAfter;
    }

    /// <summary>The BRF file: ASCII braille, CR LF line ends, a form feed after every page.</summary>
    public byte[] ToBrf()
    {
        // Headings with nothing after them (none in a real edition) still appear.
        _held.ForEach(Place);
        _held.Clear();
        var text = new StringBuilder();
        var pages = _pages.Where(p => p.Count > 0).ToList();
        for (var index = 0; index < pages.Count; index++)
        {
            var lines = pages[index];
            // A page never starts or ends with a blank line of its own making.
            while (lines.Count > 0 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            if (lines.Count > TextLines)
            {
                throw new InvalidOperationException($"braille page {index + 1} holds {lines.Count} lines of text; a page has room for {TextLines}");
            }

            for (var line = 0; line < TextLines; line++)
            {
                text.Append(line < lines.Count ? lines[line] : string.Empty).Append("\r\n");
            }

            var number = pageNumber(index + 1);
            text.Append(' ', BrailleLines.Cells - number.Length).Append(number).Append("\r\n\f");
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private void NewPage()
    {
        _pages.Add([]);
        _pendingBlank = false;
    }
}
