using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

/// <summary>What a paragraph is shaped from, as the cache of shaped segments keys it: equal when the style, tone, language and every piece (text and state) are.</summary>
internal sealed class ShapedTextKey(TextStyle style, ToneColors tone, string language, IReadOnlyList<StyledText> pieces) : IEquatable<ShapedTextKey>
{
    private readonly int _hash = HashOf(style, tone, language, pieces);

    public TextStyle Style => style;

    public ToneColors Tone => tone;

    public string Language => language;

    public IReadOnlyList<StyledText> Pieces => pieces;

    public bool Equals(ShapedTextKey? other) =>
        other is not null && _hash == other._hash && Style.Equals(other.Style) && Tone.Equals(other.Tone)
        && string.Equals(Language, other.Language, StringComparison.Ordinal) && Pieces.SequenceEqual(other.Pieces);

    public override bool Equals(object? obj) => Equals(obj as ShapedTextKey);

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
