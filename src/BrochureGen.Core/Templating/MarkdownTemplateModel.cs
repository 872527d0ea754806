using BrochureGen.Content;
using BrochureGen.Content.Markdown;
using Scriban.Runtime;

namespace BrochureGen.Templating;

/// <summary>
/// What a stock layout's template sees of a Markdown file, built explicitly (no reflection):
/// <c>content.title</c>, <c>content.subtitle</c>, <c>content.cover</c> and
/// <c>content.sections</c>, each block a mapping with a <c>type</c> and the fields of that type.
/// docs/template-model.md describes every field; a test keeps it in step with <see cref="Fields"/>.
/// </summary>
internal static class MarkdownTemplateModel
{
    /// <summary>The fields of each object the template sees, by object kind (documented in docs/template-model.md).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Fields = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["content"] = ["title", "subtitle", "cover", "sections"],
        ["section"] = ["heading", "pin", "new_panel", "box", "blocks", "line"],
        ["paragraph"] = ["type", "new_panel", "text", "classes", "byline", "link_only", "bold_only", "line"],
        ["heading"] = ["type", "new_panel", "level", "text", "line"],
        ["list"] = ["type", "new_panel", "kind", "start", "items", "line"],
        ["item"] = ["text", "checked", "children", "line"],
        ["table"] = ["type", "new_panel", "columns", "header", "rows", "alignments", "line"],
        ["image"] = ["type", "new_panel", "src", "alt", "decorative", "line"],
        ["qr"] = ["type", "new_panel", "target", "caption", "line"],
        ["callout"] = ["type", "new_panel", "kind", "blocks", "line"],
    };

    public static ScriptObject Build(MarkdownContent content)
    {
        // The first cover paragraph that is not a byline is the subtitle.
        var subtitle = content.Cover.OfType<ParagraphBlock>().FirstOrDefault(p => !p.Classes.Contains(MarkdownContentReader.KnownClasses.Byline));
        var model = new ScriptObject
        {
            ["title"] = content.Title,
            ["subtitle"] = subtitle?.Text,
            ["cover"] = Blocks(content.Cover.Where(b => !ReferenceEquals(b, subtitle))),
            ["sections"] = new ScriptArray(content.Sections.Select(Section)),
        };
        return model;
    }

    private static ScriptObject Section(ContentSection section) => new()
    {
        ["heading"] = section.Heading,
        ["pin"] = section.Pin,
        ["new_panel"] = section.NewPanel,
        ["box"] = section.Box,
        ["blocks"] = Blocks(section.Blocks),
        ["line"] = section.Location.Line,
    };

    private static ScriptArray Blocks(IEnumerable<ContentBlock> blocks) => new(blocks.Select(Block));

    private static ScriptObject Block(ContentBlock block)
    {
        var model = new ScriptObject
        {
            ["type"] = block.Type,
            ["new_panel"] = block.NewPanel,
            ["line"] = block.Location.Line,
        };
        switch (block)
        {
            case ParagraphBlock paragraph:
                model["text"] = paragraph.Text;
                model["classes"] = new ScriptArray(paragraph.Classes);
                model["byline"] = paragraph.Classes.Contains(MarkdownContentReader.KnownClasses.Byline);
                model["link_only"] = IsLinkOnly(paragraph.Text);
                model["bold_only"] = IsBoldOnly(paragraph.Text);
                break;
            case SubheadingBlock heading:
                model["level"] = heading.Level;
                model["text"] = heading.Text;
                break;
            case ListBlock list:
                model["kind"] = list.Kind switch
                {
                    ListKind.Numbered => "numbered",
                    ListKind.Checklist => "checklist",
                    _ => "bulleted",
                };
                model["start"] = list.Start;
                model["items"] = new ScriptArray(list.Items.Select(item => new ScriptObject
                {
                    ["text"] = item.Text,
                    ["checked"] = item.Checked,
                    ["children"] = Blocks(item.Children),
                    ["line"] = item.Location.Line,
                }));
                break;
            case TableBlock table:
                model["columns"] = table.Columns;
                model["header"] = new ScriptArray(table.Rows[0].Cells);
                model["rows"] = new ScriptArray(table.Rows.Skip(1).Select(r => new ScriptArray(r.Cells)));
                model["alignments"] = new ScriptArray(table.Alignments.Select(a => a.ToString().ToLowerInvariant()));
                break;
            case ImageBlock image:
                model["src"] = image.Source;
                model["alt"] = image.Alt;
                model["decorative"] = image.Alt is null;
                break;
            case QrBlock qr:
                model["target"] = qr.Target;
                model["caption"] = qr.Caption;
                break;
            case CalloutBlock callout:
                model["kind"] = callout.Kind;
                model["blocks"] = Blocks(callout.Blocks);
                break;
        }

        return model;
    }

    // A paragraph that is one link and nothing else (a hotline number standing on its own).
    private static bool IsLinkOnly(ContentText text)
    {
        var meaningful = Meaningful(text.Inlines);
        return meaningful.Count == 1 && meaningful[0] is LinkInline or StyledInline { Children: [LinkInline] };
    }

    private static bool IsBoldOnly(ContentText text)
    {
        var meaningful = Meaningful(text.Inlines);
        return meaningful.Count > 0 && meaningful.All(i => i is StyledInline { Style: InlineStyle.Strong });
    }

    private static List<InlineNode> Meaningful(IEnumerable<InlineNode> inlines) =>
        inlines.Where(i => !(i is PlainInline p && string.IsNullOrWhiteSpace(p.Text))).ToList();
}
