namespace BrochureGen.Layout;

/// <summary>A word (or a number, an address) is wider than its line at the size asked: it is broken between characters, or display text is set smaller.</summary>
public sealed record WordWiderThanLine(double Width) : BlockMisfit
{
    public override string Reason => $"a word is wider than its line of {Points(Width)} pt";
}
