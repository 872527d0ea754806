using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using MdLink = Markdig.Syntax.Inlines.LinkInline;
using MdLineBreak = Markdig.Syntax.Inlines.LineBreakInline;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content.Markdown;

/// <summary>
/// Turns Markdig's inlines into the content stage's inline nodes: bold, emphasis,
/// superscript, links (phone numbers, e-mail and web addresses link themselves), hard line
/// breaks. Code and raw HTML are text.
/// </summary>
internal sealed class MarkdownInlineConverter(MarkdownContentReader reader)
{
    public List<InlineNode> Convert(ContainerInline container, bool insideLink, int depth)
    {
        var nodes = new List<InlineNode>();
        if (depth > MarkdownContentReader.MaximumNesting)
        {
            reader.Error(container, "inline formatting is nested too deeply here");
            return nodes;
        }

        // Markdig splits text at characters that might start markup; phone numbers and addresses
        // are found in the joined text.
        var text = new StringBuilder();
        void Flush()
        {
            if (text.Length > 0)
            {
                nodes.AddRange(insideLink ? [new PlainInline(text.ToString())] : AutoLinker.Link(text.ToString(), reader.Phones));
                text.Clear();
            }
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    continue;
                case CodeInline code:
                    // `text` in backticks is printed as written and never becomes a link: the
                    // way to keep a fax number from being dialled.
                    Flush();
                    nodes.Add(new PlainInline(code.Content) { Verbatim = true });
                    continue;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    continue;
                case HtmlInline html:
                    // Raw HTML is never markup: printed as written (the reader warns about it).
                    text.Append(html.Tag);
                    continue;
                case MdLineBreak { IsHard: false }:
                    text.Append(' ');
                    continue;
            }

            Flush();
            switch (inline)
            {
                case EmphasisInline emphasis:
                    var style = emphasis.DelimiterChar == '^' ? InlineKind.Superscript : emphasis.DelimiterCount >= 2 ? InlineKind.Strong : InlineKind.Emphasis;
                    nodes.Add(new StyledInline(style, InLanguageOf(emphasis, Convert(emphasis, insideLink, depth + 1))));
                    break;
                case MdLink { IsImage: true } image:
                    reader.Error(image, "an image must stand in a paragraph of its own, not inside text");
                    break;
                case MdLink link when (link.Url ?? string.Empty).StartsWith(MarkdownContentReader.LanguageSpanScheme, StringComparison.Ordinal):
                    // [text]{lang=xx}: a span in another language (see MarkdownContentReader.LanguageSpans).
                    var language = link.Url![MarkdownContentReader.LanguageSpanScheme.Length..];
                    var inner = Convert(link, insideLink, depth + 1);
                    if (ContentLoader.IsValidLanguageTag(language))
                    {
                        nodes.Add(StyledInline.InLanguage(language, inner));
                    }
                    else
                    {
                        reader.Error(link, $"'{language}' is not a language tag: write {{lang=en}}, {{lang=es-MX}} or {{lang=zh-Hans}}");
                        nodes.AddRange(inner);
                    }

                    break;
                case MdLink link:
                    if (insideLink)
                    {
                        reader.Error(link, "a link cannot hold another link");
                        break;
                    }

                    if (link.TryGetAttributes()?.Classes?.Contains(MarkdownContentReader.KnownClasses.Qr) == true)
                    {
                        reader.Error(link, "a QR code ({.qr}) must be a paragraph of its own, not part of a sentence");
                    }

                    var target = reader.LinkTarget(link);
                    var children = InLanguageOf(link, Convert(link, insideLink: true, depth + 1));
                    nodes.AddRange(target is null ? children : [new LinkInline(target, children)]);
                    break;
                case AutolinkInline autolink:
                    var url = autolink.Url;
                    nodes.Add(insideLink ? new PlainInline(url) : new LinkInline(autolink.IsEmail ? "mailto:" + url : AutoLinker.TargetFor(url, reader.Phones), [new PlainInline(url)]) { Found = true });
                    break;
                case MdLineBreak:
                    nodes.Add(new Content.LineBreakInline());
                    break;
                case TaskList:
                    break;
                case ContainerInline other:
                    nodes.AddRange(Convert(other, insideLink, depth + 1));
                    break;
                default:
                    text.Append(inline.ToString());
                    break;
            }
        }

        Flush();
        return nodes;
    }

    // *text*{lang=en} or [text](https://…){lang=en}: the language goes inside the emphasis or
    // link, so that what is bold or linked stays as it is.
    private IReadOnlyList<InlineNode> InLanguageOf(Inline inline, List<InlineNode> children)
    {
        var language = inline.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "lang").Value;
        if (language is null)
        {
            return children;
        }

        if (!ContentLoader.IsValidLanguageTag(language))
        {
            reader.Error(inline, $"'{language}' is not a language tag: write {{lang=en}}, {{lang=es-MX}} or {{lang=zh-Hans}}");
            return children;
        }

        return [StyledInline.InLanguage(language, children)];
    }
}
