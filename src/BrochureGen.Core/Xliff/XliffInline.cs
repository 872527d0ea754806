namespace BrochureGen.Xliff;

/// <summary>Inline content of an XLIFF 2.0 <c>&lt;source&gt;</c> or <c>&lt;target&gt;</c>: text, codes and markers.</summary>
public abstract record XliffInline;
