using System.Text;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content;

/// <summary>The small inline markup content values may use: bold, emphasis, superscript, links and spans in another language.</summary>
public abstract record InlineNode
{
    public static string PlainTextOf(IEnumerable<InlineNode> nodes)
    {
        var text = new StringBuilder();
        foreach (var node in nodes)
        {
            node.AppendPlainText(text);
        }

        return text.ToString();
    }

    internal abstract void AppendPlainText(StringBuilder text);
}

public sealed record PlainInline(string Text) : InlineNode
{
    /// <summary>
    /// True for text written to be printed exactly as it is, never linked (Markdown code,
    /// <c>`860-560-7065`</c>): a translation tool must keep it whole.
    /// </summary>
    public bool Verbatim { get; init; }

    internal override void AppendPlainText(StringBuilder text) => text.Append(Text);
}

public sealed record StyledInline(InlineKind Style, IReadOnlyList<InlineNode> Children) : InlineNode
{
    /// <summary>The BCP 47 tag of a <see cref="InlineKind.Language"/> span.</summary>
    public string? Language { get; init; }

    /// <summary>A span of text in <paramref name="language"/>.</summary>
    public static StyledInline InLanguage(string language, IReadOnlyList<InlineNode> children) => new(InlineKind.Language, children) { Language = language };

    internal override void AppendPlainText(StringBuilder text)
    {
        foreach (var child in Children)
        {
            child.AppendPlainText(text);
        }
    }
}

/// <summary>
/// A link: either written as <c>[label](target)</c> or found in the text (a phone number or web
/// address). <paramref name="Description"/> says what following it does, when the content
/// stage could tell (Markdown content); otherwise the template or the sentence decides.
/// </summary>
public sealed record LinkInline(string Target, IReadOnlyList<InlineNode> Children, string? Description = null) : InlineNode
{
    /// <summary>
    /// True for a phone number or address found in the text (it links itself), false for a
    /// link written with its own words (<c>[words](target)</c>).
    /// </summary>
    public bool Found { get; init; }

    internal override void AppendPlainText(StringBuilder text)
    {
        foreach (var child in Children)
        {
            child.AppendPlainText(text);
        }
    }
}

/// <summary>A hard line break inside a paragraph (an address written line by line).</summary>
public sealed record LineBreakInline : InlineNode
{
    internal override void AppendPlainText(StringBuilder text) => text.Append('\n');
}
