using System.Text;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content.Markdown;

/// <summary>
/// Decides what assistive technology says for every link of a Markdown file, in the edition's
/// own words. A link inside a sentence is described by the sentence. A link that stands on its
/// own (a paragraph or line of its own, or with at most a few words such as "Toll Free") is
/// described by the front matter's pattern — "Call the {name}, {link}" — where {name} is the
/// nearest bold line or paragraph before it in the same block group (the organisation it
/// belongs to), or else the paragraph just before it.
/// </summary>
public sealed class LinkDescriber
{
    // "Toll Free 1-888-771-3126" is a labelled number, not a sentence.
    private const int MaximumLabelWords = 3;

    private readonly FrontMatter _meta;

    private LinkDescriber(FrontMatter meta)
    {
        _meta = meta;
    }

    public static MarkdownContent Describe(MarkdownContent content)
    {
        var describer = new LinkDescriber(content.Meta);
        return content with
        {
            Title = describer.DescribeText(content.Title, null),
            Cover = describer.DescribeBlocks(content.Cover),
            Sections = content.Sections.Select(s => s with { Heading = describer.DescribeText(s.Heading, null), Blocks = describer.DescribeBlocks(s.Blocks) }).ToList(),
        };
    }

    private List<ContentBlock> DescribeBlocks(IReadOnlyList<ContentBlock> blocks)
    {
        var result = new List<ContentBlock>();
        string? name = null;
        (HashSet<string> Targets, string Sentence)? said = null;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph when said is { } before && Links(paragraph.Text.Inlines).ToList() is [var only] && before.Targets.Contains(only.Target)
                    && Collapse(paragraph.Text.PlainText) == Collapse(InlineNode.PlainTextOf(only.Children)):
                    // The number set large after the sentence that says what it is ("Call the
                    // National Human Trafficking Hotline at 1-888-373-7888."): that sentence describes it.
                    result.Add(paragraph with { Text = paragraph.Text with { Inlines = paragraph.Text.Inlines.Select(i => Apply(i, _ => before.Sentence)).ToList() } });
                    said = null;
                    break;
                case ParagraphBlock paragraph:
                    result.Add(paragraph with { Text = DescribeText(paragraph.Text, name) });
                    name = NameIn(paragraph.Text.Inlines) ?? paragraph.Text.PlainText;
                    var targets = Links(paragraph.Text.Inlines).Select(l => l.Target).ToHashSet(StringComparer.Ordinal);
                    said = targets.Count > 0 ? (targets, Collapse(paragraph.Text.PlainText)) : null;
                    break;
                case SubheadingBlock heading:
                    result.Add(heading with { Text = DescribeText(heading.Text, null) });
                    name = null;
                    break;
                case ListBlock list:
                    result.Add(list with { Items = list.Items.Select(DescribeItem).ToList() });
                    break;
                case TableBlock table:
                    result.Add(table with { Rows = table.Rows.Select(r => r with { Cells = r.Cells.Select((c, i) => DescribeText(c, i > 0 ? r.Cells[0].PlainText : null)).ToList() }).ToList() });
                    break;
                case CalloutBlock callout:
                    result.Add(callout with { Blocks = DescribeBlocks(callout.Blocks) });
                    break;
                default:
                    result.Add(block);
                    break;
            }
        }

        return result;
    }

    private ListItemBlock DescribeItem(ListItemBlock item) =>
        item with { Text = DescribeText(item.Text, null), Children = DescribeBlocks(item.Children) };

    private ContentText DescribeText(ContentText text, string? nameBefore)
    {
        if (!text.Inlines.Any(HasLink))
        {
            return text;
        }

        var lines = SplitLines(text.Inlines);
        var sentence = Collapse(text.PlainText);
        var result = new List<InlineNode>();
        string? name = nameBefore;
        for (var l = 0; l < lines.Count; l++)
        {
            if (l > 0)
            {
                result.Add(new LineBreakInline());
            }

            var line = lines[l];
            var lineText = Collapse(InlineNode.PlainTextOf(line));
            var linkText = Collapse(string.Concat(Links(line).Select(k => InlineNode.PlainTextOf(k.Children))));
            // Words are counted by spaces; in scripts written without them, each ideograph or
            // syllable counts as a word.
            var rest = linkText.Length == 0 ? lineText : lineText.Replace(linkText, " ", StringComparison.Ordinal);
            var otherWords = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) + rest.Count(IsIdeographic);
            var standsAlone = lines.Count > 1 ? otherWords <= MaximumLabelWords : otherWords <= MaximumLabelWords && sentence.Length - linkText.Length < 40;
            var nameForLine = name;
            result.AddRange(line.Select(inline => Apply(inline, link => standsAlone ? Labelled(link, nameForLine) : sentence)));

            if (IsAllBold(line))
            {
                name = lineText;
            }
            else if (l == 0 && lines.Count > 1 && !line.Any(HasLink))
            {
                name ??= lineText;
            }
        }

        return text with { Inlines = result };
    }

    private string Labelled(LinkInline link, string? name)
    {
        var linkText = Collapse(InlineNode.PlainTextOf(link.Children));
        if (string.IsNullOrWhiteSpace(name))
        {
            return linkText;
        }

        var trimmed = TrimName(name);
        var pattern = link.Target.StartsWith("tel:", StringComparison.Ordinal) ? _meta.CallDescription?.Raw
            : link.Target.StartsWith("https:", StringComparison.Ordinal) ? _meta.WebsiteDescription?.Raw
            : null;
        return pattern is null
            ? $"{trimmed}, {linkText}"
            : pattern.Replace("{name}", trimmed, StringComparison.Ordinal).Replace("{link}", linkText, StringComparison.Ordinal);
    }

    // A name that ends a label line ("… Line:", "…热线：") is used without its colon.
    private static string TrimName(string name) => Collapse(name).TrimEnd(' ', ':', '：', ',', '，', ';', '；', '、');

    private static string? NameIn(IReadOnlyList<InlineNode> inlines) =>
        inlines.Count > 0 && IsAllBold(inlines) ? Collapse(InlineNode.PlainTextOf(inlines)) : null;

    private static bool IsAllBold(IReadOnlyList<InlineNode> inlines)
    {
        var meaningful = inlines.Where(i => !(i is PlainInline p && string.IsNullOrWhiteSpace(p.Text))).ToList();
        return meaningful.Count > 0 && meaningful.All(i => i is StyledInline { Style: InlineKind.Strong } s && !s.Children.Any(HasLink));
    }

    private static InlineNode Apply(InlineNode node, Func<LinkInline, string> describe) => node switch
    {
        LinkInline { Description: null } link => link with { Description = describe(link) },
        StyledInline styled => styled with { Children = styled.Children.Select(c => Apply(c, describe)).ToList() },
        _ => node,
    };

    private static IEnumerable<LinkInline> Links(IEnumerable<InlineNode> nodes) => nodes.SelectMany(node => node switch
    {
        LinkInline link => [link],
        StyledInline styled => Links(styled.Children),
        _ => Enumerable.Empty<LinkInline>(),
    });

    private static bool IsIdeographic(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    private static bool HasLink(InlineNode node) => node switch
    {
        LinkInline => true,
        StyledInline styled => styled.Children.Any(HasLink),
        _ => false,
    };

    private static List<List<InlineNode>> SplitLines(IReadOnlyList<InlineNode> inlines)
    {
        var lines = new List<List<InlineNode>> { new() };
        foreach (var inline in inlines)
        {
            if (inline is LineBreakInline)
            {
                lines.Add([]);
            }
            else
            {
                lines[^1].Add(inline);
            }
        }

        return lines;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
