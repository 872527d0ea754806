namespace BrochureGen.Vocabulary;

/// <summary>
/// How a run of inline text is marked: the same words for content (Markdown or YAML), the
/// markup a template writes and the document every backend reads.
/// </summary>
public enum InlineKind
{
    Strong,
    Emphasis,
    Superscript,

    /// <summary>Text in another language than the edition's; content only — the document has a language element for it.</summary>
    Language,
}
