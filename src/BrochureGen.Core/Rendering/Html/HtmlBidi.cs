using BrochureGen.Document;

namespace BrochureGen.Rendering.Html;

/// <summary>
/// Where a right-to-left page isolates left-to-right text: every stretch that begins and ends
/// with a left-to-right letter or a digit and holds only spaces and the punctuation of numbers,
/// addresses and web addresses between them ("860-560-7065", "505 Hudson Street",
/// "http://www.jud.ct.gov/crimevictim/"), with a leading § # + ( and a trailing % ) ° kept on.
/// Left to the browser's bidirectional algorithm alone, the neutral characters inside such a
/// stretch take the paragraph's direction and its parts change places ("7065-560-860"); the PDF
/// draws them in order (layout's BidiLine), and so does the page once each is an isolate.
/// </summary>
internal static class HtmlBidi
{
    private const string Inner = " \u00A0-\u2010\u2011\u2013\u2014.,:;/'\u2019&_@=?~";
    private const string Leading = "§#+($";
    private const string Trailing = "%)°";

    /// <summary>The left-to-right stretches of <paramref name="text"/> (start, end).</summary>
    public static IReadOnlyList<(int Start, int End)> LeftToRightRuns(string text)
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsStrong(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i + 1;
            var j = end;
            while (j < text.Length && (IsStrong(text, j) || Inner.Contains(text[j]) || char.GetUnicodeCategory(text[j]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                j++;
                if (IsStrong(text, j - 1))
                {
                    end = j;
                }
            }

            while (start > 0 && Leading.Contains(text[start - 1]))
            {
                start--;
            }

            while (end < text.Length && Trailing.Contains(text[end]))
            {
                end++;
            }

            runs.Add((start, end));
            i = end;
        }

        return runs;
    }

    /// <summary>The inlines with every left-to-right stretch that lies wholly in text or whole elements wrapped in an isolate.</summary>
    public static IReadOnlyList<InlineElement> Isolate(IReadOnlyList<InlineElement> inlines)
    {
        var nodes = inlines.SelectMany(n => n is SourceElement source ? source.Children : [n]).ToList();
        var texts = nodes.Select(n => n is LineBreakElement ? "\n" : InlineText.Of([n])).ToList();
        var starts = new int[nodes.Count + 1];
        for (var n = 0; n < nodes.Count; n++)
        {
            starts[n + 1] = starts[n] + texts[n].Length;
        }

        bool Markable(int at)
        {
            for (var n = 0; n < nodes.Count; n++)
            {
                if (at > starts[n] && at < starts[n + 1])
                {
                    return nodes[n] is TextElement;
                }
            }

            return true;
        }

        var result = new List<InlineElement>();
        var node = 0;
        var offset = 0;
        List<InlineElement> Take(int end)
        {
            var taken = new List<InlineElement>();
            while (node < nodes.Count && starts[node] + offset < end)
            {
                if (nodes[node] is TextElement text)
                {
                    var limit = Math.Min(end, starts[node + 1]) - starts[node];
                    taken.Add(new TextElement(text.Text[offset..limit]));
                    offset = limit;
                }
                else
                {
                    taken.Add(nodes[node]);
                    offset = texts[node].Length;
                }

                if (starts[node] + offset >= starts[node + 1])
                {
                    (node, offset) = (node + 1, 0);
                }
            }

            return taken;
        }

        foreach (var (start, end) in LeftToRightRuns(string.Concat(texts)))
        {
            if (!Markable(start) || !Markable(end))
            {
                continue;
            }

            result.AddRange(Take(start));
            var run = Take(end);

            // Text already in a left-to-right language, or a link of left-to-right text, is an isolate of its own.
            result.Add(run is [LanguageElement language] && !Text.Direction.IsRightToLeft(language.Language) ? language
                : run is [LinkElement link] && !InlineText.Of(link.Children).Any(IsRightToLeftLetter) ? link
                : new LeftToRightElement(run));
        }

        result.AddRange(Take(int.MaxValue));
        return result;
    }

    /// <summary>A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko).</summary>
    public static bool IsRightToLeftLetter(char c) => char.IsLetter(c) && c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    private static bool IsStrong(string text, int i) => char.IsAsciiDigit(text[i]) || (char.IsLetter(text[i]) && !IsRightToLeftLetter(text[i]));
}

/// <summary>Left-to-right text inside a right-to-left page, written as an isolate (<c>&lt;span dir="ltr"&gt;</c>).</summary>
internal sealed record LeftToRightElement(IReadOnlyList<InlineElement> Children) : InlineElement;
