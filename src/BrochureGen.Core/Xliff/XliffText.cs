namespace BrochureGen.Xliff;

/// <summary>Text to translate.</summary>
public sealed record XliffText(string Text) : XliffInline;
