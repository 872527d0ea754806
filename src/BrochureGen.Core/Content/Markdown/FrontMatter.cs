namespace BrochureGen.Content.Markdown;

/// <summary>
/// The optional YAML front matter of a Markdown file: the edition's metadata and the patterns
/// that describe links to assistive technology (<c>{name}</c> and <c>{link}</c> are filled in).
/// </summary>
public sealed record FrontMatter(
    ContentText? Subject,
    IReadOnlyList<ContentText> Keywords,
    ContentText? Author,
    ContentText? CallDescription,
    ContentText? WebsiteDescription)
{
    public static readonly FrontMatter Empty = new(null, [], null, null, null);

    /// <summary>The translation's own addresses for the source's (<c>links:</c>), in file order.</summary>
    public IReadOnlyList<LocalizedLink> Links { get; init; } = [];

    /// <summary>
    /// Where a translation's link must lead where the source's leads to <paramref name="sourceAddress"/>:
    /// the declared counterpart, or the same address. Compared by <see cref="LinkAddress.Key"/>.
    /// </summary>
    public string Localized(string sourceAddress)
    {
        var key = LinkAddress.Key(sourceAddress);
        return Links.FirstOrDefault(l => LinkAddress.Key(l.Source) == key)?.Translation ?? sourceAddress;
    }

    /// <summary>Every text of the front matter, for checks that look at all text.</summary>
    public IEnumerable<ContentText> Texts =>
        new[] { Subject, Author, CallDescription, WebsiteDescription }.OfType<ContentText>().Concat(Keywords);
}
