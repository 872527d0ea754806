namespace BrochureGen.Content.Markdown;

/// <summary>
/// A Markdown locale file as the rest of the pipeline sees it: the title (the one <c>#</c>
/// heading), the cover's blocks (before the first <c>##</c>) and the sections in order.
/// </summary>
public sealed record MarkdownContent(ContentText Title, IReadOnlyList<ContentBlock> Cover, IReadOnlyList<ContentSection> Sections, FrontMatter Meta)
{
    /// <summary>Every block in reading order, sections' blocks included (for checks that look at all text).</summary>
    public IEnumerable<ContentBlock> AllBlocks => Cover.Concat(Sections.SelectMany(s => s.Blocks));
}
