namespace BrochureGen.Conformance;

/// <summary>
/// Whether a link's name holds the words on screen (WCAG 2.5.3): the visible text, case and
/// spacing aside, stands in the name with no letter or digit joined to it on either side. So
/// "Call the Hotline, 1-888-373-7888" holds "1-888-373-7888", and so does the Chinese
/// "致电热线，1-866-347-2423" and "或911举报": Chinese, Japanese and Thai write words without
/// spaces, so a letter of those scripts joins nothing. "911에" (911 with a Korean particle
/// attached) does not hold "911", nor "Website of the Office" "www.ct.gov/ova". Every format
/// names its links by a stricter rule (whole words between spaces, Document/LinkName), so every
/// name the writers give passes this one; this check is the second opinion on what they wrote.
/// </summary>
public static class LabelInName
{
    public static bool Holds(string name, string visible)
    {
        var text = Squeeze(visible);
        if (text.Length == 0)
        {
            return true;
        }

        var haystack = Squeeze(name);
        for (var at = haystack.IndexOf(text, StringComparison.OrdinalIgnoreCase); at >= 0; at = haystack.IndexOf(text, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + text.Length;
            if ((at == 0 || !Joins(haystack[at - 1])) && (end == haystack.Length || !Joins(haystack[end])))
            {
                return true;
            }
        }

        return false;
    }

    // A letter or digit joins the text next to it, except in the scripts written without spaces
    // between words (Han, kana, Thai, Lao, Khmer, Myanmar; a surrogate is a Han extension).
    private static bool Joins(char c) =>
        char.IsLetterOrDigit(c) && !char.IsSurrogate(c) && c is not (>= '\u3040' and <= '\u30FF') and not (>= '\u3400' and <= '\u4DBF') and not (>= '\u4E00' and <= '\u9FFF')
            and not (>= '\uF900' and <= '\uFAFF') and not (>= '\u0E00' and <= '\u0EFF') and not (>= '\u1780' and <= '\u17FF') and not (>= '\u1000' and <= '\u109F');

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
