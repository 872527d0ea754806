namespace BrochureGen.Document.Resolve;

/// <summary>
/// A link written inside a link (a template's <c>&lt;a&gt;</c> around content whose phone number
/// was linked) becomes links side by side: HTML cannot nest anchors, and a word leads to one
/// place. The inner link keeps its target, and the styles, languages and origins around it stay
/// around each part.
/// </summary>
public static class LinksInline
{
    /// <summary><paramref name="outer"/> as it stands in the text: itself, or its parts beside the links it held.</summary>
    public static IReadOnlyList<InlineElement> Hoist(LinkElement outer)
    {
        if (!outer.Children.Any(HoldsLink))
        {
            return [outer];
        }

        var parts = new List<InlineElement>();
        var run = new List<InlineElement>();
        void Close()
        {
            if (run.Count > 0)
            {
                parts.Add(outer with { Children = [.. run] });
                run.Clear();
            }
        }

        void Walk(InlineElement element, Func<InlineElement, InlineElement> wrap)
        {
            switch (element)
            {
                case LinkElement inner:
                    Close();
                    parts.Add(wrap(inner));
                    break;
                case StyledElement styled when styled.Children.Any(HoldsLink):
                    styled.Children.ToList().ForEach(child => Walk(child, e => wrap(styled with { Children = [e] })));
                    break;
                case LanguageElement language when language.Children.Any(HoldsLink):
                    language.Children.ToList().ForEach(child => Walk(child, e => wrap(language with { Children = [e] })));
                    break;
                case SourceElement source when source.Children.Any(HoldsLink):
                    source.Children.ToList().ForEach(child => Walk(child, e => wrap(source with { Children = [e] })));
                    break;
                default:
                    run.Add(wrap(element));
                    break;
            }
        }

        outer.Children.ToList().ForEach(child => Walk(child, e => e));
        Close();
        return parts;
    }

    private static bool HoldsLink(InlineElement element) => element switch
    {
        LinkElement => true,
        StyledElement styled => styled.Children.Any(HoldsLink),
        LanguageElement language => language.Children.Any(HoldsLink),
        SourceElement source => source.Children.Any(HoldsLink),
        _ => false,
    };
}
