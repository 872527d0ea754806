using System.Text.RegularExpressions;

namespace BrochureGen.Conformance;

/// <summary>
/// Whether a language tag is well formed in the shape BCP 47 gives the tags a brochure uses:
/// a language of 2–3 letters, then an optional script (4 letters), region (2 letters or 3
/// digits) and variants. It does not look the subtags up in the registry.
/// </summary>
public static partial class LanguageTag
{
    public static bool IsWellFormed(string? tag) => tag is not null && Shape().IsMatch(tag);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")]
    private static partial Regex Shape();
}
