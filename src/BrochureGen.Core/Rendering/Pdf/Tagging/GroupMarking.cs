namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>
/// What the painter does with a group of items (a panel, a page's decorations): the
/// marked-content sequences in drawing order, and which link areas get an annotation
/// (indexes into the group's items, in item order).
/// </summary>
internal sealed record GroupMarking(IReadOnlyList<MarkedSequence> Sequences, IReadOnlyList<int> AnnotatedLinkAreas);
