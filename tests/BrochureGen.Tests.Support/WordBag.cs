using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BrochureGen.Text.Icu;

namespace BrochureGen.Tests.Support;

/// <summary>
/// The words of a text, for comparing what an engine reads back with the source: NFC, without
/// invisible direction and embedding controls (poppler writes U+202A–U+202C around runs), cut at
/// white space and then at ICU's line-break opportunities — which cut Thai by its dictionary and
/// Chinese between ideographs, and which are the only places layout breaks a line — with
/// punctuation and symbols trimmed from each end.
/// </summary>
public static partial class WordBag
{
    public static List<string> Of(string text, string language)
    {
        // A half of a surrogate pair (an engine that split a character) counts as a wrong
        // character, not a crash. PDFium writes U+FFFE for a hyphen that ends a line ("U-|visa").
        var whole = LoneSurrogate().Replace(text, "\uFFFD").Replace('\uFFFE', '-');
        var clean = Invisible().Replace(whole.Normalize(NormalizationForm.FormC), string.Empty);
        var words = new List<string>();
        foreach (var token in clean.Split((char[])[' ', '\n', '\r', '\t', '\f', '\u00A0', '\u2009', '\u202F', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            foreach (var opportunity in LineBreaks.Find(token, language).Select(o => o.Offset).Append(token.Length))
            {
                if (opportunity > start)
                {
                    var word = Trim(token[start..opportunity]);
                    if (word.Length > 0)
                    {
                        words.Add(word);
                    }

                    start = opportunity;
                }
            }
        }

        return words;
    }

    /// <summary>The share of <paramref name="source"/>'s words (counted with repeats) that <paramref name="read"/> holds, and the first ones it lacks.</summary>
    public static (double Share, IReadOnlyList<string> Missing) Recall(IReadOnlyList<string> source, IReadOnlyList<string> read)
    {
        var bag = read.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var word in source)
        {
            if (bag.TryGetValue(word, out var left) && left > 0)
            {
                bag[word] = left - 1;
            }
            else
            {
                missing.Add(word);
            }
        }

        return (source.Count == 0 ? 1 : 1 - ((double)missing.Count / source.Count), missing);
    }

    /// <summary>
    /// The share of the word pairs that stand side by side in <paramref name="sourceTexts"/>
    /// (within each text, in order) that stand side by side in <paramref name="read"/> too: a
    /// measure of order that the bag of words cannot see.
    /// </summary>
    public static double PairRecall(IEnumerable<IReadOnlyList<string>> sourceTexts, IReadOnlyList<string> read)
    {
        var pairs = new Dictionary<(string, string), int>();
        for (var i = 0; i + 1 < read.Count; i++)
        {
            pairs[(read[i], read[i + 1])] = pairs.GetValueOrDefault((read[i], read[i + 1])) + 1;
        }

        var found = 0;
        var total = 0;
        foreach (var text in sourceTexts)
        {
            for (var i = 0; i + 1 < text.Count; i++)
            {
                total++;
                if (pairs.GetValueOrDefault((text[i], text[i + 1])) is > 0 and var left)
                {
                    pairs[(text[i], text[i + 1])] = left - 1;
                    found++;
                }
            }
        }

        return total == 0 ? 1 : (double)found / total;
    }

    private static string Trim(string word)
    {
        int start = 0, end = word.Length;
        while (start < end && IsEdge(word, start))
        {
            start += char.IsSurrogatePair(word, start) ? 2 : 1;
        }

        while (end > start && IsEdge(word, end - 1))
        {
            end--;
        }

        return word[start..end];
    }

    private static bool IsEdge(string word, int index) => CharUnicodeInfo.GetUnicodeCategory(word, index) is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
        or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;

    [GeneratedRegex(@"[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]")]
    private static partial Regex LoneSurrogate();

    [GeneratedRegex("[\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD\u200B\uFEFF]")]
    private static partial Regex Invisible();
}
