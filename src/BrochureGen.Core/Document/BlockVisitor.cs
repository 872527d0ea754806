namespace BrochureGen.Document;

/// <summary>
/// The one walk over document blocks that the backends share: each kind of block has its own
/// method, so a backend says what it does with a kind, and a new kind is added here once — a
/// backend that does not override it gets the default (nothing, or a box's blocks in turn)
/// instead of a <c>switch</c> somewhere that silently skips it.
/// </summary>
public abstract class BlockVisitor
{
    public void Visit(IEnumerable<BlockNode> blocks)
    {
        foreach (var block in blocks)
        {
            Visit(block);
        }
    }

    public void Visit(BlockNode block)
    {
        switch (block)
        {
            case HeadingNode heading:
                Heading(heading);
                break;
            case ParagraphNode paragraph:
                Paragraph(paragraph);
                break;
            case ListNode list:
                List(list);
                break;
            case TableNode table:
                Table(table);
                break;
            case QrNode qr:
                Qr(qr);
                break;
            case BoxNode box:
                Box(box);
                break;
            case FigureNode figure:
                Figure(figure);
                break;
            case DecorNode decor:
                Decor(decor);
                break;
            case FillNode or PanelBreakNode:
                PanelGeometry(block);
                break;
            case IBlockGroup group:
                Visit(group.Blocks);
                break;
            default:
                // Layout's slices of a split block never reach a backend: the reading order lists blocks whole.
                throw new InvalidOperationException($"{GetType().Name} has no visit for {block.GetType().Name}");
        }
    }

    protected virtual void Heading(HeadingNode heading)
    {
    }

    protected virtual void Paragraph(ParagraphNode paragraph)
    {
    }

    protected virtual void List(ListNode list)
    {
    }

    protected virtual void Table(TableNode table)
    {
    }

    protected virtual void Qr(QrNode qr)
    {
    }

    /// <summary>A call-out: by default, its blocks in turn.</summary>
    protected virtual void Box(BoxNode box) => Visit(box.Blocks);

    protected virtual void Figure(FigureNode figure)
    {
    }

    protected virtual void Decor(DecorNode decor)
    {
    }

    /// <summary>Flexible space and forced panel breaks: fold geometry, nothing for a format without panels.</summary>
    protected virtual void PanelGeometry(BlockNode block)
    {
    }
}

/// <summary>
/// Blocks layout sets together (a picture with the paragraph beside it): to every other reader
/// they are the blocks they hold, in reading order.
/// </summary>
public interface IBlockGroup
{
    IReadOnlyList<BlockNode> Blocks { get; }
}
