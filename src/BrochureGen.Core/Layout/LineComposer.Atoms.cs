using BrochureGen.Layout.Theme;
using BrochureGen.Text;

namespace BrochureGen.Layout;

public sealed partial class LineComposer
{
    // A paragraph's atoms (its unbreakable pieces, shaped, with their faces) and what breaking
    // after each costs do not depend on the width it is set at: the flow measures each block at
    // every panel width and at every spacing it tries, so they are kept (BoundedCache).
    private static readonly BoundedCache<AtomKey, IReadOnlyList<Segment>> KnownSegments = new(20_000);

    private IReadOnlyList<Segment> SegmentsOf(IReadOnlyList<StyledText> pieces) =>
        KnownSegments.GetOrAdd(new AtomKey(style, tone, language, pieces), _ => Segments(SplitIntoAtoms(pieces)));

    // The text between two forced breaks (or the paragraph's ends), ready for the breaker.
    private List<Segment> Segments(List<Atom> atoms)
    {
        var segments = new List<Segment>();
        var current = new List<Atom>();
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

    private Segment Prepared(List<Atom> atoms, bool endsWithBreak) => new(
        atoms,
        endsWithBreak,
        atoms.Select(a => a.Fragments.Sum(f => f.Width)).ToArray(),
        atoms.Select(a => ContentWidth(a.Fragments)).ToArray(),
        BreakCosts(atoms).ToArray(),
        atoms.Select(a => a.Fragments.Any(f => f.Text.Any(char.IsLetterOrDigit))).ToArray());

    private sealed record Segment(IReadOnlyList<Atom> Atoms, bool EndsWithBreak, double[] Widths, double[] ContentWidths, double[] BreakCosts, bool[] IsWord);

    // Equal when the style, tone, language and every piece (text and state) are.
    private sealed class AtomKey(TextStyle style, ToneColors tone, string language, IReadOnlyList<StyledText> pieces) : IEquatable<AtomKey>
    {
        private readonly int _hash = HashOf(style, tone, language, pieces);

        public TextStyle Style => style;

        public ToneColors Tone => tone;

        public string Language => language;

        public IReadOnlyList<StyledText> Pieces => pieces;

        public bool Equals(AtomKey? other) =>
            other is not null && _hash == other._hash && Style.Equals(other.Style) && Tone.Equals(other.Tone)
            && string.Equals(Language, other.Language, StringComparison.Ordinal) && Pieces.SequenceEqual(other.Pieces);

        public override bool Equals(object? obj) => Equals(obj as AtomKey);

        public override int GetHashCode() => _hash;

        private static int HashOf(TextStyle style, ToneColors tone, string language, IReadOnlyList<StyledText> pieces)
        {
            var hash = new HashCode();
            hash.Add(style);
            hash.Add(tone);
            hash.Add(language, StringComparer.Ordinal);
            foreach (var piece in pieces)
            {
                hash.Add(piece);
            }

            return hash.ToHashCode();
        }
    }
}
