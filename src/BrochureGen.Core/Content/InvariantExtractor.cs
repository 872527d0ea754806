using System.Text.RegularExpressions;

namespace BrochureGen.Content;

/// <summary>
/// The parts of a text a translation must keep: phone numbers, web and e-mail addresses,
/// statute references and numbers. Numbers are compared by their significant digits, so
/// "27 million", "27 millones" and "2700万" agree, and "100,000" matches "100.000"; phone
/// numbers by their digits (<see cref="PhoneNumbers"/>), so "(888) 232-6348" matches
/// "+1 888 232 6348".
/// </summary>
public static partial class InvariantExtractor
{
    public const string PhoneKind = "phone number";
    public const string WebKind = "web address";

    /// <summary>The invariants of <paramref name="text"/>, with the key each is compared by.</summary>
    public static IReadOnlyList<(string Kind, string Text, string Key)> Extract(string text, PhoneNumbers? phones = null)
    {
        var found = new List<(string, string, string)>();
        var rest = text;
        foreach (var phone in (phones ?? PhoneNumbers.Default).Find(text))
        {
            found.Add((PhoneKind, phone.Text, phone.Digits));
            // Numbers and addresses inside it are not counted again; the length stays, so later
            // matches keep their places.
            rest = string.Concat(rest.AsSpan(0, phone.Index), new string(' ', phone.Length), rest.AsSpan(phone.Index + phone.Length));
        }

        foreach (var (kind, pattern) in new[] { ("e-mail address", AutoLinker.EmailPattern()), (WebKind, AutoLinker.WebPattern()), ("statute reference", Statute()) })
        {
            foreach (Match match in pattern.Matches(rest))
            {
                var value = AutoLinker.TrimTrailingPunctuation(match.Value);
                found.Add((kind, value, kind == WebKind ? LinkAddress.Key(value) : value.ToLowerInvariant()));
            }

            // Numbers inside these are not counted again as numbers.
            rest = pattern.Replace(rest, " ");
        }

        foreach (Match match in Number().Matches(rest))
        {
            var digits = Regex.Replace(match.Value, "[^0-9]", string.Empty).TrimEnd('0');
            if (digits.Length > 0)
            {
                found.Add(("number", match.Value, digits));
            }
        }

        return found;
    }

    [GeneratedRegex(@"§\s*[0-9A-Za-z.-]*[0-9A-Za-z]")]
    private static partial Regex Statute();

    [GeneratedRegex(@"\d[\d,.\u00A0\u202F]*")]
    private static partial Regex Number();
}
