using System.Text;
using BrochureGen.Content;

namespace BrochureGen.Templating;

/// <summary>
/// Turns a content value into brochure markup: its inline markup becomes elements, everything
/// else is escaped text. The value is wrapped in <c>&lt;src ref="N"&gt;</c> so that layout
/// diagnostics can name the content file, line and column the words came from.
/// </summary>
public sealed class ContentMarkupWriter
{
    private readonly List<ContentText> _sources = [];

    /// <summary>The content values written so far; a <c>ref</c> is an index into this list.</summary>
    public IReadOnlyList<ContentText> Sources => _sources;

    public string Write(ContentText text)
    {
        var builder = new StringBuilder();
        builder.Append("<src ref=\"").Append(_sources.Count).Append("\">");
        _sources.Add(text);
        AppendInlines(builder, text.Inlines);
        builder.Append("</src>");
        return builder.ToString();
    }

    private static void AppendInlines(StringBuilder builder, IEnumerable<InlineNode> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case PlainInline plain:
                    MarkupEscaper.Append(builder, plain.Text);
                    break;
                case StyledInline styled:
                    var tag = styled.Style switch
                    {
                        InlineStyle.Strong => "b",
                        InlineStyle.Emphasis => "em",
                        _ => "sup",
                    };
                    builder.Append('<').Append(tag).Append('>');
                    AppendInlines(builder, styled.Children);
                    builder.Append("</").Append(tag).Append('>');
                    break;
                case LinkInline link:
                    builder.Append("<a href=\"");
                    MarkupEscaper.Append(builder, link.Target);
                    builder.Append("\">");
                    AppendInlines(builder, link.Children);
                    builder.Append("</a>");
                    break;
            }
        }
    }
}
