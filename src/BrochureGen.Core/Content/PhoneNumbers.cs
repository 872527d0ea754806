using System.Text;
using System.Text.RegularExpressions;

namespace BrochureGen.Content;

/// <summary>
/// The one recogniser of phone numbers: autolinking, the translation checks, link descriptions
/// (through the <c>tel:</c> links it makes) and braille (which writes those links as dialable
/// numbers) all use it, so a number is found the same way everywhere.
/// <list type="bullet">
/// <item>North American (NANP) forms everywhere: 1-888-373-7888, 860-550-6632, (888) 232-6348,
/// 888.232.6348, +1 888 232 6348, and toll-free vanity numbers with their letters (1-800-CDC-INFO).</item>
/// <item>N11 numbers: 911 anywhere; the other N11 numbers (211, 311, 511, 711, 811) after a
/// relay or text-telephone label ("TTY: 711", "TDD 711", "Relay 711"), since alone "311" is as
/// likely a count as a number to dial.</item>
/// <item>International numbers: + and a country code (+52 55 1234 5678, +44 20 7946 0018).</item>
/// <item>National formats of the locales asked for: es-MX (55 1234 5678), en-GB (020 7946 0018),
/// fr (01 23 45 67 89), de (030 12345678), with their emergency numbers (999, 112, 110).</item>
/// </list>
/// Numbers are compared by their digits: the national significant number, without a country
/// code, trunk prefix (the 0 of 020) or NANP 1, so "1-888-232-6348", "(888) 232-6348" and
/// "+1 888 232 6348" are one number, and a vanity number is its keypad digits.
/// </summary>
public sealed partial class PhoneNumbers
{
    /// <summary>The recogniser for text whose locale has no national format of its own (NANP, international and N11 only).</summary>
    public static readonly PhoneNumbers Default = new([]);

    private static readonly IReadOnlyDictionary<string, NationalPlan> Plans = new Dictionary<string, NationalPlan>(StringComparer.Ordinal)
    {
        // Mexico: ten digits since 2019, grouped 2-4-4 (Mexico City, Guadalajara, Monterrey) or
        // 3-3-4 with spaces (800 toll free); 911 is Mexico's emergency number too.
        ["MX"] = new("MX", "52", TrunkZero: false, [MexicoPattern()], ["911", "089"]),
        ["GB"] = new("GB", "44", TrunkZero: true, [BritainPattern()], ["999", "112", "111"]),
        ["FR"] = new("FR", "33", TrunkZero: true, [FrancePattern()], ["112", "114"]),
        ["DE"] = new("DE", "49", TrunkZero: true, [GermanyPattern()], ["110", "112"]),
    };

    private readonly IReadOnlyList<NationalPlan> _plans;

    private PhoneNumbers(IReadOnlyList<NationalPlan> plans)
    {
        _plans = plans;
    }

    /// <summary>
    /// The recogniser for text in <paramref name="locales"/>: NANP, international and N11 forms,
    /// and the national formats of each locale's region (a translation is read with its own
    /// locale's and its source's, since it keeps the source's numbers as they were written).
    /// </summary>
    public static PhoneNumbers For(params string[] locales)
    {
        var plans = locales.Select(RegionOf).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(Plans.ContainsKey).Order(StringComparer.Ordinal).Select(r => Plans[r]).ToList();
        return plans.Count == 0 ? Default : new PhoneNumbers(plans);
    }

    /// <summary>The regions whose national formats are known, for the docs and messages.</summary>
    public static IReadOnlyList<string> NationalRegions => [.. Plans.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Every phone number in <paramref name="text"/>, in order, none overlapping.</summary>
    public IReadOnlyList<PhoneMatch> Find(string text)
    {
        var found = new List<PhoneMatch>();
        foreach (Match match in NanpPattern().Matches(text))
        {
            found.Add(Nanp(match.Index, match.Value));
        }

        foreach (Match match in VanityPattern().Matches(text))
        {
            found.Add(Nanp(match.Index, match.Value));
        }

        foreach (Match match in RelayN11Pattern().Matches(text))
        {
            found.Add(new PhoneMatch(match.Index, match.Length, match.Value, match.Value, "tel:" + match.Value));
        }

        foreach (Match match in EmergencyPattern().Matches(text))
        {
            found.Add(new PhoneMatch(match.Index, match.Length, match.Value, match.Value, "tel:" + match.Value));
        }

        foreach (Match match in InternationalPattern().Matches(text))
        {
            var digits = Digits(match.Value);
            if (digits.Length is >= 8 and <= 15)
            {
                var (country, national) = SplitCountry(digits, match.Value);
                found.Add(new PhoneMatch(match.Index, match.Length, match.Value, national, "tel:+" + country + national));
            }
        }

        foreach (var plan in _plans)
        {
            foreach (var pattern in plan.Patterns)
            {
                foreach (Match match in pattern.Matches(text))
                {
                    var digits = Digits(match.Value);
                    var national = plan.TrunkZero && digits.StartsWith('0') ? digits[1..] : digits;
                    found.Add(new PhoneMatch(match.Index, match.Length, match.Value, national, "tel:+" + plan.CountryCode + national));
                }
            }

            foreach (var emergency in plan.ShortNumbers)
            {
                foreach (Match match in Regex.Matches(text, $@"(?<![A-Za-z0-9.,+-]){emergency}(?![A-Za-z0-9-]|[.,]\d)", RegexOptions.CultureInvariant))
                {
                    found.Add(new PhoneMatch(match.Index, match.Length, match.Value, emergency, "tel:" + emergency));
                }
            }
        }

        // The longest match at the earliest place wins: "+1 888 232 6348" is one number, not "888 232 6348" inside it.
        var result = new List<PhoneMatch>();
        var end = 0;
        foreach (var match in found.OrderBy(m => m.Index).ThenByDescending(m => m.Length))
        {
            if (match.Index >= end)
            {
                result.Add(match);
                end = match.Index + match.Length;
            }
        }

        return result;
    }

    /// <summary>The number <paramref name="text"/> is, when it is exactly one phone number and nothing else.</summary>
    public PhoneMatch? Whole(string text)
    {
        var trimmed = text.Trim();
        return Find(trimmed) is [{ Index: 0 } only] && only.Length == trimmed.Length ? only : null;
    }

    /// <summary>The region of a BCP 47 tag (es-MX → MX), or the region a bare language is mostly written in (fr → FR, de → DE).</summary>
    private static string? RegionOf(string locale)
    {
        var parts = locale.Split('-');
        var region = parts.Skip(1).FirstOrDefault(p => p.Length == 2 && p.All(char.IsAsciiLetterUpper));
        return region ?? parts[0] switch
        {
            "fr" => "FR",
            "de" => "DE",
            _ => null,
        };
    }

    private static PhoneMatch Nanp(int index, string value)
    {
        var digits = Digits(value);
        var national = digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
        return new PhoneMatch(index, value.Length, value, national, "tel:+1" + national);
    }

    // +1 is NANP, +52/+44/+33/+49 the known plans; other country codes are split where the
    // number says so, else the code is taken as written up to the first separator.
    private static (string Country, string National) SplitCountry(string digits, string written)
    {
        foreach (var code in Plans.Values.Select(p => p.CountryCode).Append("1"))
        {
            if (digits.StartsWith(code, StringComparison.Ordinal))
            {
                var rest = digits[code.Length..];
                // "+44 (0)20 7946 0018": the trunk 0 in parentheses is not dialled from abroad.
                return (code, written.Contains("(0)", StringComparison.Ordinal) && rest.StartsWith('0') ? rest[1..] : rest);
            }
        }

        var firstGroup = Digits(written.Split([' ', '.', '-', '('], StringSplitOptions.RemoveEmptyEntries)[0]);
        var country = firstGroup.Length is >= 1 and <= 3 ? firstGroup : digits[..Math.Min(3, digits.Length)];
        return (country, digits[country.Length..]);
    }

    private static string Digits(string value)
    {
        var digits = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                digits.Append(Keypad(c));
            }
        }

        return digits.ToString();
    }

    // The letters of a telephone keypad (ITU E.161): 1-800-CDC-INFO is 1-800-232-4636.
    private static char Keypad(char letter) => letter switch
    {
        <= 'C' => '2',
        <= 'F' => '3',
        <= 'I' => '4',
        <= 'L' => '5',
        <= 'O' => '6',
        <= 'S' => '7',
        <= 'V' => '8',
        _ => '9',
    };

    // 1-888-373-7888, 860-550-6632, 888.232.6348, (888) 232-6348, +1 888 232 6348, +1-888-…: the
    // separators of one number agree, except after a parenthesised area code. Spaces alone
    // ("888 232 6348") only after +1: without it they are as likely three numbers.
    [GeneratedRegex(@"(?<![A-Za-z0-9+.-])(?:(?:1-)?\d{3}-\d{3}-\d{4}|(?:1\.)?\d{3}\.\d{3}\.\d{4}|(?:\+?1[ -]?)?\(\d{3}\)[ ]?\d{3}[ -]\d{4}|\+1[ ]\d{3}[ ]\d{3}[ ]\d{4}|\+1-\d{3}-\d{3}-\d{4}|\+1\.\d{3}\.\d{3}\.\d{4})(?![A-Za-z0-9-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NanpPattern();

    // Toll-free vanity numbers: 1-800-CDC-INFO, 1-888-SAFE-NOW, 800-RUNAWAY. Capital letters
    // only, and at least one of them, so that an ordinary number is never read as one.
    [GeneratedRegex(@"(?<![A-Za-z0-9+.-])(?:\+?1[ -])?8(?:00|33|44|55|66|77|88)[ -](?=[A-Z0-9-]{0,8}[A-Z])(?:[A-Z0-9]{3}-?[A-Z0-9]{4}|[A-Z0-9]{4}-[A-Z0-9]{3})(?![A-Za-z0-9]|-[A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex VanityPattern();

    // 711 (the relay service), 211, 311 … after a text-telephone or relay label, which US
    // brochures keep in every language.
    [GeneratedRegex(@"(?<=(?<![A-Za-z0-9])(?:TTY|TDD|TTY/TDD|TDD/TTY|TRS|Relay|RELAY)\s?:?\s?)[2-8]11(?![A-Za-z0-9-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex RelayN11Pattern();

    // 911, which a reader in danger must be able to tap, wherever it is written.
    [GeneratedRegex(@"(?<![A-Za-z0-9.,+-])911(?![A-Za-z0-9-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex EmergencyPattern();

    // + and a country code, then groups of digits separated alike: +52 55 1234 5678,
    // +44 (0)20 7946 0018, +33 1 23 45 67 89, +49 30 12345678.
    [GeneratedRegex(@"(?<![A-Za-z0-9+])\+[1-9]\d{0,2}(?:[ .-]?\(0\)[ ]?\d{1,5}|[ .-]\d{1,5})(?:[ .-]\d{1,5}){0,4}(?![A-Za-z0-9-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalPattern();

    // 55 1234 5678, (55) 1234 5678, 55-1234-5678, 656 123 4567, (656) 123 4567, 800 123 4567.
    [GeneratedRegex(@"(?<![A-Za-z0-9+.-])(?:(?:\(\d{2}\)|\d{2})[ -]\d{4}[ -]\d{4}|\(\d{3}\) \d{3} \d{4}|\d{3} \d{3} \d{4})(?![A-Za-z0-9-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MexicoPattern();

    // 020 7946 0018, 0161 496 0000, 01632 960000, 07700 900123, 0800 123 4567, 0300 123 4567.
    [GeneratedRegex(@"(?<![A-Za-z0-9+.-])(?:0\d{2} \d{4} \d{4}|0\d{3} \d{3} \d{4}|0\d{3} \d{3} \d{3}|0\d{4} \d{6}|0\d{4} \d{3} \d{3}|0\d{10})(?![A-Za-z0-9-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BritainPattern();

    // 01 23 45 67 89, 01.23.45.67.89, 01-23-45-67-89, 0800 12 34 56 (the separators of one number agree).
    [GeneratedRegex(@"(?<![A-Za-z0-9+.-])(?:0[1-9](?: \d{2}){4}|0[1-9](?:\.\d{2}){4}|0[1-9](?:-\d{2}){4}|0[1-9]\d{8}|0[89]\d{2} \d{2} \d{2} \d{2})(?![A-Za-z0-9-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FrancePattern();

    // 030 12345678, 030/1234567, 030 1234567-0, 089 123 456 78, 0800 1234567, 0170 1234567.
    [GeneratedRegex(@"(?<![A-Za-z0-9+.-])0[1-9]\d{1,4}(?: |/| / )\d{3,8}(?: \d{2,5})?(?:-\d{1,5})?(?![A-Za-z0-9-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GermanyPattern();

    private sealed record NationalPlan(string Region, string CountryCode, bool TrunkZero, IReadOnlyList<Regex> Patterns, IReadOnlyList<string> ShortNumbers);
}
