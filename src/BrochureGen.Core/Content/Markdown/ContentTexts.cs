namespace BrochureGen.Content.Markdown;

/// <summary>Every text of a Markdown file, in reading order, for checks that look at all of them.</summary>
public static class ContentTexts
{
    public static IEnumerable<ContentText> Of(MarkdownContent content)
    {
        yield return content.Title;
        foreach (var text in content.Meta.Texts)
        {
            yield return text;
        }

        foreach (var text in content.Cover.SelectMany(Of))
        {
            yield return text;
        }

        foreach (var section in content.Sections)
        {
            yield return section.Heading;
            foreach (var text in section.Blocks.SelectMany(Of))
            {
                yield return text;
            }
        }
    }

    public static IEnumerable<ContentText> Of(ContentBlock block) => block switch
    {
        ParagraphBlock paragraph => [paragraph.Text],
        SubheadingBlock heading => [heading.Text],
        ListBlock list => list.Items.SelectMany(Of),
        ListItemBlock item => new[] { item.Text }.Concat(item.Children.SelectMany(Of)),
        TableBlock table => table.Rows.SelectMany(r => r.Cells),
        ImageBlock image => image.Alt is null ? [] : [image.Alt],
        QrBlock qr => [qr.Caption],
        CalloutBlock callout => callout.Blocks.SelectMany(Of),
        _ => [],
    };

    /// <summary>The content with every text of the page (title, headings, blocks; not the front matter) rewritten by <paramref name="rewrite"/>.</summary>
    public static MarkdownContent Map(MarkdownContent content, Func<ContentText, ContentText> rewrite) => content with
    {
        Title = rewrite(content.Title),
        Cover = content.Cover.Select(b => Map(b, rewrite)).ToList(),
        Sections = content.Sections.Select(s => s with { Heading = rewrite(s.Heading), Blocks = s.Blocks.Select(b => Map(b, rewrite)).ToList() }).ToList(),
    };

    private static ContentBlock Map(ContentBlock block, Func<ContentText, ContentText> rewrite) => block switch
    {
        ParagraphBlock paragraph => paragraph with { Text = rewrite(paragraph.Text) },
        SubheadingBlock heading => heading with { Text = rewrite(heading.Text) },
        ListBlock list => list with { Items = list.Items.Select(i => (ListItemBlock)Map(i, rewrite)).ToList() },
        ListItemBlock item => item with { Text = rewrite(item.Text), Children = item.Children.Select(c => Map(c, rewrite)).ToList() },
        TableBlock table => table with { Rows = table.Rows.Select(r => r with { Cells = r.Cells.Select(rewrite).ToList() }).ToList() },
        ImageBlock { Alt: { } alt } image => image with { Alt = rewrite(alt) },
        QrBlock qr => qr with { Caption = rewrite(qr.Caption) },
        CalloutBlock callout => callout with { Blocks = callout.Blocks.Select(b => Map(b, rewrite)).ToList() },
        _ => block,
    };
}
