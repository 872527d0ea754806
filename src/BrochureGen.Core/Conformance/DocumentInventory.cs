using BrochureGen.Document;
using BrochureGen.Document.Resolve;
using BrochureGen.Layout;

namespace BrochureGen.Conformance;

/// <summary>
/// What an edition's document holds that a reviewer must see, in the folded reading order (the
/// order every format is written in, <see cref="ReadingEdition"/>): its headings, links,
/// pictures, QR codes, spans in another language and tables.
/// </summary>
public sealed record DocumentInventory(
    IReadOnlyList<InventoryHeading> Headings,
    IReadOnlyList<InventoryLink> Links,
    IReadOnlyList<InventoryPicture> Pictures,
    IReadOnlyList<InventorySpan> Spans,
    IReadOnlyList<InventoryTable> Tables)
{
    public static DocumentInventory Of(LaidOutBrochure layout)
    {
        var walker = new Walker();
        foreach (var block in layout.Reading.Blocks)
        {
            walker.Block(block);
        }

        return new DocumentInventory(walker.Headings, walker.Links, walker.Pictures, walker.Spans, walker.Tables);
    }

    private sealed class Walker
    {
        public List<InventoryHeading> Headings { get; } = [];

        public List<InventoryLink> Links { get; } = [];

        public List<InventoryPicture> Pictures { get; } = [];

        public List<InventorySpan> Spans { get; } = [];

        public List<InventoryTable> Tables { get; } = [];

        public void Block(BlockNode block)
        {
            switch (block)
            {
                case HeadingNode heading:
                    Headings.Add(new InventoryHeading(heading.Level, InlineText.Words(heading.Content)));
                    Inline(heading.Content);
                    break;
                case ParagraphNode paragraph:
                    Inline(paragraph.Content);
                    break;
                case ListNode list:
                    foreach (var item in list.Items)
                    {
                        Inline(item.Content);
                        if (item.Nested is { } nested)
                        {
                            Block(nested);
                        }
                    }

                    break;
                case TableNode table:
                    Tables.Add(new InventoryTable(table.Rows.SelectMany(r => r.Cells).Where(c => c.IsHeader).Select(c => (InlineText.Words(c.Content), c.Scope switch { TableScope.Row => "row", TableScope.Column => "col", _ => string.Empty })).ToList(), table.Rows.Count));
                    foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                    {
                        Inline(cell.Content);
                    }

                    break;
                case BoxNode box:
                    foreach (var child in box.Blocks)
                    {
                        Block(child);
                    }

                    break;
                case FigureNode figure:
                    Pictures.Add(new InventoryPicture(figure.Source, figure.Alt, null));
                    break;
                case QrNode qr:
                    Pictures.Add(new InventoryPicture(null, qr.Alt, qr.Target));
                    break;
            }
        }

        private void Inline(IEnumerable<InlineElement> content)
        {
            foreach (var element in content)
            {
                switch (element)
                {
                    case LinkElement link:
                        Links.Add(new InventoryLink(link.Target, InlineText.Words(link.Children), link.Description));
                        Inline(link.Children);
                        break;
                    case LanguageElement language:
                        Spans.Add(new InventorySpan(language.Language, InlineText.Words(language.Children)));
                        Inline(language.Children);
                        break;
                    case StyledElement styled:
                        Inline(styled.Children);
                        break;
                    case SourceElement source:
                        Inline(source.Children);
                        break;
                }
            }
        }
    }
}

public sealed record InventoryHeading(int Level, string Text);

/// <summary>A link: where it leads, the words on screen and its description (null: the words are its description).</summary>
public sealed record InventoryLink(string Target, string VisibleText, string? Description)
{
    /// <summary>The name a PDF reader gets: the Link element's /Alt, the name every format gives the link (<see cref="LinkName"/>).</summary>
    public string PdfName => LinkName.Of(VisibleText, Description);
}

/// <summary>A picture (<paramref name="Source"/> in the content folder) or a QR code (<paramref name="QrTarget"/>); <paramref name="Alt"/> null: decoration.</summary>
public sealed record InventoryPicture(string? Source, string? Alt, string? QrTarget);

public sealed record InventorySpan(string Language, string Text);

public sealed record InventoryTable(IReadOnlyList<(string Text, string Scope)> HeaderCells, int Rows);
