using System.Text;
using System.Text.RegularExpressions;

namespace BrochureGen.Xliff;

/// <summary>
/// A translator's text written back into Markdown so that it reads as that text and nothing
/// more: characters that would start markup are escaped (a "*" stays a star, a "- " at a line's
/// start stays a dash, an "&amp;copy;" stays as typed), and line ends become spaces, since only
/// the codes may break a line or end a block.
/// </summary>
public static partial class MarkdownText
{
    public static string Escape(string text, bool atLineStart)
    {
        var flat = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
        var escaped = new StringBuilder(flat.Length + 8);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '^' or '{')
            {
                escaped.Append('\\');
            }
            else if (c == '&' && Entity().IsMatch(flat.AsSpan(i)))
            {
                escaped.Append('\\');
            }
            else if (c == '!' && i + 1 < flat.Length && flat[i + 1] == '[')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        var result = escaped.ToString();
        if (atLineStart)
        {
            // "- ", "+ ", "# ", "> ", "1. " or "1) " at a line's start would begin a list, a heading or a quote.
            var leading = LineStartMarkup().Match(result);
            if (leading.Success)
            {
                result = result.Insert(leading.Groups["mark"].Index, "\\");
            }
        }

        return result;
    }

    [GeneratedRegex(@"^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex Entity();

    [GeneratedRegex(@"^ {0,3}(?:(?<mark>[-+#>=])|[0-9]{1,9}(?<mark>[.)]))(?: |$)")]
    private static partial Regex LineStartMarkup();
}
