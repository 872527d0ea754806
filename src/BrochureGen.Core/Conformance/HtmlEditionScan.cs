using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BrochureGen.Conformance;

/// <summary>
/// Reads back the facts axe-core would check that can be decided without a browser, from the
/// HTML edition's bytes as written: the page's language and title, landmarks, headings, images,
/// SVGs, links and their names, elements with a lang, scripts and event handlers, and the style
/// sheet. The HTML writer produces regular markup (every attribute double-quoted, every element
/// closed), which is what makes reading it with patterns sound; anything the patterns do not
/// recognise counts against the page, never for it.
/// </summary>
public sealed partial record HtmlEditionScan(
    string? Language,
    string? Direction,
    string Title,
    bool HasPolicy,
    string? Viewport,
    IReadOnlyList<(int Level, string Text)> Headings,
    int Headers,
    int Mains,
    int Sections,
    int LabelledSections,
    int PositiveTabIndexes,
    int Images,
    int ImagesWithAlt,
    int Svgs,
    int SvgsNamedOrHidden,
    IReadOnlyList<(string Href, string Text, string Name)> Links,
    IReadOnlyList<string> Languages,
    int Scripts,
    int EventHandlers,
    string ScreenStyle)
{
    public static HtmlEditionScan Of(byte[] html, string policyElement)
    {
        var page = Encoding.UTF8.GetString(html);
        var root = HtmlElement().Match(page);
        var style = string.Concat(StyleElement().Matches(page).Select(m => m.Groups[1].Value));
        var ids = IdAttribute().Matches(page).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var sections = SectionElement().Matches(page).ToList();
        var svgs = SvgTags(page);
        return new HtmlEditionScan(
            root.Success ? Attribute(root.Value, "lang") : null,
            root.Success ? Attribute(root.Value, "dir") : null,
            TitleElement().Match(page) is { Success: true } title ? Text(title.Groups[1].Value) : string.Empty,
            page.Contains(policyElement, StringComparison.Ordinal),
            MetaElement().Matches(page).Select(m => m.Value).Where(m => Attribute(m, "name") == "viewport").Select(m => Attribute(m, "content")).FirstOrDefault(),
            HeadingElement().Matches(page).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Text(m.Groups[2].Value))).ToList(),
            Count(page, "<header"),
            Count(page, "<main"),
            sections.Count,
            sections.Count(s => Attribute(s.Value, "aria-labelledby") is { } id && ids.Contains(id)),
            TabIndex().Matches(page).Count(m => int.TryParse(m.Groups[1].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var index) && index > 0),
            ImgElement().Matches(page).Count,
            ImgElement().Matches(page).Count(m => Attribute(m.Value, "alt") is not null),
            svgs.Count,
            svgs.Count(s => s.Hidden || (Attribute(s.Tag, "role") == "img" && !string.IsNullOrWhiteSpace(Attribute(s.Tag, "aria-label")))),
            AnchorElement().Matches(page).Where(m => Attribute(m.Groups[1].Value, "href") is not null).Select(m =>
            {
                var text = Text(m.Groups[2].Value);
                return (Attribute(m.Groups[1].Value, "href")!, text, Attribute(m.Groups[1].Value, "aria-label") is { Length: > 0 } label ? label : text);
            }).ToList(),
            LangAttribute().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList(),
            Count(page, "<script"),
            EventHandler().Matches(page).Count,
            PrintRules().Replace(style, string.Empty));
    }

    /// <summary>The style sheet's rules for the screen as (selector, declarations), innermost rules only.</summary>
    public IEnumerable<(string Selector, string Declarations)> ScreenRules =>
        CssRule().Matches(ScreenStyle).Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value));

    // Each svg's start tag and whether it, or an element around it, is aria-hidden: the page's
    // tags are followed with a stack (void and self-closed elements do not open).
    private static List<(string Tag, bool Hidden)> SvgTags(string page)
    {
        var svgs = new List<(string, bool)>();
        var open = new Stack<(string Name, bool Hidden)>();
        foreach (Match tag in AnyTag().Matches(page))
        {
            var name = tag.Groups[2].Value.ToLowerInvariant();
            if (tag.Groups[1].Value == "/")
            {
                while (open.Count > 0 && open.Pop().Name != name)
                {
                }

                continue;
            }

            var hidden = (open.Count > 0 && open.Peek().Hidden) || Attribute(tag.Value, "aria-hidden") == "true";
            if (name == "svg")
            {
                svgs.Add((tag.Value, hidden));
            }

            if (!VoidElements.Contains(name) && !tag.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                open.Push((name, hidden));
            }
        }

        return svgs;
    }

    private static readonly HashSet<string> VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "!doctype"];

    private static int Count(string page, string tag) => Regex.Matches(page, Regex.Escape(tag) + "[\\s>]").Count;

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{Regex.Escape(name)}=\"([^\"]*)\"") is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    // The text content of a fragment: a line break a space, other tags dropped (they do not part
    // words), entities decoded, spaces squeezed.
    private static string Text(string fragment) =>
        string.Join(' ', WebUtility.HtmlDecode(Tag().Replace(LineBreak().Replace(fragment, " "), string.Empty)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("<br\\b[^>]*>")]
    private static partial Regex LineBreak();

    [GeneratedRegex("<html\\b[^>]*>")]
    private static partial Regex HtmlElement();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex("<meta\\b[^>]*>")]
    private static partial Regex MetaElement();

    [GeneratedRegex("<h([1-6])\\b[^>]*>(.*?)</h\\1>", RegexOptions.Singleline)]
    private static partial Regex HeadingElement();

    [GeneratedRegex("<section\\b[^>]*>")]
    private static partial Regex SectionElement();

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("\\stabindex=\"(-?[0-9]+)\"")]
    private static partial Regex TabIndex();

    [GeneratedRegex("<img\\b[^>]*>")]
    private static partial Regex ImgElement();

    [GeneratedRegex("<(/?)([!a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("<a(\\s[^>]*)>(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex AnchorElement();

    [GeneratedRegex("\\slang=\"([^\"]*)\"")]
    private static partial Regex LangAttribute();

    [GeneratedRegex("<[a-zA-Z][^>]*\\son[a-z]+\\s*=")]
    private static partial Regex EventHandler();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    // An "@media print { … }" block, whose rules hold one level of nested braces.
    [GeneratedRegex("@media print\\s*\\{(?:[^{}]|\\{[^{}]*\\})*\\}")]
    private static partial Regex PrintRules();

    [GeneratedRegex("([^{}]+)\\{([^{}]*)\\}")]
    private static partial Regex CssRule();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
