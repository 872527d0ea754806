namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>
/// An edition's structure tree and the marked content it was built with, decided in one pass
/// before painting (<see cref="StructureTreeBuilder"/>): the painter draws what
/// <see cref="Pages"/> says, the writer spells <see cref="Document"/>, and the bookmarks are
/// its headings.
/// </summary>
internal sealed class StructureTree(StructureElement document, IReadOnlyList<PageMarking> pages)
{
    public StructureElement Document { get; } = document;

    /// <summary>What the painter does on each page, in print order.</summary>
    public IReadOnlyList<PageMarking> Pages { get; } = pages;

    /// <summary>Every element, depth first from the document element (reading order).</summary>
    public IEnumerable<StructureElement> Elements => Document.SelfAndDescendants();

    /// <summary>The headings in reading order, each with its bookmark.</summary>
    public IEnumerable<(StructureElement Element, HeadingAnchor Anchor)> Headings =>
        Elements.Where(e => e.Heading is not null).Select(e => (e, e.Heading!));

    /// <summary>Every marked-content sequence with its element, by page and id.</summary>
    public IEnumerable<(StructureElement Element, MarkedContentKid MarkedContent)> MarkedContent =>
        Elements.SelectMany(e => e.Kids.OfType<MarkedContentKid>().Select(kid => (e, kid))).OrderBy(m => m.kid.Page).ThenBy(m => m.kid.Id);

    /// <summary>Every link annotation with the element that holds it, by page and in the order the page reserves them.</summary>
    public IEnumerable<(StructureElement Link, LinkAnnotationKid Annotation)> Annotations =>
        Elements.SelectMany(e => e.Kids.OfType<LinkAnnotationKid>().Select(kid => (e, kid))).OrderBy(a => a.kid.Page).ThenBy(a => a.kid.Index);
}
