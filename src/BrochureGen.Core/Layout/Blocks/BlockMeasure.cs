namespace BrochureGen.Layout;

/// <summary>
/// A block's plan, as its composer measured it for the flow: the space it wants above and below,
/// its height at the flow's width, the places it may be split between panels, whether it must
/// stay with the block after it (a heading), and, when something of it does not fit, why.
/// </summary>
public sealed record BlockMeasure(double SpaceBefore, double SpaceAfter, double Height, IReadOnlyList<BreakPoint> Breaks, bool KeepWithNext)
{
    /// <summary>A word of the block is wider than its line at the size asked: broken between characters, or (display text) set smaller.</summary>
    public bool BreaksWords { get; init; }

    /// <summary>What of the block does not fit its width (a table whose narrowest columns are wider), as its composer found; null when all of it does.</summary>
    public BlockMisfit? Misfit { get; init; }

    /// <summary>Why the block cannot be set in a panel <paramref name="capacity"/> high (what its width already gives, else its height), or null when it can.</summary>
    public BlockMisfit? In(double capacity, bool isPicture) =>
        Breaks.Count == 0 && Height > capacity
            ? isPicture ? new PictureTallerThanFrame(Height, capacity) : new TallerThanPanel(Height, capacity)
            : Misfit;
}
