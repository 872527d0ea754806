using BrochureGen.Document;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// A <c>{.right}</c> picture and the block that follows it, set side by side: the picture at the
/// end of the line, the text in the column beside it. Layout's own pairing (<see cref="Group(BrochureDocument)"/>);
/// the editions that reflow get the two blocks back (<see cref="ReadingOrderBlocks"/>).
/// </summary>
public sealed record BesideNode(FigureNode Figure, BlockNode Text) : BlockNode, IBlockGroup
{
    /// <summary>The picture, then the text beside it.</summary>
    public IReadOnlyList<BlockNode> Blocks => [Figure, Text];

    /// <summary>The document with every <c>{.right}</c> picture paired with the paragraph or list after it.</summary>
    public static BrochureDocument Group(BrochureDocument document) => document with
    {
        Panels = document.Panels.Select(p => p with { Blocks = Group(p.Blocks) }).ToList(),
        Flow = document.Flow.Select(s => s with { Blocks = Group(s.Blocks) }).ToList(),
    };

    private static List<BlockNode> Group(IReadOnlyList<BlockNode> blocks)
    {
        var grouped = new List<BlockNode>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case FigureNode { Place: PicturePlace.Right } figure when i + 1 < blocks.Count && blocks[i + 1] is ParagraphNode or ListNode:
                    grouped.Add(new BesideNode(figure, blocks[i + 1]));
                    i++;
                    break;
                case BoxNode box:
                    grouped.Add(box with { Blocks = Group(box.Blocks) });
                    break;
                default:
                    grouped.Add(blocks[i]);
                    break;
            }
        }

        return grouped;
    }
}
