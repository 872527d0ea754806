namespace BrochureGen.Rendering.Braille;

/// <summary>A formatted block: its lines (indents included) and how it sits among the others.</summary>
/// <param name="Lines">the lines, each at most 40 cells.</param>
/// <param name="BlankBefore">a blank line precedes it (headings, lists), except at the top of a page.</param>
/// <param name="BlankAfter">a blank line follows it (the centred main heading, lists).</param>
/// <param name="KeepWithNext">a heading: it must not end a page, at least one line of what follows stays with it.</param>
public sealed record BrailleBlock(IReadOnlyList<string> Lines, bool BlankBefore = false, bool BlankAfter = false, bool KeepWithNext = false);
