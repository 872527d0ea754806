using BrochureGen.Diagnostics;

namespace BrochureGen.Content.Translation;

/// <summary>
/// One unit of a locale's content as the translation check sees it, the same for YAML keys and
/// Markdown: what it is (<paramref name="Kind"/>: a paragraph, a list, a YAML mapping…), where it
/// was written, its text if it has one, the facts a translation keeps about it (a list's length,
/// a section's pin, a QR code's address) and the units it holds, paired with the translation's
/// as <see cref="Pairing"/> says.
/// </summary>
public sealed record ComparableUnit(string Kind, SourceLocation Location)
{
    /// <summary>How messages name it: <c>this list</c>, <c>'signs.intro'</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>Its name in the unit that holds it, when that unit pairs its parts by name.</summary>
    public string? Key { get; init; }

    public ContentText? Text { get; init; }

    /// <summary>What a translation keeps about it besides its words, in the order they are checked.</summary>
    public IReadOnlyList<UnitFact> Facts { get; init; } = [];

    public IReadOnlyList<ComparableUnit> Children { get; init; } = [];

    public ChildPairing Pairing { get; init; } = ChildPairing.ByPlace;

    /// <summary>How messages name its parts when their number differs: <c>sections ('## …')</c>, <c>blocks</c>.</summary>
    public string ChildNoun { get; init; } = "parts";

    /// <summary>
    /// A link description pattern (what a screen reader says for a link): its placeholders
    /// (<c>{name}</c>, <c>{link}</c>) must stay, and left in the source's language it is read in that language.
    /// </summary>
    public bool IsDescriptionPattern { get; init; }

    /// <summary>May be left out on either side (the front matter's link descriptions fall back to the program's own).</summary>
    public bool Optional { get; init; }
}
