using BrochureGen.Document;

namespace BrochureGen.Layout;

/// <summary>
/// Works out the <see cref="ReadingEdition"/> of a laid-out edition: the document's blocks in the
/// order a reader of the folded brochure meets the panels holding them, each named once by its
/// id, where it starts.
/// </summary>
internal static class ReadingOrderBlocks
{
    /// <summary>The reading edition of panels laid out from <paramref name="document"/>, whose blocks layout regrouped as <paramref name="regrouped"/> says (<see cref="BesideNode.Group"/>).</summary>
    public static ReadingEdition Of(DocumentBlocks document, IReadOnlyDictionary<BlockNode, BlockNode> regrouped, IReadOnlyList<LaidOutPanel> panelsInReadingOrder)
    {
        BlockId IdOf(BlockNode block) => document.IdOf(regrouped.GetValueOrDefault(block) ?? block);
        var order = new List<BlockId>();
        foreach (var panel in panelsInReadingOrder)
        {
            foreach (var block in panel.Blocks)
            {
                switch (block)
                {
                    case SliceNode { From: 0 } slice:
                        order.Add(IdOf(Whole(slice.Block)));
                        break;
                    case SliceNode:
                        // The rest of a block already listed on an earlier panel.
                        break;
                    case BesideNode beside:
                        // Side by side is the panel's arrangement; the reflowed editions read a picture, then its text.
                        order.Add(IdOf(beside.Figure));
                        order.Add(IdOf(beside.Text));
                        break;
                    default:
                        order.Add(IdOf(block));
                        break;
                }
            }
        }

        return new ReadingEdition(document, panelsInReadingOrder.Select(p => p.Slot).ToList(), order);
    }

    private static BlockNode Whole(BlockNode block) => block is SliceNode slice ? Whole(slice.Block) : block;
}
