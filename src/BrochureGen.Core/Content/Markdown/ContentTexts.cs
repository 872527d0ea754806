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
}
