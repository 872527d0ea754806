namespace BrochureGen.Text.Icu;

/// <summary>A place a line may end: before the UTF-16 index <paramref name="Offset"/>; <paramref name="Mandatory"/> after a hard line break.</summary>
public readonly record struct LineBreakOpportunity(int Offset, bool Mandatory);
