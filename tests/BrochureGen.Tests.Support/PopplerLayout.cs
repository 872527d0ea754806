using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace BrochureGen.Tests.Support;

/// <summary>A word poppler found on a page, with its box (points from the page's top left).</summary>
public sealed record PopplerWord(string Text, double Left, double Top, double Right, double Bottom);

/// <summary>A line of words as poppler groups them.</summary>
public sealed record PopplerLine(IReadOnlyList<PopplerWord> Words)
{
    public double Top => Words.Min(w => w.Top);

    public double Bottom => Words.Max(w => w.Bottom);

    public double Left => Words.Min(w => w.Left);

    public double Right => Words.Max(w => w.Right);

    /// <summary>The height of the line's boxes: the text's size, as a reader sees it.</summary>
    public double Height => Words.Max(w => w.Bottom - w.Top);

    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>A block of lines (poppler's guess at a paragraph).</summary>
public sealed record PopplerBlock(IReadOnlyList<PopplerLine> Lines)
{
    public double Left => Lines.Min(l => l.Left);

    public double Right => Lines.Max(l => l.Right);
}

/// <summary>
/// A PDF's text as poppler's <c>pdftotext -bbox-layout</c> reads it: pages of blocks of lines
/// of words, with their boxes. Composition tests measure panels with it, so that what they
/// check is what a reader's engine sees, not the layout's own numbers.
/// </summary>
public static partial class PopplerLayout
{
    public static IReadOnlyList<IReadOnlyList<PopplerBlock>> Read(string pdf)
    {
        var xml = Poppler.Run("pdftotext", "-bbox-layout", pdf, "-");
        var pages = new List<IReadOnlyList<PopplerBlock>>();
        foreach (Match page in PageElement().Matches(xml))
        {
            var blocks = new List<PopplerBlock>();
            foreach (Match block in BlockElement().Matches(page.Groups[1].Value))
            {
                var lines = new List<PopplerLine>();
                foreach (Match line in LineElement().Matches(block.Groups[1].Value))
                {
                    var words = WordElement().Matches(line.Groups[1].Value)
                        .Select(w => new PopplerWord(WebUtility.HtmlDecode(w.Groups[5].Value), Number(w, 1), Number(w, 2), Number(w, 3), Number(w, 4)))
                        .ToList();
                    if (words.Count > 0)
                    {
                        lines.Add(new PopplerLine(words));
                    }
                }

                if (lines.Count > 0)
                {
                    blocks.Add(new PopplerBlock(lines));
                }
            }

            pages.Add(blocks);
        }

        return pages;
    }

    private static double Number(Match match, int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<page [^>]*>(.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PageElement();

    [GeneratedRegex(@"<block [^>]*>(.*?)</block>", RegexOptions.Singleline)]
    private static partial Regex BlockElement();

    [GeneratedRegex(@"<line [^>]*>(.*?)</line>", RegexOptions.Singleline)]
    private static partial Regex LineElement();

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">(.*?)</word>", RegexOptions.Singleline)]
    private static partial Regex WordElement();
}
