namespace BrochureGen.Layout;

/// <summary>
/// A piece of a paragraph a line never breaks inside by choice (a word with the space after it,
/// a phone number), shaped; or, with <paramref name="ForcedBreak"/>, a line break of the text.
/// </summary>
internal sealed record ShapedAtom(IReadOnlyList<LineFragment> Fragments, bool ForcedBreak);
