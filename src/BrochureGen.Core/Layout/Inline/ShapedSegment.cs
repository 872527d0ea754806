namespace BrochureGen.Layout;

/// <summary>
/// The text between two forced breaks (or the paragraph's ends), shaped, as the break phase
/// reads it: its atoms, and per atom its width with and without the space after it, what
/// breaking after it costs, and whether it holds a word (for runts).
/// </summary>
internal sealed record ShapedSegment(IReadOnlyList<ShapedAtom> Atoms, bool EndsWithBreak, double[] Widths, double[] ContentWidths, double[] BreakCosts, bool[] IsWord);
