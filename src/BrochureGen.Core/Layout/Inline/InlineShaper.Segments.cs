using BrochureGen.Text;

namespace BrochureGen.Layout;

internal sealed partial class InlineShaper
{
    // A paragraph's atoms (its unbreakable pieces, shaped, with their faces) and what breaking
    // after each costs do not depend on the width it is set at: the flow measures each block at
    // every panel width and at every spacing it tries, so they are kept (BoundedCache).
    private static readonly BoundedCache<ShapedTextKey, IReadOnlyList<ShapedSegment>> KnownSegments = new(20_000);

    /// <summary>The paragraph's segments (the text between forced breaks), each of shaped atoms ready for the break phase.</summary>
    public IReadOnlyList<ShapedSegment> Shape(IReadOnlyList<StyledText> pieces) =>
        KnownSegments.GetOrAdd(new ShapedTextKey(style, tone, language, pieces), _ => Segments(SplitIntoAtoms(pieces)));

    // The text between two forced breaks (or the paragraph's ends), ready for the breaker.
    private List<ShapedSegment> Segments(List<ShapedAtom> atoms)
    {
        var segments = new List<ShapedSegment>();
        var current = new List<ShapedAtom>();
        foreach (var atom in atoms)
        {
            if (atom.ForcedBreak)
            {
                segments.Add(Prepared(current, endsWithBreak: true));
                current = [];
                continue;
            }

            current.Add(atom);
        }

        if (current.Count > 0 || segments.Count == 0)
        {
            segments.Add(Prepared(current, endsWithBreak: false));
        }

        return segments;
    }

    private ShapedSegment Prepared(List<ShapedAtom> atoms, bool endsWithBreak) => new(
        atoms,
        endsWithBreak,
        atoms.Select(a => a.Fragments.Sum(f => f.Width)).ToArray(),
        atoms.Select(a => LineFragment.ContentWidth(a.Fragments)).ToArray(),
        BreakCosts(atoms).ToArray(),
        atoms.Select(a => a.Fragments.Any(f => f.Text.Any(char.IsLetterOrDigit))).ToArray());
}
