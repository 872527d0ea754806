using System.Text.RegularExpressions;

namespace BrochureGen.Content;

/// <summary>
/// Finds phone numbers and web addresses in plain text so that translators never have to
/// write link markup: a number stays a number in every language, and becomes a <c>tel:</c> link.
/// </summary>
public static partial class AutoLinker
{
    [GeneratedRegex(@"(?<![A-Za-z0-9._+-])[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", RegexOptions.CultureInvariant)]
    internal static partial Regex EmailPattern();

    // http(s) addresses, www. addresses and bare domains of the common public suffixes.
    [GeneratedRegex(@"(?<![A-Za-z0-9@/.-])(?:https?://[^\s<>()]+|www\.[^\s<>()]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|gov|com|net|edu|us)(?:/[^\s<>()]*)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex WebPattern();

    /// <summary>Splits plain text into text and link pieces; <paramref name="phones"/> knows the text's phone number formats.</summary>
    public static IReadOnlyList<InlineNode> Link(string text, PhoneNumbers? phones = null)
    {
        phones ??= PhoneNumbers.Default;
        var numbers = phones.Find(text);
        var matches = EmailPattern().Matches(text).Cast<Match>().Select(m => (m.Index, Value: TrimTrailingPunctuation(m.Value), Target: (string?)null))
            .Concat(numbers.Select(n => (n.Index, Value: n.Text, Target: (string?)n.Target)))
            .Concat(WebPattern().Matches(text).Cast<Match>().Select(m => (m.Index, Value: TrimTrailingPunctuation(m.Value), Target: (string?)null)))
            .OrderBy(m => m.Index)
            .ToList();

        var nodes = new List<InlineNode>();
        var position = 0;
        foreach (var (index, value, target) in matches)
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

            nodes.Add(new LinkInline(target ?? TargetFor(value, phones), [new PlainInline(value)]) { Found = true });
            position = index + value.Length;
        }

        if (position < text.Length)
        {
            nodes.Add(new PlainInline(text[position..]));
        }

        return nodes;
    }

    /// <summary>The link target for a phone number or web address as written.</summary>
    public static string TargetFor(string visible, PhoneNumbers? phones = null)
    {
        if ((phones ?? PhoneNumbers.Default).Whole(visible) is { } number)
        {
            return number.Target;
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
