namespace BrochureGen.Document;

/// <summary>
/// The top-level blocks of a document, numbered: the blocks of its fixed panels, then those of
/// its flowing sections, each in the order written. Blocks are told apart by identity, not by
/// value: two paragraphs with the same words are two blocks.
/// </summary>
public sealed class DocumentBlocks
{
    private readonly List<BlockNode> _blocks;
    private readonly Dictionary<BlockNode, BlockId> _ids = new(ReferenceEqualityComparer.Instance);

    public DocumentBlocks(BrochureDocument document)
    {
        Document = document;
        _blocks = [.. document.Panels.SelectMany(p => p.Blocks), .. document.Flow.SelectMany(s => s.Blocks)];
        for (var i = 0; i < _blocks.Count; i++)
        {
            _ids.TryAdd(_blocks[i], new BlockId(i));
        }
    }

    public BrochureDocument Document { get; }

    public int Count => _blocks.Count;

    public BlockNode this[BlockId id] => _blocks[id.Index];

    /// <summary>The id of one of the document's own top-level blocks; anything else is a bug of the stage that asks (it made a block of its own).</summary>
    public BlockId IdOf(BlockNode block) =>
        _ids.TryGetValue(block, out var id) ? id : throw new InvalidOperationException($"a {block.GetType().Name} that is not one of the document's top-level blocks");
}
