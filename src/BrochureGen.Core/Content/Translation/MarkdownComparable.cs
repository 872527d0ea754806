using System.Globalization;
using BrochureGen.Content.Markdown;
using BrochureGen.Diagnostics;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content.Translation;

/// <summary>
/// Markdown content as comparable units: the front matter's link descriptions, the title, the
/// cover's blocks and the sections ('##'), each section with its pin, panel break and box and its
/// blocks; every block with what a translation keeps of it (a list's kind and length, a table's
/// shape, a picture's place, a QR code's address, a call-out's kind).
/// </summary>
public static class MarkdownComparable
{
    public static ComparableContent Of(MarkdownContent content)
    {
        var where = content.Title.Location;
        var parts = new List<ComparableUnit>
        {
            new("title", where) { Subject = "the title", Key = "title", Text = content.Title },
        };
        parts.AddRange(Descriptions(content.Meta));
        parts.Add(Blocks("cover", "the cover", where, content.Cover) with { Key = "cover" });
        parts.Add(new ComparableUnit("sections", where)
        {
            Subject = "this file",
            Key = "sections",
            Pairing = ChildPairing.ByStructure,
            ChildNoun = "sections ('## …')",
            Children = content.Sections.Select(Section).ToList(),
        });
        var root = new ComparableUnit("document", where) { Subject = "this file", Pairing = ChildPairing.ByKey, Children = parts };
        return new ComparableContent(root, ContentTexts.Of(content).Select(t => (t, "this " + t.KeyPath)).ToList(), content.Meta.Localized, DiagnosticCodes.TranslationBlocks);
    }

    private static IEnumerable<ComparableUnit> Descriptions(FrontMatter meta)
    {
        foreach (var (key, text) in new[] { ("link-descriptions.call", meta.CallDescription), ("link-descriptions.website", meta.WebsiteDescription) })
        {
            if (text is not null)
            {
                yield return new ComparableUnit("link description", text.Location) { Subject = "this link description", Key = key, Text = text, IsDescriptionPattern = true, Optional = true };
            }
        }
    }

    private static ComparableUnit Section(ContentSection section) => new("section", section.Location)
    {
        Subject = "this section",
        Text = section.Heading,
        Facts =
        [
            new UnitFact("is", section.Pin is null ? "not pinned" : $"pinned to '{section.Pin}'", FactRule.Attribute) { Hint = KeepIt },
            new UnitFact("is", NewPanel(section.NewPanel), FactRule.Attribute) { Hint = KeepIt },
            new UnitFact("is", section.Box is null ? "not in a box" : $"in a '::: {section.Box}' box", FactRule.Attribute) { Hint = KeepIt },
        ],
        Pairing = ChildPairing.ByStructure,
        ChildNoun = "blocks",
        Children = section.Blocks.Select(Block).ToList(),
    };

    private static ComparableUnit Blocks(string kind, string subject, SourceLocation where, IReadOnlyList<ContentBlock> blocks) => new(kind, where)
    {
        Subject = subject,
        Pairing = ChildPairing.ByStructure,
        ChildNoun = "blocks",
        Children = blocks.Select(Block).ToList(),
    };

    private static ComparableUnit Block(ContentBlock block)
    {
        var unit = block switch
        {
            ParagraphBlock paragraph => Unit("paragraph", block) with
            {
                Text = paragraph.Text,
                Facts = [new UnitFact("has", paragraph.Classes.Count == 0 ? "no attributes" : $"{{{string.Join(' ', paragraph.Classes.Select(c => "." + c))}}}", FactRule.Attribute) { Hint = KeepIt }],
            },
            SubheadingBlock heading => Unit("heading", block) with
            {
                Text = heading.Text,
                Facts = [new UnitFact("is", string.Create(CultureInfo.InvariantCulture, $"level {heading.Level}"), FactRule.Attribute) { Hint = KeepIt }],
            },
            ListBlock list => Unit("list", block) with
            {
                Facts =
                [
                    new UnitFact("is", $"a {Name(list.Kind)} list", FactRule.Structure),
                    new UnitFact("has", string.Create(CultureInfo.InvariantCulture, $"{list.Items.Count} items"), FactRule.Structure),
                ],
                ChildNoun = "items",
                Children = list.Items.Select(Item).ToList(),
            },
            TableBlock table => Unit("table", block) with
            {
                Facts = [new UnitFact("has", string.Create(CultureInfo.InvariantCulture, $"{table.Rows.Count} rows of {table.Columns} cells"), FactRule.Structure)],
                ChildNoun = "cells",
                Children = table.Rows.SelectMany(r => r.Cells).Select(c => new ComparableUnit("table cell", c.Location) { Subject = "this table cell", Text = c }).ToList(),
            },
            ImageBlock image => Unit("image", block) with
            {
                Text = image.Alt,
                Facts =
                [
                    // A translation may show its own version of a picture (logo.es.png for logo.png).
                    new UnitFact("shows", $"'{image.Source}'", FactRule.Advice) { Key = Path.GetFileNameWithoutExtension(image.Source).Split('.')[0] },
                    // Size and place are the layout's: a translation keeps them, or its panels differ.
                    new UnitFact("is placed", Describe(image.Layout), FactRule.Attribute) { Hint = ": keep the source's attributes" },
                    new UnitFact("is", image.Alt is null ? "decorative" : "described", FactRule.Attribute),
                ],
            },
            QrBlock qr => Unit("QR code", block) with
            {
                Text = qr.Caption,
                Facts = [new UnitFact("leads to", $"'{qr.Target}'", FactRule.Address) { Key = qr.Target }],
            },
            CalloutBlock callout => Unit("call-out", block) with
            {
                Facts = [new UnitFact("is", $"'::: {callout.Kind}'", FactRule.Structure) { Hint = "; the kind is a keyword, never translated" }],
                Pairing = ChildPairing.ByStructure,
                ChildNoun = "blocks",
                Children = callout.Blocks.Select(Block).ToList(),
            },
            _ => Unit("block", block),
        };

        // A panel break is where the layout starts a panel: the blocks after one that moved no longer pair up.
        return unit with { Facts = [new UnitFact("is", NewPanel(block.NewPanel), FactRule.Structure), .. unit.Facts] };
    }

    private static ComparableUnit Item(ListItemBlock item) => new("list item", item.Location)
    {
        Subject = "this item",
        Text = item.Text,
        Facts = [new UnitFact("is", item.Checked switch { true => "ticked", false => "empty", null => "without a box" }, FactRule.Attribute)],
        Pairing = ChildPairing.ByStructure,
        ChildNoun = "blocks",
        Children = item.Children.Select(Block).ToList(),
    };

    private static ComparableUnit Unit(string kind, ContentBlock block) => new(kind, block.Location) { Subject = "this " + kind };

    private const string KeepIt = "; keep it as it is";

    private static string NewPanel(bool newPanel) => newPanel ? "marked {.new-panel}" : "not marked {.new-panel}";

    private static string Name(ListKind kind) => kind.ToString().ToLowerInvariant();

    private static string Describe(PictureAttributes picture) =>
        $"'{{{string.Join(' ', new[] { picture.Width is null ? null : $"width={picture.Width}", picture.Height is null ? null : $"height={picture.Height}", picture.Place == PicturePlace.Start ? null : "." + picture.PlaceName, picture.Byline ? ".byline" : null, picture.AboveTitle ? "before the title" : null }.OfType<string>())}}}'";
}
