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
}
