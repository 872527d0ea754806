namespace BrochureGen.Xliff;

/// <summary>
/// An inline code a CAT tool protects: a spanning code (<c>&lt;pc&gt;</c>: bold, emphasis, a
/// link, a span in another language) when <paramref name="Children"/> is set, else a
/// standalone one (<c>&lt;ph/&gt;</c>: a line break, text printed as written).
/// <paramref name="Id"/> pairs a target's code with the source's; <paramref name="Line"/> and
/// <paramref name="Column"/> are where an imported file has it (0 when written by us).
/// </summary>
public sealed record XliffCode(string Id, IReadOnlyList<XliffInline>? Children, int Line = 0, int Column = 0) : XliffInline;
