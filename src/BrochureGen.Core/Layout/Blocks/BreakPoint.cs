namespace BrochureGen.Layout;

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
