using System.Text;

namespace BrochureGen.Tests.Support;

/// <summary>
/// A BRF file read back as pages of lines: pages end with a form feed, lines with CR LF. Reads
/// the bytes as they are, so a stray LF or an over-long line shows in the assertions.
/// </summary>
public sealed class BrfFile
{
    public BrfFile(byte[] bytes)
    {
        Bytes = bytes;
        Text = Encoding.Latin1.GetString(bytes);
        var pages = Text.Split('\f');
        Assert.True(pages[^1].Length == 0, "the file must end with a form feed");
        Pages = pages[..^1].Select(page =>
        {
            Assert.True(page.EndsWith("\r\n", StringComparison.Ordinal), "every line, the page's last too, must end with CR LF");
            return (IReadOnlyList<string>)page[..^2].Split("\r\n");
        }).ToList();
    }

    public byte[] Bytes { get; }

    public string Text { get; }

    public IReadOnlyList<IReadOnlyList<string>> Pages { get; }

    /// <summary>Lines 1–24 of every page (the text; line 25 holds the page number), blank lines left out.</summary>
    public IEnumerable<string> TextLines => Pages.SelectMany(page => page.Take(24)).Where(line => line.Trim().Length > 0);

    /// <summary>
    /// The text lines as the print would run: a line ending in UEB's line continuation
    /// indicator (dot 5, ASCII <c>"</c>) is joined to the next without it.
    /// </summary>
    public string JoinedText(string continuation = "\"")
    {
        var joined = new StringBuilder();
        foreach (var line in TextLines.Select(l => l.Trim(' ')))
        {
            if (joined.Length > 0 && joined[^1] == '\u0001')
            {
                joined.Length--;
            }
            else if (joined.Length > 0)
            {
                joined.Append('\n');
            }

            joined.Append(line.EndsWith(continuation, StringComparison.Ordinal) ? line[..^continuation.Length] + '\u0001' : line);
        }

        return joined.ToString();
    }
}
