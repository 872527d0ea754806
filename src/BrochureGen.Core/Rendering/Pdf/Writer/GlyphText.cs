using System.Globalization;
using System.Text;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>A shaped cluster: its glyphs (a slice of the run, in drawing order) and its characters (logical order).</summary>
internal readonly record struct DrawnCluster(int First, int Count, string Text);

/// <summary>Characters one code maps to: letters, or combining marks only.</summary>
internal readonly record struct TextSegment(string Text, bool IsMark);

/// <summary>
/// The rules by which a shaped run's characters are handed to the codes the PDF draws, so
/// that the engines readers use — poppler (Evince, Okular), PDFium (Chrome, Edge), MuPDF and
/// pdf.js (Firefox) — read every word back from the glyphs alone, without <c>/ActualText</c>
/// (which PDFium and poppler reverse and MuPDF drops in right-to-left text, and pdf.js ignores).
/// What each engine does was measured, not assumed (TextLayerTests reads every edition back
/// with all four):
/// <list type="bullet">
/// <item>They read a line's codes in the order they are drawn, left to right, and apply their
/// own bidirectional reordering, character by character. So each code holds one letter, and a
/// right-to-left code's characters are given reversed (a letter with a format control).</item>
/// <item>A code whose text mixes letters and combining marks is taken by pdf.js for a lone
/// diacritic ("सू चना" for "सूचना"): letters and runs of marks get codes of their own
/// (<see cref="Segments"/>).</item>
/// <item>pdf.js drops a code whose text ends with a format control (ZWNJ in Persian
/// "می‌شوند"): such a character is put first in its neighbour's code (<see cref="Letters"/>).</item>
/// </list>
/// </summary>
internal static class GlyphText
{
    /// <summary>
    /// What the space on the left of a left-to-right stretch inside a right-to-left line (the
    /// stretch's trailing space, which BidiLine places there) maps to: a space, then a
    /// right-to-left mark. poppler reorders a line with a simple rule that takes neutral characters on a
    /// left-to-right run's left into that run ("نحو  27مليون" for "نحو 27 مليون"); the mark, a
    /// strong right-to-left character of no width, stops it there. The other engines read it
    /// as a space (pdf.js) or keep the invisible mark.
    /// </summary>
    public const string LeftSpaceInRightToLeft = " \u200F";

    /// <summary>
    /// What a space of right-to-left text means when the next code drawn (on its right) is a
    /// combining mark, a word's last letter carrying a vowel sign ("الحرّ"): the space, then a
    /// right-to-left mark. Like every right-to-left code's, the characters are given reversed,
    /// so the code reads "mark, space" left to right: it does not begin with white space, and
    /// pdf.js, which puts a space on both sides of a mark drawn right after a code of white
    /// space ("الحر ّ"), keeps the word whole.
    /// </summary>
    public const string SpaceBeforeMark = " \u200F";

    /// <summary>The clusters of <paramref name="run"/> in drawing order (left to right).</summary>
    public static IReadOnlyList<DrawnCluster> Clusters(GlyphRun run)
    {
        var glyphs = run.Glyphs;
        var ends = ClusterEnds(run);
        var clusters = new List<DrawnCluster>();
        var i = 0;
        while (i < glyphs.Count)
        {
            // The glyphs of one cluster stand next to each other in the shaped output.
            var cluster = glyphs[i].Cluster;
            var j = i + 1;
            while (j < glyphs.Count && glyphs[j].Cluster == cluster)
            {
                j++;
            }

            clusters.Add(new DrawnCluster(i, j - i, run.Text[cluster..ends[cluster]]));
            i = j;
        }

        return clusters;
    }

    /// <summary>
    /// A cluster's characters (logical order) as runs of letters and runs of combining marks
    /// (Unicode Mn), never mixed.
    /// </summary>
    public static IReadOnlyList<TextSegment> Segments(string text)
    {
        var segments = new List<TextSegment>();
        var current = new StringBuilder();
        var currentIsMark = false;
        foreach (var codePoint in CodePoints(text))
        {
            var isMark = CharUnicodeInfo.GetUnicodeCategory(codePoint, 0) == UnicodeCategory.NonSpacingMark;
            if (current.Length > 0 && isMark != currentIsMark)
            {
                segments.Add(new TextSegment(current.ToString(), currentIsMark));
                current.Clear();
            }

            currentIsMark = isMark;
            current.Append(codePoint);
        }

        if (current.Length > 0)
        {
            segments.Add(new TextSegment(current.ToString(), currentIsMark));
        }

        return segments;
    }

    /// <summary>
    /// The letters of a run of letters (logical order): one code point each, a format control
    /// (ZWNJ, ZWJ, a direction mark) kept with the letter it follows in right-to-left text and
    /// the letter it precedes otherwise, so that in drawing order it comes first in its code.
    /// </summary>
    public static IReadOnlyList<string> Letters(string text, bool rightToLeft)
    {
        var letters = new List<string>();
        var pending = string.Empty;
        foreach (var codePoint in CodePoints(text))
        {
            var isFormat = CharUnicodeInfo.GetUnicodeCategory(codePoint, 0) == UnicodeCategory.Format;
            if (isFormat && rightToLeft && letters.Count > 0)
            {
                letters[^1] += codePoint;
            }
            else if (isFormat)
            {
                pending += codePoint;
            }
            else
            {
                letters.Add(pending + codePoint);
                pending = string.Empty;
            }
        }

        if (pending.Length > 0)
        {
            letters.Add(pending);
        }

        return letters;
    }

    /// <summary>True for text made only of format controls (a joiner or non-joiner between two letters).</summary>
    public static bool IsInvisibleFormat(string text) =>
        text.Length > 0 && CodePoints(text).All(c => CharUnicodeInfo.GetUnicodeCategory(c, 0) == UnicodeCategory.Format);

    /// <summary>Reversed by code point, never splitting a surrogate pair.</summary>
    public static string Reverse(string text)
    {
        var codePoints = CodePoints(text).ToList();
        codePoints.Reverse();
        return string.Concat(codePoints);
    }

    /// <summary>The code points of <paramref name="text"/>, each as a string.</summary>
    public static IReadOnlyList<string> CodePoints(string text)
    {
        var codePoints = new List<string>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            codePoints.Add(char.IsSurrogatePair(text, i) ? text.Substring(i, 2) : text[i].ToString());
        }

        return codePoints;
    }

    // For each cluster (UTF-16 index where a glyph's characters start), where its characters end.
    private static Dictionary<int, int> ClusterEnds(GlyphRun run)
    {
        var starts = run.Glyphs.Select(g => g.Cluster).Distinct().Order().ToList();
        var ends = new Dictionary<int, int>();
        for (var i = 0; i < starts.Count; i++)
        {
            ends[starts[i]] = i + 1 < starts.Count ? starts[i + 1] : run.Text.Length;
        }

        return ends;
    }
}
