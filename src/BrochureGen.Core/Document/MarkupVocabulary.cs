namespace BrochureGen.Document;

/// <summary>The elements of brochure markup and the attributes each accepts.</summary>
internal static class MarkupVocabulary
{
    private static readonly Dictionary<string, string[]> Attributes = new(StringComparer.Ordinal)
    {
        ["brochure"] = ["lang"],
        ["panel"] = ["slot", "tone"],
        ["section"] = ["pin"],
        ["panel-break"] = [],
        ["h1"] = ["class"],
        ["h2"] = ["class"],
        ["h3"] = ["class"],
        ["h4"] = ["class"],
        ["h5"] = ["class"],
        ["h6"] = ["class"],
        ["p"] = ["class"],
        ["ul"] = [],
        ["ol"] = ["start"],
        ["li"] = ["checked"],
        ["table"] = [],
        ["tr"] = [],
        ["th"] = ["scope", "align"],
        ["td"] = ["align"],
        ["qr"] = ["href", "alt"],
        ["box"] = ["class"],
        ["figure"] = ["src", "alt", "width", "height", "place", "decorative"],
        ["decor"] = ["kind"],
        ["fill"] = [],
        ["a"] = ["href", "title"],
        ["b"] = [],
        ["em"] = [],
        ["sup"] = [],
        ["span"] = ["lang"],
        ["br"] = [],
        ["src"] = ["ref"],
    };

    /// <summary>What each element means (rendered into docs/template-model.md).</summary>
    public static readonly IReadOnlyDictionary<string, string> Meanings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["brochure"] = "the edition; holds `<section>`, `<panel-break/>` and `<panel>`",
        ["panel"] = "a panel filled by name (a template that places everything itself); `tone` overrides the theme's",
        ["section"] = "flowing content; `pin` puts it on a panel of the layout",
        ["panel-break"] = "what follows starts on the next panel of the flow",
        ["h1"] = "the title (one per brochure); `class` picks a style of the theme",
        ["h2"] = "a section heading",
        ["h3"] = "a sub-section heading",
        ["h4"] = "a heading below h3",
        ["h5"] = "a heading below h4",
        ["h6"] = "a heading below h5",
        ["p"] = "a paragraph; `class` picks a style of the theme",
        ["ul"] = "a bulleted list (a checklist when every item has `checked`)",
        ["ol"] = "a numbered list starting at `start`",
        ["li"] = "a list item; `checked=\"true|false\"` draws a box; a list at its end nests",
        ["table"] = "a table of `<tr>` rows",
        ["tr"] = "a row of `<th>` and `<td>` cells",
        ["th"] = "a header cell; `scope` is `col` or `row`, `align` `start`, `center` or `end`",
        ["td"] = "a data cell; `align` `start`, `center` or `end`",
        ["qr"] = "a QR code for `href`, with `alt` saying where it leads",
        ["box"] = "a call-out: blocks on a background, a box of the theme named by `class`",
        ["figure"] = "a picture with `alt` text, or `decorative=\"true\"`; `width` (a percentage of the column, or a length: `1.5in`, `30mm`, `72pt`, `72`) and `height` (a length) size it, keeping its proportions; `place` is `start`, `center`, `right` (the next block beside it) or `full-bleed` (behind the panel, to the trim)",
        ["decor"] = "decoration (`rule`, `diamonds`), never read aloud",
        ["fill"] = "flexible space: pushes what follows to the foot of the panel",
        ["a"] = "a link; `title` says what following it does",
        ["b"] = "bold",
        ["em"] = "emphasis",
        ["sup"] = "superscript",
        ["span"] = "text in another language (`lang`)",
        ["br"] = "a line break",
        ["src"] = "written by BrochureGen itself: which content value the words came from",
    };

    /// <summary>The attributes each element accepts.</summary>
    public static IReadOnlyList<string> AttributesOf(string element) => Attributes[element];

    public static IEnumerable<string> Elements => Attributes.Keys;

    public static readonly IReadOnlySet<string> InlineElements = new HashSet<string>(StringComparer.Ordinal) { "a", "b", "em", "sup", "span", "br", "src" };

    public static bool IsKnown(string element) => Attributes.ContainsKey(element);

    public static bool Accepts(string element, string attribute) =>
        Attributes.TryGetValue(element, out var allowed) && allowed.Contains(attribute, StringComparer.Ordinal);

    public static string Describe(string element) =>
        Attributes.TryGetValue(element, out var allowed) && allowed.Length > 0 ? string.Join(", ", allowed) : "none";

    public static string KnownElements => string.Join(", ", Attributes.Keys.Where(k => k != "src"));
}
