namespace BrochureGen.Layout.Theme;

/// <summary>
/// The theme style a block takes when the content names none: one decision for the brochure,
/// the large-print and the HTML editions, and for the check that the theme has each style.
/// </summary>
public static class StyleNames
{
    public const string Body = "body";

    /// <summary>The box a template's <c>&lt;box&gt;</c> without a class is drawn in.</summary>
    public const string DefaultBox = "default";

    /// <summary>The style of a heading of <paramref name="level"/> (1–6): <c>h1</c> … <c>h6</c>.</summary>
    public static string Heading(int level) => $"h{Math.Clamp(level, 1, 6)}";
}
