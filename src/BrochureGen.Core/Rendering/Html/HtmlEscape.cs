using System.Text;

namespace BrochureGen.Rendering.Html;

/// <summary>
/// Escapes text for HTML. Only the five characters with a meaning in markup are replaced:
/// every other character stays as it is (UTF-8), so the source reads in any script.
/// </summary>
internal static class HtmlEscape
{
    public static string Text(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    public static string Attribute(string value) => Text(value);

    /// <summary>
    /// A CSS string, quoted. Besides the quote and backslash, '&lt;', '&gt;' and '&amp;' are
    /// written as escapes: inside a &lt;style&gt; element the HTML parser ends the element at
    /// "&lt;/style" wherever it stands, in a CSS string too. Line breaks and controls are escaped.
    /// </summary>
    public static string CssString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                builder.Append('\\').Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}
