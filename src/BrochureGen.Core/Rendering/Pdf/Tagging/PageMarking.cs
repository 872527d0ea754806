namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>The markings of one page: one per panel in the page's order, then the page's decorations.</summary>
internal sealed record PageMarking(IReadOnlyList<GroupMarking> Panels, GroupMarking Decorations);
