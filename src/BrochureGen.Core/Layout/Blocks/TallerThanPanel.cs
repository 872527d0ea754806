namespace BrochureGen.Layout;

/// <summary>A block that may not be split (a call-out, a short list, a heading with its text) is taller than the panel.</summary>
public sealed record TallerThanPanel(double Height, double Capacity) : BlockMisfit
{
    public override string Reason => $"it may not be split and is {Points(Height)} pt tall, the panel {Points(Capacity)} pt";
}
