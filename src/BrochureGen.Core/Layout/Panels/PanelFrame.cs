namespace BrochureGen.Layout;

/// <summary>Where a panel sits on its page, and the frame its text must stay inside.</summary>
public sealed record PanelFrame(string Slot, double PanelX, double PanelWidth, double PageHeight, double Left, double Top, double Width, double Bottom)
{
    /// <summary>How far past the frame's foot content may end and still fit: rounding, not overflow.</summary>
    public const double OverflowTolerance = 0.05;

    /// <summary>The same frame measured from the panel's own left edge: what the panel's items are placed in.</summary>
    public PanelFrame Local => this with { PanelX = 0, Left = Left - PanelX };
}
