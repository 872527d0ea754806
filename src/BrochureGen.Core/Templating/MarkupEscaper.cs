using System.Text;

namespace BrochureGen.Templating;

/// <summary>Escapes text for the brochure markup, in element content and in attribute values alike.</summary>
public static class MarkupEscaper
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&apos;"); break;
                default: builder.Append(c); break;
            }
        }
    }
}
