using System.Globalization;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>
/// Finds text the layout cannot set correctly yet: right-to-left scripts (which need bidi
/// reordering) and scripts whose letters change shape in context (which need a shaping
/// engine). Such text is refused with a clear message instead of a PDF with reversed or
/// unjoined letters.
/// </summary>
public static class UnsupportedScripts
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
        if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' && c != '\uFEFF')
        {
            return "right-to-left text is not supported yet";
        }

        if (c is >= '\u0900' and <= '\u0DFF' or >= '\u0E00' and <= '\u0EFF' or >= '\u0F00' and <= '\u109F' or >= '\u1780' and <= '\u17FF')
        {
            return "text in this script needs shaping, which is not supported yet";
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control && c is not '\n' and not '\t'
            ? "control characters are not allowed in text"
            : null;
    }
}
