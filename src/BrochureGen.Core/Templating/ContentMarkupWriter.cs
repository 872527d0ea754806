using System.Text;
using BrochureGen.Content;
using BrochureGen.Vocabulary;

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

    /// <summary>
    /// Writes a value. Each link gets a <c>title</c> that says what following it does: the
    /// <paramref name="descriptionPattern"/> with <c>{link}</c> replaced by the link's text when the
    /// template gives one; otherwise the whole value when the link sits in a sentence (the
    /// sentence is the best description there is, in the edition's own language), or the link's text.
    /// </summary>
    public string Write(ContentText text, string? descriptionPattern = null)
    {
        var builder = new StringBuilder();
        builder.Append("<src ref=\"").Append(_sources.Count).Append("\">");
        _sources.Add(text);
        AppendInlines(builder, text.Inlines, link => Describe(text, link, descriptionPattern));
        builder.Append("</src>");
        return builder.ToString();
    }

    private static string Describe(ContentText value, LinkInline link, string? pattern)
    {
        // Markdown content describes its links itself (see LinkDescriber).
        if (link.Description is { } described)
        {
            return described;
        }

        var linkText = InlineNode.PlainTextOf(link.Children).Trim();
        if (pattern is not null)
        {
            return pattern.Replace("{link}", linkText, StringComparison.Ordinal);
        }

        var sentence = value.PlainText.Trim();
        return sentence.Length > linkText.Length ? sentence : linkText;
    }

    private static void AppendInlines(StringBuilder builder, IEnumerable<InlineNode> inlines, Func<LinkInline, string> describe)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case PlainInline plain:
                    MarkupEscaper.Append(builder, plain.Text);
                    break;
                case LineBreakInline:
                    builder.Append("<br/>");
                    break;
                case StyledInline { Style: InlineKind.Language, Language: { } language } span:
                    builder.Append("<span lang=\"");
                    MarkupEscaper.Append(builder, language);
                    builder.Append("\">");
                    AppendInlines(builder, span.Children, describe);
                    builder.Append("</span>");
                    break;
                case StyledInline styled:
                    var tag = styled.Style switch
                    {
                        InlineKind.Strong => "b",
                        InlineKind.Emphasis => "em",
                        _ => "sup",
                    };
                    builder.Append('<').Append(tag).Append('>');
                    AppendInlines(builder, styled.Children, describe);
                    builder.Append("</").Append(tag).Append('>');
                    break;
                case LinkInline link:
                    builder.Append("<a href=\"");
                    MarkupEscaper.Append(builder, link.Target);
                    builder.Append("\" title=\"");
                    MarkupEscaper.Append(builder, describe(link));
                    builder.Append("\">");
                    AppendInlines(builder, link.Children, describe);
                    builder.Append("</a>");
                    break;
            }
        }
    }
}
