using System.Globalization;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content.Markdown;

/// <summary>
/// Every text of a Markdown file as a translation unit with its id, context and length limit,
/// in file order. The ids are decided here and nowhere else: the review record
/// (<see cref="Review.ReviewRecord"/>) and the XLIFF files name texts by them.
/// </summary>
public static class TranslationUnits
{
    /// <summary>
    /// How much longer than the source a short text may grow before the layout must wrap it or
    /// tighten the panel: titles, headings, captions and table cells sit on a panel about 3.4 in
    /// wide, where a translation 40 % longer than the English (and at least 10 characters
    /// more, for short ones) still fits the lines the English takes.
    /// </summary>
    public static int LengthLimitFor(string source) => Math.Max(source.Length + 10, (int)Math.Ceiling(source.Length * 1.4));

    public static IReadOnlyList<TranslationUnit> Of(MarkdownContent content)
    {
        var units = new List<TranslationUnit>();
        var meta = content.Meta;
        if (meta.Subject is { } subject)
        {
            units.Add(new TranslationUnit("subject", subject, "the PDF's subject (document properties; a screen reader may announce it)", null) { InFrontMatter = true });
        }

        for (var i = 0; i < meta.Keywords.Count; i++)
        {
            units.Add(new TranslationUnit($"keywords.{Number(i)}", meta.Keywords[i], $"keyword {Number(i)} of {Number(meta.Keywords.Count - 1)} of the PDF (document properties, search)", null) { InFrontMatter = true });
        }

        if (meta.Author is { } author)
        {
            units.Add(new TranslationUnit("author", author, "the PDF's author (document properties)", null) { InFrontMatter = true });
        }

        if (meta.CallDescription is { } call)
        {
            units.Add(new TranslationUnit("link-descriptions.call", call, "what a screen reader says for a phone number on a line of its own: keep {name} (the organisation named above it) and {link} (the number)", null) { InFrontMatter = true });
        }

        if (meta.WebsiteDescription is { } website)
        {
            units.Add(new TranslationUnit("link-descriptions.website", website, "what a screen reader says for a web address on a line of its own: keep {name} (the organisation named above it) and {link} (the address)", null) { InFrontMatter = true });
        }

        units.Add(new TranslationUnit("title", content.Title, "the brochure's title, on the cover", LengthLimitFor(content.Title.PlainText)));
        AddBlocks(units, "cover", "the cover", content.Cover);
        for (var s = 0; s < content.Sections.Count; s++)
        {
            var section = content.Sections[s];
            var id = "s" + Number(s);
            var where = $"section {Number(s)} \u201C{Short(section.Heading.PlainText)}\u201D{(section.Box is null ? string.Empty : $", in a '::: {section.Box}' box")}";
            units.Add(new TranslationUnit(id, section.Heading, $"the heading of {where}", LengthLimitFor(section.Heading.PlainText)));
            AddBlocks(units, id, where, section.Blocks);
        }

        return units;
    }

    private static void AddBlocks(List<TranslationUnit> units, string parent, string where, IReadOnlyList<ContentBlock> blocks)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            var id = $"{parent}.b{Number(b)}";
            switch (blocks[b])
            {
                case ParagraphBlock paragraph when paragraph.Classes.Contains(MarkdownContentReader.KnownClasses.AlertLabel):
                    // Printed by BrochureGen in the edition's language; nothing to translate.
                    break;
                case ParagraphBlock paragraph:
                    var byline = paragraph.Classes.Contains(MarkdownContentReader.KnownClasses.Byline);
                    units.Add(new TranslationUnit(id, paragraph.Text, byline ? $"the byline at the foot of {where} (who publishes the brochure)" : $"a paragraph of {where}", byline ? LengthLimitFor(paragraph.Text.PlainText) : null));
                    break;
                case SubheadingBlock heading:
                    units.Add(new TranslationUnit(id, heading.Text, $"a level-{Number(heading.Level - 1)} sub-heading of {where}", LengthLimitFor(heading.Text.PlainText)));
                    break;
                case ListBlock list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        var item = list.Items[i];
                        var itemId = $"{id}.i{Number(i)}";
                        var kind = list.Kind switch
                        {
                            ListKind.Numbered => "step",
                            ListKind.Checklist => "checklist item",
                            _ => "list item",
                        };
                        units.Add(new TranslationUnit(itemId, item.Text, $"{kind} {Number(i)} of {Number(list.Items.Count - 1)} in {where}", null) { AfterCheckbox = item.Checked is not null });
                        AddBlocks(units, itemId, $"{kind} {Number(i)} of {where}", item.Children);
                    }

                    break;
                case TableBlock table:
                    for (var r = 0; r < table.Rows.Count; r++)
                    {
                        for (var c = 0; c < table.Rows[r].Cells.Count; c++)
                        {
                            var cell = table.Rows[r].Cells[c];
                            if (cell.Raw.Length == 0)
                            {
                                continue;
                            }

                            var role = table.Rows[r].IsHeader ? "header cell" : "cell";
                            units.Add(new TranslationUnit($"{id}.r{Number(r)}.c{Number(c)}", cell, $"a table {role} (row {Number(r)}, column {Number(c)} of {table.Columns}) in {where}", LengthLimitFor(cell.PlainText)));
                        }
                    }

                    break;
                case ImageBlock { Alt: { } alt } image:
                    units.Add(new TranslationUnit(id, alt, $"the alt text of the picture '{image.Source}' in {where}: what a screen reader says instead of showing it", null));
                    break;
                case QrBlock qr:
                    units.Add(new TranslationUnit(id, qr.Caption, $"the caption printed below a QR code that leads to {qr.Target}, in {where}; it is also the code's alt text", LengthLimitFor(qr.Caption.PlainText)));
                    break;
                case CalloutBlock callout:
                    AddBlocks(units, id, $"a '::: {callout.Kind}' call-out of {where}", callout.Blocks);
                    break;
            }
        }
    }

    // Ids and contexts count from 1, as a reader does.
    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Short(string text)
    {
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length > 50 ? words[..50] + "…" : words;
    }
}
