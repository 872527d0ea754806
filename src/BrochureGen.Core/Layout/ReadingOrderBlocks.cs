using BrochureGen.Document;

namespace BrochureGen.Layout;

/// <summary>
/// The blocks of an edition in the order a reader of the folded brochure meets them, whole:
/// a block the flow split between panels is listed once, where it starts. The HTML, large-print
/// and braille editions are written from this list, so they read in the same order as the PDF
/// and never decide structure again.
/// </summary>
public static class ReadingOrderBlocks
{
    public static IReadOnlyList<BlockNode> Of(LaidOutBrochure brochure)
    {
        var blocks = new List<BlockNode>();
        foreach (var panel in brochure.PanelsInReadingOrder)
        {
            foreach (var block in panel.Blocks)
            {
                switch (block)
                {
                    case SliceNode { From: 0 } slice:
                        blocks.Add(Whole(slice.Block));
                        break;
                    case SliceNode:
                        // The rest of a block already listed on an earlier panel.
                        break;
                    case BesideNode beside:
                        // Side by side is the panel's arrangement; the reflowed editions read a picture, then its text.
                        blocks.Add(beside.Figure);
                        blocks.Add(beside.Text);
                        break;
                    default:
                        blocks.Add(block);
                        break;
                }
            }
        }

        return blocks;
    }

    private static BlockNode Whole(BlockNode block) => block is SliceNode slice ? Whole(slice.Block) : block;
}
