using System.Text.RegularExpressions;

namespace BrochureGen.Content;

/// <summary>
/// Finds phone numbers and web addresses in plain text so that translators never have to
/// write link markup: a number stays a number in every language, and becomes a <c>tel:</c> link.
/// </summary>
public static partial class AutoLinker
{
    // North American numbers as printed in the brochure (1-888-373-7888, 860-550-6632) and
    // the emergency number 911, which a reader in danger must be able to tap.
    [GeneratedRegex(@"(?<![A-Za-z0-9-])(?:(?:1-)?\d{3}-\d{3}-\d{4}|911)(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    internal static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9._+-])[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", RegexOptions.CultureInvariant)]
    internal static partial Regex EmailPattern();

    // http(s) addresses, www. addresses and bare domains of the common public suffixes.
    [GeneratedRegex(@"(?<![A-Za-z0-9@/.-])(?:https?://[^\s<>()]+|www\.[^\s<>()]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|gov|com|net|edu|us)(?:/[^\s<>()]*)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex WebPattern();

    /// <summary>Splits plain text into text and link pieces.</summary>
    public static IReadOnlyList<InlineNode> Link(string text)
    {
        var matches = EmailPattern().Matches(text).Cast<Match>()
            .Concat(PhonePattern().Matches(text).Cast<Match>())
            .Concat(WebPattern().Matches(text).Cast<Match>())
            .Select(m => (m.Index, Value: TrimTrailingPunctuation(m.Value)))
            .OrderBy(m => m.Index)
            .ToList();

        var nodes = new List<InlineNode>();
        var position = 0;
        foreach (var (index, value) in matches)
        {
            // An address inside an e-mail address found earlier is part of it, not a link of its own.
            if (index < position || value.Length == 0)
            {
                continue;
            }

            if (index > position)
            {
                nodes.Add(new PlainInline(text[position..index]));
            }

            nodes.Add(new LinkInline(TargetFor(value), [new PlainInline(value)]));
            position = index + value.Length;
        }

        if (position < text.Length)
        {
            nodes.Add(new PlainInline(text[position..]));
        }

        return nodes;
    }

    /// <summary>The link target for a phone number or web address as written.</summary>
    public static string TargetFor(string visible)
    {
        if (PhonePattern().IsMatch(visible) && PhonePattern().Match(visible).Length == visible.Length)
        {
            var digits = new string(visible.Where(char.IsAsciiDigit).ToArray());
            return digits.Length <= 3 ? "tel:" + digits : "tel:+" + (digits.Length == 10 ? "1" + digits : digits);
        }

        if (EmailPattern().Match(visible) is { Success: true } email && email.Length == visible.Length)
        {
            return "mailto:" + visible;
        }

        // Every address is linked over https: the sites of the brochure all serve it, and a
        // printed "http://" should not send a reader over an unencrypted connection.
        var withoutScheme = Regex.Replace(visible, "^https?://", string.Empty, RegexOptions.IgnoreCase);
        return "https://" + withoutScheme;
    }

    /// <summary>
    /// A link target as a reader sees, dials or types it when there is no text for it (a QR
    /// code's target in the HTML and braille editions): a number without <c>tel:</c>, an e-mail
    /// address without <c>mailto:</c>, a web address without <c>https://</c>.
    /// </summary>
    public static string VisibleAddress(string target)
    {
        foreach (var scheme in (string[])["tel:", "mailto:", "https://"])
        {
            if (target.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return target[scheme.Length..];
            }
        }

        return target;
    }

    /// <summary>
    /// A found address or number without the punctuation that ends the sentence around it, in
    /// any script: "www.ct.gov/ova." and "www.ct.gov/ova।" (a Hindi danda), "…org。", "…org،"
    /// are all "www.ct.gov/ova"; a closing "/" stays.
    /// </summary>
    internal static string TrimTrailingPunctuation(string value)
    {
        var end = value.Length;
        while (end > 0 && char.IsPunctuation(value[end - 1]) && value[end - 1] != '/')
        {
            end--;
        }

        return value[..end];
    }
}
