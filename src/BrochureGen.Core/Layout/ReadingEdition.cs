using BrochureGen.Document;

namespace BrochureGen.Layout;

/// <summary>
/// What the reflowed formats (HTML, braille, large print) are written from: the document, and
/// the order a reader of the folded brochure meets its panels and its blocks, as layout decided
/// it. The blocks are the document's own, whole (<see cref="Blocks"/>): how layout split them
/// between panels or set a picture beside its text is the panels' arrangement, which these
/// formats never see, so they read in the same order as the PDF and never decide structure again.
/// </summary>
public sealed class ReadingEdition
{
    private readonly DocumentBlocks _document;

    public ReadingEdition(DocumentBlocks document, IReadOnlyList<string> panels, IReadOnlyList<BlockId> order)
    {
        _document = document;
        Panels = panels;
        Order = order;
        Blocks = order.Select(id => document[id]).ToList();
    }

    public BrochureDocument Document => _document.Document;

    public string Language => Document.Language;

    /// <summary>The panels' slots, in reading order.</summary>
    public IReadOnlyList<string> Panels { get; }

    /// <summary>The blocks in reading order, by id: a block split between panels is listed once, where it starts.</summary>
    public IReadOnlyList<BlockId> Order { get; }

    /// <summary>The blocks of <see cref="Order"/>.</summary>
    public IReadOnlyList<BlockNode> Blocks { get; }
}
