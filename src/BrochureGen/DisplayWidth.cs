using System.Globalization;
using System.Text;

namespace BrochureGen.Cli;

/// <summary>
/// How many terminal cells text takes. Padding by string length misaligns columns: East Asian
/// wide and fullwidth characters (中文, 한국어) take two cells and combining marks none. The
/// wide ranges are those of Unicode's East Asian Width property (W and F), as terminals use them.
/// </summary>
public static class DisplayWidth
{
    // Inclusive ranges of wide (W) and fullwidth (F) code points, in ascending order.
    private static readonly (int First, int Last)[] WideRanges =
    [
        (0x1100, 0x115F),   // Hangul Jamo initial consonants
        (0x2329, 0x232A),   // angle brackets
        (0x2E80, 0x303E),   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        (0x3040, 0xA4CF),   // Kana, Bopomofo, Hangul compatibility Jamo, CJK strokes and ideographs, Yi (U+303F is narrow)
        (0xA960, 0xA97F),   // Hangul Jamo extended A
        (0xAC00, 0xD7A3),   // Hangul syllables
        (0xF900, 0xFAFF),   // CJK compatibility ideographs
        (0xFE10, 0xFE19),   // vertical forms
        (0xFE30, 0xFE6F),   // CJK compatibility forms, small form variants
        (0xFF00, 0xFF60),   // fullwidth forms
        (0xFFE0, 0xFFE6),   // fullwidth signs
        (0x1F300, 0x1F64F), // pictographs and emoticons, shown as emoji
        (0x1F900, 0x1F9FF), // supplemental pictographs
        (0x20000, 0x2FFFD), // CJK extensions B to F, compatibility supplement
        (0x30000, 0x3FFFD), // CJK extensions G and H
    ];

    /// <summary>The number of terminal cells <paramref name="text"/> takes.</summary>
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    /// <summary><paramref name="text"/> followed by spaces up to <paramref name="cells"/> cells (never cut).</summary>
    public static string PadRight(string text, int cells) => text + new string(' ', Math.Max(0, cells - Of(text)));

    private static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark || rune.Value == 0x200B)
        {
            // Combining marks sit on the character before them; a zero width space takes no cell.
            return 0;
        }

        return IsWide(rune.Value) ? 2 : 1;
    }

    private static bool IsWide(int codePoint)
    {
        foreach (var (first, last) in WideRanges)
        {
            if (codePoint < first)
            {
                return false;
            }

            if (codePoint <= last)
            {
                return true;
            }
        }

        return false;
    }
}
