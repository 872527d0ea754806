namespace BrochureGen.Document;

/// <summary>
/// The text a reader sees in inline content, decided once for every stage that reads it (a link's
/// name and description, the HTML edition's fonts and direction, the accessibility inventory).
/// </summary>
public static class InlineText
{
    /// <summary>The text as written, line breaks as spaces.</summary>
    public static string Of(IEnumerable<InlineElement> inlines) => string.Concat(inlines.Select(inline => inline switch
    {
        TextElement t => t.Text,
        LineBreakElement => " ",
        StyledElement s => Of(s.Children),
        LinkElement l => Of(l.Children),
        LanguageElement l => Of(l.Children),
        SourceElement s => Of(s.Children),
        _ => string.Empty,
    }));

    /// <summary>The words, each run of spaces and line breaks one space, none at either end.</summary>
    public static string Words(IEnumerable<InlineElement> inlines) => Squeezed(Of(inlines));

    /// <summary><paramref name="text"/> with each run of white space one space, none at either end.</summary>
    public static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
