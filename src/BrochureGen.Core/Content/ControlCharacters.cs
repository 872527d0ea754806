using System.Globalization;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>
/// Refuses control characters in text (a stray bell or escape pasted from another program):
/// they have no glyph and no meaning on paper. Every script is set; a character no font of the
/// theme has is reported by layout.
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

    private static void CheckText(ContentText text)
    {
        var value = text.Raw;
        for (var i = 0; i < value.Length; i++)
        {
            var problem = Describe(value[i]);
            if (problem is null)
            {
                continue;
            }

            // Columns are exact for single-line values.
            var location = value.IndexOf('\n') < 0 ? text.Location with { Column = text.Location.Column + i } : text.Location;
            throw new BrochureException(Diagnostic.Error(
                DiagnosticCodes.UnsupportedScript,
                $"{problem} (U+{(int)value[i]:X4} '{value[i]}' in '{text.KeyPath}')",
                location));
        }
    }

    private static string? Describe(char c)
    {
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control && c is not '\n' and not '\t'
            ? "control characters are not allowed in text"
            : null;
    }
}
