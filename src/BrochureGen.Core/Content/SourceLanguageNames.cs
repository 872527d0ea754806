using BrochureGen.Content.Markdown;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content;

/// <summary>
/// In a translation, the names listed under <c>untranslated-ok</c> are in the source's language
/// (an agency's name, an address): each time one stands in a text it becomes a span in that
/// language, so a screen reader speaks it with the source language's voice, not the
/// edition's (WCAG 3.1.2, PDF/UA-1 7.2). A name is found where it stands as a whole, not inside a
/// longer word; the longest name wins where names overlap. Both ways of writing content are
/// marked alike: every text of a Markdown file's page, every value of a YAML file.
/// </summary>
public static class SourceLanguageNames
{
    public static MarkdownContent Mark(MarkdownContent content, IReadOnlyList<string> names, string sourceLanguage)
    {
        var longestFirst = LongestFirst(names);
        return longestFirst.Count == 0
            ? content
            : ContentTexts.Map(content, text => text with { Inlines = Mark(text.Inlines, longestFirst, sourceLanguage) });
    }

    public static ContentMap Mark(ContentMap root, IReadOnlyList<string> names, string sourceLanguage)
    {
        var longestFirst = LongestFirst(names);
        return longestFirst.Count == 0 ? root : (ContentMap)Map(root, text => text with { Inlines = Mark(text.Inlines, longestFirst, sourceLanguage) });
    }

    private static List<string> LongestFirst(IReadOnlyList<string> names) => names.Where(n => n.Trim().Length > 0).OrderByDescending(n => n.Length).ToList();

    private static ContentNode Map(ContentNode node, Func<ContentText, ContentText> rewrite) => node switch
    {
        ContentText text => rewrite(text),
        ContentMap map => map with { Entries = map.Entries.Select(e => KeyValuePair.Create(e.Key, Map(e.Value, rewrite))).ToList() },
        ContentList list => list with { Items = list.Items.Select(i => Map(i, rewrite)).ToList() },
        _ => node,
    };

    // A name may run across formatting ("505 Hudson Street, 5^th^ Floor"): it is looked for in
    // the text of the nodes side by side, and marked where it begins and ends inside plain text
    // or at a node's edge. Inside bold or a link the same is done with their children.
    private static List<InlineNode> Mark(IReadOnlyList<InlineNode> nodes, IReadOnlyList<string> names, string language)
    {
        var texts = nodes.Select(n => InlineNode.PlainTextOf([n])).ToList();
        var starts = new int[nodes.Count + 1];
        for (var i = 0; i < nodes.Count; i++)
        {
            starts[i + 1] = starts[i] + texts[i].Length;
        }

        var text = string.Concat(texts);
        var result = new List<InlineNode>();
        var node = 0;
        var offset = 0;

        // The nodes from the current place up to `end` (inside plain text or at a node's edge).
        List<InlineNode> Take(int end)
        {
            var taken = new List<InlineNode>();
            while (node < nodes.Count && starts[node] + offset < end)
            {
                var limit = Math.Min(end, starts[node + 1]);
                if (nodes[node] is PlainInline plain)
                {
                    taken.Add(new PlainInline(plain.Text[offset..(limit - starts[node])]));
                    offset = limit - starts[node];
                }
                else
                {
                    taken.Add(nodes[node]);
                    offset = texts[node].Length;
                }

                if (starts[node] + offset >= starts[node + 1])
                {
                    (node, offset) = (node + 1, 0);
                }
            }

            // Nodes without text (a line break) at the end stay with what follows.
            return taken;
        }

        var position = 0;
        while (position < text.Length)
        {
            var (at, name) = Next(text, position, names, (start, length) => Markable(nodes, starts, start) && Markable(nodes, starts, start + length) && !InLanguageSpan(nodes, starts, start, length));
            if (name is null)
            {
                break;
            }

            result.AddRange(Take(at));
            result.Add(InLanguage(language, Take(at + name.Length)));
            position = at + name.Length;
        }

        result.AddRange(Take(int.MaxValue));
        return result.Select(n => n switch
        {
            StyledInline { Style: InlineKind.Language } => n,
            StyledInline styled => styled with { Children = Mark(styled.Children, names, language) },
            LinkInline link => link with { Children = Mark(link.Children, names, language) },
            _ => n,
        }).ToList();
    }

    // A name that is a whole bold or linked part keeps that part outermost, its language inside:
    // what is bold, linked or set as a title ("a paragraph that is only bold") stays so.
    private static InlineNode InLanguage(string language, IReadOnlyList<InlineNode> nodes) => nodes switch
    {
        [StyledInline { Style: not InlineKind.Language } styled] => styled with { Children = [InLanguage(language, styled.Children)] },
        [LinkInline link] => link with { Children = [InLanguage(language, link.Children)] },
        _ => StyledInline.InLanguage(language, nodes),
    };

    // Text already marked with a language (by {lang=…}, or by this pass) is left as it is.
    private static bool InLanguageSpan(IReadOnlyList<InlineNode> nodes, int[] starts, int start, int length) =>
        Enumerable.Range(0, nodes.Count).Any(i => nodes[i] is StyledInline { Style: InlineKind.Language } && start < starts[i + 1] && start + length > starts[i]);

    // A span may begin or end here: inside plain text or at a node's edge.
    private static bool Markable(IReadOnlyList<InlineNode> nodes, int[] starts, int at)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (at > starts[i] && at < starts[i + 1])
            {
                return nodes[i] is PlainInline;
            }
        }

        return true;
    }

    // The earliest whole occurrence of any name at or after `from` that can be marked (the longest at a tie).
    private static (int At, string? Name) Next(string text, int from, IReadOnlyList<string> names, Func<int, int, bool> markable)
    {
        var best = (At: int.MaxValue, Name: (string?)null);
        foreach (var name in names)
        {
            for (var at = text.IndexOf(name, from, StringComparison.Ordinal); at >= 0 && at < best.At; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(name[0]);
                var after = at + name.Length == text.Length || !char.IsLetterOrDigit(text[at + name.Length]) || !char.IsLetterOrDigit(name[^1]);
                if (before && after && markable(at, name.Length))
                {
                    best = (at, name);
                    break;
                }
            }
        }

        return best;
    }
}
