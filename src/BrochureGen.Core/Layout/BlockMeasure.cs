namespace BrochureGen.Layout;

/// <summary>
/// A block as the flow sees it: the space it wants above and below, its height at the flow's
/// width, the places it may be split between panels, and whether it must stay with the block
/// after it (a heading).
/// </summary>
public sealed record BlockMeasure(double SpaceBefore, double SpaceAfter, double Height, IReadOnlyList<BreakPoint> Breaks, bool KeepWithNext);

/// <summary>
/// A place a block may be split: before unit <paramref name="Index"/> (a line, list item or
/// table row). The first part ends at <paramref name="End"/>; the rest starts at
/// <paramref name="Resume"/> (both from the block's top).
/// </summary>
public readonly record struct BreakPoint(int Index, double End, double Resume);
