namespace BrochureGen.Layout;

/// <summary>A table's columns, each at its longest word, are together wider than the panel: some words are broken inside.</summary>
public sealed record TableWiderThanPanel(double NarrowestWidth, double Width) : BlockMisfit
{
    public override string Reason => $"the table is wider than the panel (its narrowest columns need {Points(NarrowestWidth)} pt of {Points(Width)} pt)";
}
