namespace BrochureGen.Layout;

/// <summary>
/// A block as the flow sees it: the space it wants above and below, its height at the flow's
/// width, the places it may be split between panels, and whether it must stay with the block
/// after it (a heading).
/// </summary>
public sealed record BlockMeasure(double SpaceBefore, double SpaceAfter, double Height, IReadOnlyList<BreakPoint> Breaks, bool KeepWithNext)
{
    /// <summary>A word of the block is wider than its line at the size asked: broken between characters, or (display text) set smaller.</summary>
    public bool BreaksWords { get; init; }
}

/// <summary>
/// A place a block may be split: before unit <paramref name="Index"/> (a line, a list item or a
/// line inside one (<see cref="ListUnit"/>), a table row). The first part ends at
/// <paramref name="End"/>; the rest starts at <paramref name="Resume"/> (both from the block's top).
/// </summary>
public readonly record struct BreakPoint(int Index, double End, double Resume)
{
    /// <summary>True when the split falls inside a list item (its text continues on the next panel).</summary>
    public bool WithinUnit { get; init; }

    /// <summary>True when the split falls inside a list's first or last item.</summary>
    public bool AtListEdge { get; init; }
}
