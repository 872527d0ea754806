namespace BrochureGen.Document.Resolve;

/// <summary>
/// The accessible name of a link, decided once for every format: the PDFs' Link element /Alt and
/// the HTML edition's aria-label (the annotation's /Contents keeps the description, which says
/// what following the link does). A name must contain the words a reader sees (WCAG 2.5.3 label
/// in name: a speech-input user says what is on the screen), so:
/// <list type="bullet">
/// <item>no description: the visible text is the name;</item>
/// <item>a description that contains the visible text ("Call the Hotline, 1-888-373-7888"): the description is the name;</item>
/// <item>a description without it ("Website of the Office of Victim Services" for www.ct.gov/ovs): the visible text first, then the description in parentheses.</item>
/// </list>
/// </summary>
public static class LinkName
{
    /// <summary>The name when it differs from the visible text, or null when the visible text alone names the link.</summary>
    public static string? Override(string visibleText, string? description)
    {
        var visible = Squeeze(visibleText);
        if (description is null || Squeeze(description) == visible)
        {
            return null;
        }

        var described = Squeeze(description);
        return ContainsWords(described, visible) ? described : $"{visible} ({described})";
    }

    /// <summary>The name of a link element: its text as a reader sees it, with its description.</summary>
    public static string Of(LinkElement link) => Of(InlineText.Of(link.Children), link.Description);

    /// <summary>The name of a link whose visible text is <paramref name="visibleText"/>.</summary>
    public static string Of(string visibleText, string? description) => Override(visibleText, description) ?? Squeeze(visibleText);

    // Whole words, as a speech-input user says them and as axe-core's label-in-name rule
    // compares them: "911" is not in the Korean "911에" (911 with a particle attached), so
    // there the visible number leads the name.
    private static bool ContainsWords(string name, string visible)
    {
        var nameWords = Words(name);
        var visibleWords = Words(visible);
        if (visibleWords.Count == 0)
        {
            return true;
        }

        for (var start = 0; start + visibleWords.Count <= nameWords.Count; start++)
        {
            if (visibleWords.Select((word, i) => string.Equals(word, nameWords[start + i], StringComparison.OrdinalIgnoreCase)).All(equal => equal))
            {
                return true;
            }
        }

        return false;
    }

    // Punctuation does not separate words (1-888-373-7888 is one word), it is dropped.
    private static List<string> Words(string text) =>
        new string(text.Where(c => !char.IsPunctuation(c)).ToArray()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Squeeze(string text) => InlineText.Squeezed(text);
}
