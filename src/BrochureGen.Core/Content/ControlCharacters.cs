using System.Globalization;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>
/// Refuses characters that have no place in a brochure's text: control characters (a stray
/// bell or escape pasted from another program: no glyph, no meaning on paper); the bidirectional
/// embeddings and overrides U+202A–U+202E, which make text display in another order than it is
/// read (a known way to disguise an address or a name; BrochureGen orders right-to-left text
/// itself, and isolates and marks stay allowed); noncharacters and broken surrogates; and a
/// letter with more than <see cref="MostMarks"/> combining marks stacked on it, which no reader
/// can read and which would tower over the lines around it. Every script is set; a character no
/// font of the theme has is reported by layout.
/// </summary>
public static class ControlCharacters
{
    public static void Check(ContentNode node)
    {
        switch (node)
        {
            case ContentText text:
                CheckText(text);
                break;
            case ContentMap map:
                foreach (var entry in map.Entries)
                {
                    Check(entry.Value);
                }

                break;
            case ContentList list:
                foreach (var item in list.Items)
                {
                    Check(item);
                }

                break;
        }
    }

    /// <summary>Checks every text of a Markdown file.</summary>
    public static void Check(Markdown.MarkdownContent content)
    {
        foreach (var text in Markdown.ContentTexts.Of(content))
        {
            CheckText(text);
        }
    }

    /// <summary>How many combining marks one letter may carry (Vietnamese, Hebrew and Arabic vowels with their signs need at most four).</summary>
    public const int MostMarks = 6;

    private static void CheckText(ContentText text)
    {
        var value = text.Raw;
        var marks = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(value, i);
            marks = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark ? marks + 1 : 0;
            var (code, problem) = marks > MostMarks
                ? (DiagnosticCodes.MarkStack, $"more than {MostMarks} combining marks are stacked on one letter here; no reader can read them")
                : Describe(value, i);
            if (problem is null)
            {
                continue;
            }

            // Columns are exact for single-line values; a control character is shown by its number only.
            var location = value.IndexOf('\n') < 0 ? text.Location with { Column = text.Location.Column + i } : text.Location;
            var shown = char.IsControl(value[i]) || char.IsSurrogate(value[i]) || category == UnicodeCategory.Format ? string.Empty : $" '{value[i]}'";
            throw new BrochureException(Diagnostic.Error(code, $"{problem} (U+{(int)value[i]:X4}{shown} in '{text.KeyPath}')", location));
        }
    }

    private static (string Code, string? Problem) Describe(string value, int i)
    {
        var c = value[i];
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control && c is not '\n' and not '\t')
        {
            return (DiagnosticCodes.UnsupportedScript, "control characters are not allowed in text");
        }

        if (c is >= '\u202A' and <= '\u202E')
        {
            return (DiagnosticCodes.BidiControl, "bidirectional embeddings and overrides are not allowed: they show text in another order than it is read; BrochureGen sets right-to-left text in order itself");
        }

        if (c is '\uFFFE' or '\uFFFF' or >= '\uFDD0' and <= '\uFDEF' || (char.IsHighSurrogate(c) && !(i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))) || (char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(value[i - 1]))))
        {
            return (DiagnosticCodes.UnsupportedScript, "this is not a character (a noncharacter or half of a surrogate pair)");
        }

        return (DiagnosticCodes.UnsupportedScript, null);
    }
}
