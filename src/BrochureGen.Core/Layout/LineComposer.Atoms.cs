using System.Collections.Concurrent;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

public sealed partial class LineComposer
{
    private const int AtomCacheLimit = 20_000;

    // A paragraph's atoms (its unbreakable pieces, shaped, with their faces) do not depend on the
    // width it is set at: the flow measures each block at every panel width and at every spacing
    // it tries, and keeps them for the process. Bounded: past the limit it starts again empty.
    private static readonly ConcurrentDictionary<AtomKey, List<Atom>> KnownAtoms = new();

    private List<Atom> AtomsOf(IReadOnlyList<StyledText> pieces)
    {
        var key = new AtomKey(style, tone, language, pieces);
        if (KnownAtoms.TryGetValue(key, out var known))
        {
            return known;
        }

        if (KnownAtoms.Count >= AtomCacheLimit)
        {
            KnownAtoms.Clear();
        }

        var atoms = SplitIntoAtoms(pieces);
        KnownAtoms.TryAdd(key, atoms);
        return atoms;
    }

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
