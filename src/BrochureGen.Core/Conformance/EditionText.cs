namespace BrochureGen.Conformance;

/// <summary>
/// How a measured value quotes the brochure's own text: between “ and ”, so the report page can
/// mark what is quoted with the edition's language (and direction) and leave the rest in its
/// own. Technical values (a viewport, a file name) take plain quotes.
/// </summary>
public static class EditionText
{
    public const char Open = '\u201C';
    public const char Close = '\u201D';

    public static string Quote(string text) => $"{Open}{text.Replace(Close, '"')}{Close}";
}
