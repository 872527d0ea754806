namespace BrochureGen.Layout;

/// <summary>Where a panel sits on its page, and the frame its text must stay inside.</summary>
public sealed record PanelFrame(string Slot, double PanelX, double PanelWidth, double PageHeight, double Left, double Top, double Width, double Bottom);
