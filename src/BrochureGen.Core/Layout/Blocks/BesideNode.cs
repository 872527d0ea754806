using BrochureGen.Document;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// A <c>{.right}</c> picture and the block that follows it, set side by side: the picture at the
/// end of the line, the text in the column beside it. Layout's own pairing (<see cref="Group"/>);
/// the editions that reflow get the two blocks back (<see cref="ReadingOrderBlocks"/>).
/// </summary>
public sealed record BesideNode(FigureNode Figure, BlockNode Text) : BlockNode, IBlockGroup
{
    /// <summary>The picture, then the text beside it.</summary>
    public IReadOnlyList<BlockNode> Blocks => [Figure, Text];

    /// <summary>
    /// The document with every <c>{.right}</c> picture paired with the paragraph or list after it;
    /// <paramref name="originals"/> gives the document's own block for each top-level block made
    /// anew here (a call-out holding such a pair), so the reading order names the document's blocks.
    /// </summary>
    public static BrochureDocument Group(BrochureDocument document, out IReadOnlyDictionary<BlockNode, BlockNode> originals)
    {
        var made = new Dictionary<BlockNode, BlockNode>(ReferenceEqualityComparer.Instance);
        originals = made;
        return document with
        {
            Panels = document.Panels.Select(p => p with { Blocks = Pair(p.Blocks, made) }).ToList(),
            Flow = document.Flow.Select(s => s with { Blocks = Pair(s.Blocks, made) }).ToList(),
        };
    }

    private static List<BlockNode> Pair(IReadOnlyList<BlockNode> blocks, Dictionary<BlockNode, BlockNode>? made = null)
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
                    var regrouped = box with { Blocks = Pair(box.Blocks) };
                    made?.Add(regrouped, box);
                    grouped.Add(regrouped);
                    break;
                default:
                    grouped.Add(blocks[i]);
                    break;
            }
        }

        return grouped;
    }
}
