namespace BrochureGen.Document;

/// <summary>
/// Every run of text a block sets, with the theme style it is set in (<see cref="StyleNames"/>):
/// headings, paragraphs, list items (nested ones too) and table cells, inside call-outs as well.
/// The HTML edition's font subsets, its link list and the check that the theme has every style
/// all read text through it, so they agree on which text is set in which style.
/// </summary>
public abstract class StyledRunVisitor : BlockVisitor
{
    /// <summary>One run: <paramref name="content"/> set in theme style <paramref name="style"/>.</summary>
    protected abstract void Run(string style, IReadOnlyList<InlineElement> content);

    protected override void Heading(HeadingNode heading) => Run(StyleNames.Of(heading), heading.Content);

    protected override void Paragraph(ParagraphNode paragraph) => Run(StyleNames.Of(paragraph), paragraph.Content);

    protected override void List(ListNode list)
    {
        foreach (var item in list.Items)
        {
            Run(StyleNames.ListItem, item.Content);
            if (item.Nested is { } nested)
            {
                List(nested);
            }
        }
    }

    protected override void Table(TableNode table)
    {
        foreach (var cell in table.Rows.SelectMany(row => row.Cells))
        {
            Run(StyleNames.Of(cell), cell.Content);
        }
    }
}
