using BrochureGen.Content;
using BrochureGen.Content.Markdown;
using Scriban.Runtime;
using BrochureGen.Vocabulary;

namespace BrochureGen.Templating;

/// <summary>
/// What a stock layout's template sees of a Markdown file, built explicitly (no reflection):
/// <c>content.title</c>, <c>content.subtitle</c>, <c>content.cover</c> and
/// <c>content.sections</c>, each block a mapping with a <c>type</c> and the fields of that type.
/// docs/template-model.md describes every field; a test keeps it in step with <see cref="Fields"/>.
/// </summary>
internal static class MarkdownTemplateModel
{
    /// <summary>Every field of every object the template sees, with what it means (rendered into docs/template-model.md).</summary>
    public static readonly IReadOnlyList<(string Object, string Field, string Meaning)> Fields =
    [
        ("content", "title", "the `#` heading"),
        ("content", "subtitle", "the first cover paragraph that is not a byline, or null"),
        ("content", "cover", "the other blocks before the first `##` (bylines among them)"),
        ("content", "sections", "the `##` sections in order"),
        ("section", "heading", "the `##` heading"),
        ("section", "pin", "the panel it is pinned to (`{pin=back}`), or null"),
        ("section", "new_panel", "true when it starts a new panel (`{.new-panel}`)"),
        ("section", "box", "the call-out holding the whole section (`::: callout` then `## …`), or null"),
        ("section", "blocks", "its blocks"),
        ("section", "line", "its line in the content file"),
        ("every block", "type", "`paragraph`, `heading`, `list`, `table`, `image`, `qr` or `callout`"),
        ("every block", "new_panel", "true when marked `{.new-panel}`"),
        ("every block", "line", "its line in the content file"),
        ("paragraph", "text", "the paragraph, with its bold, emphasis, links and line breaks"),
        ("paragraph", "classes", "its `{.class}` attributes"),
        ("paragraph", "byline", "true for `{.byline}`"),
        ("paragraph", "link_only", "true when it is one link and nothing else (a number on its own line)"),
        ("paragraph", "bold_only", "true when it is all bold (a name)"),
        ("heading", "level", "3 to 6 (`###` …)"),
        ("heading", "text", "the heading"),
        ("list", "kind", "`bulleted`, `numbered` or `checklist`"),
        ("list", "start", "the first number of a numbered list"),
        ("list", "items", "the items"),
        ("item", "text", "the item's text"),
        ("item", "checked", "true or false in a checklist, null elsewhere"),
        ("item", "children", "nested lists and further paragraphs"),
        ("item", "line", "its line in the content file"),
        ("table", "columns", "the number of columns"),
        ("table", "header", "the header row's cells"),
        ("table", "rows", "the other rows, each a list of cells"),
        ("table", "alignments", "each column's `start`, `center` or `end`"),
        ("image", "src", "the picture's file, relative to the brochure's folder"),
        ("image", "alt", "what it shows, or null when decorative"),
        ("image", "decorative", "true for `![\"\"](…)`"),
        ("image", "width", "its width as written (`{width=40%}` of the column, `{width=1.5in}`), or null"),
        ("image", "height", "its height as written (`{height=1in}`), or null"),
        ("image", "place", "`start`, `center` (`{.center}`), `right` (`{.right}`: the next block beside it) or `full-bleed` (`{.full-bleed}`: behind the whole panel, to the trim)"),
        ("image", "byline", "true for `{.byline}`: on the cover, a logo at its foot"),
        ("image", "above_title", "true for a picture written before the `#` title: on the cover, above it"),
        ("image", "origin", "where the picture was written: output inside `<figure>…</figure>`, it lets an error about the picture (its file, text over it that is hard to read) name the content's line instead of the template's"),
        ("qr", "target", "the link the code leads to"),
        ("qr", "caption", "the caption, also the code's alt text"),
        ("callout", "kind", "the box of the theme it is drawn in (`::: kind`)"),
        ("callout", "blocks", "what it holds"),
    ];

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
                model["width"] = image.Layout.Width;
                model["height"] = image.Layout.Height;
                model["place"] = image.Layout.PlaceName;
                model["byline"] = image.Layout.Byline;
                model["above_title"] = image.Layout.AboveTitle;
                model["origin"] = new ContentText($"picture {image.Source}", image.Location, string.Empty, []);
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
        return meaningful.Count > 0 && meaningful.All(i => i is StyledInline { Style: InlineKind.Strong });
    }

    private static List<InlineNode> Meaningful(IEnumerable<InlineNode> inlines) =>
        inlines.Where(i => !(i is PlainInline p && string.IsNullOrWhiteSpace(p.Text))).ToList();
}
