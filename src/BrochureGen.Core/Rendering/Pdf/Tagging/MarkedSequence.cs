namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>One marked-content sequence: how it is opened and the items it draws (indexes into its group's items), in drawing order.</summary>
internal sealed record MarkedSequence(ContentMark Mark, IReadOnlyList<int> Items);
