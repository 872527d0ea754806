namespace BrochureGen.Vocabulary;

/// <summary>A decoration with no meaning: drawn, never read aloud (<c>&lt;decor kind&gt;</c>, a theme panel's <c>ornament</c>).</summary>
public enum Ornament
{
    /// <summary>A short thick bar in the accent colour.</summary>
    Rule,

    /// <summary>Three diamonds in a row in the accent colour.</summary>
    Diamonds,
}

/// <summary>The names of <see cref="Ornament"/> as templates and themes write them.</summary>
public static class OrnamentNames
{
    /// <summary>Every ornament by its name.</summary>
    public static readonly IReadOnlyDictionary<string, Ornament> ByName = new Dictionary<string, Ornament>(StringComparer.Ordinal)
    {
        ["diamonds"] = Ornament.Diamonds,
        ["rule"] = Ornament.Rule,
    };

    /// <summary>The names, for messages and the theme's schema.</summary>
    public static readonly IReadOnlyList<string> Names = [.. ByName.Keys];

    /// <summary>The name of <paramref name="ornament"/> (<c>rule</c>, <c>diamonds</c>).</summary>
    public static string NameOf(Ornament ornament) => ornament switch
    {
        Ornament.Diamonds => "diamonds",
        _ => "rule",
    };
}
