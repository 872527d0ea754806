namespace BrochureGen.Layout;

/// <summary>A picture (with the text beside it) is taller than the frame it is to stand in; a picture is never split.</summary>
public sealed record PictureTallerThanFrame(double Height, double FrameHeight) : BlockMisfit
{
    public override string Reason => $"the picture is taller than the frame ({Points(Height)} pt of {Points(FrameHeight)} pt)";
}
