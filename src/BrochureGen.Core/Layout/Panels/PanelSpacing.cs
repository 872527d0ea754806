namespace BrochureGen.Layout;

/// <summary>
/// How a panel's free space is shared out before its final pass: each <c>&lt;fill/&gt;</c>'s
/// height, the factor on the gaps between the panel's own blocks, and the extra space each loose
/// gap (before a heading or call-out that follows other text) takes.
/// </summary>
internal sealed record PanelSpacing(double FillShare, double GapScale, double LooseGapExtra)
{
    public static readonly PanelSpacing AsSet = new(0, 1, 0);
}
