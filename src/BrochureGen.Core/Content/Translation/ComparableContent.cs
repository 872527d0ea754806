namespace BrochureGen.Content.Translation;

/// <summary>
/// A locale's content in the one form the translation check compares, whichever way it was
/// written: its units (<paramref name="Root"/>), every text with the name messages give it (for
/// the <c>TODO(translate)</c> markers, which may stand in texts that are not compared, such as a
/// Markdown file's keywords), the translation's counterparts of the source's addresses, and the
/// code its structural problems are reported with (<c>BG0109</c> for YAML keys, <c>BG0115</c>
/// for Markdown blocks).
/// </summary>
public sealed record ComparableContent(
    ComparableUnit Root,
    IReadOnlyList<(ContentText Text, string Subject)> Texts,
    Func<string, string> Localized,
    string StructureCode)
{
    public static ComparableContent Of(LocaleContent content) => content.Markdown is { } markdown
        ? MarkdownComparable.Of(markdown)
        : YamlComparable.Of(content.Root);
}
