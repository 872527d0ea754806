namespace BrochureGen.Conformance;

/// <summary>
/// One box of the reviewer's checklist, made from this brochure: a picture with its text, a
/// link with its description, a heading, a span in another language, a panel of the reading
/// order. <paramref name="Text"/> is what the reviewer judges, in <paramref name="Language"/>
/// (null: the report's own language, English). Beside it: <see cref="Quote"/>, more of the
/// brochure's text (a link's description, a panel's first words), <see cref="Note"/>, the
/// report's words, <see cref="Target"/>, an address or file, and <see cref="Picture"/>.
/// </summary>
public sealed record ReviewItem(ReviewTopic Topic, string Text, string? Language = null)
{
    public string? Quote { get; init; }

    public string? QuoteLanguage { get; init; }

    public string? Note { get; init; }

    public string? Target { get; init; }

    public ReviewPicture? Picture { get; init; }
}

/// <summary>A thumbnail for the checklist: a PNG (small, embedded), or the QR code for a link target.</summary>
public sealed record ReviewPicture(byte[]? Png, string? QrTarget);
