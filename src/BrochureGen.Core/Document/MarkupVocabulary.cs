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
        ["figure"] = ["src", "alt", "width", "height", "decorative"],
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

    public static readonly IReadOnlySet<string> InlineElements = new HashSet<string>(StringComparer.Ordinal) { "a", "b", "em", "sup", "span", "br", "src" };

    public static bool IsKnown(string element) => Attributes.ContainsKey(element);

    public static bool Accepts(string element, string attribute) =>
        Attributes.TryGetValue(element, out var allowed) && allowed.Contains(attribute, StringComparer.Ordinal);

    public static string Describe(string element) =>
        Attributes.TryGetValue(element, out var allowed) && allowed.Length > 0 ? string.Join(", ", allowed) : "none";

    public static string KnownElements => string.Join(", ", Attributes.Keys.Where(k => k != "src"));
}
