using System.Globalization;

namespace BrochureGen.Build;

/// <summary>A language's name in that language (español, Tiếng Việt, 中文), for people choosing an edition.</summary>
public static class LanguageNames
{
    // ICU does not know every language; these are the ones it lacks that brochures use.
    private static readonly Dictionary<string, string> Missing = new(StringComparer.Ordinal)
    {
        ["ht"] = "Kreyòl ayisyen",
    };

    public static string Native(string locale)
    {
        if (Missing.TryGetValue(locale.Split('-')[0], out var name))
        {
            return name;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(locale, predefinedOnly: true);
            var native = culture.NativeName;
            return native.Length > 0 ? char.ToUpper(native[0], culture) + native[1..] : locale;
        }
        catch (CultureNotFoundException)
        {
            return locale;
        }
    }
}
