namespace BrochureGen.Document.Resolve;

/// <summary>
/// Where a link (or a QR code) may lead, decided once for every route into the document —
/// Markdown, YAML keys and a designer's template markup — so the PDF, the HTML edition, the
/// gallery and braille all get the same answer: a web address (http, https), an e-mail
/// address (mailto) or a phone number (tel), or a place in the same document (#…). Anything
/// else (javascript:, data:, file:, vbscript:) could run code or open a reader's files when a
/// published page is followed, and is an error where it was written.
/// </summary>
public static class LinkPolicy
{
    private static readonly string[] Schemes = ["https", "http", "mailto", "tel"];

    /// <summary>Why <paramref name="target"/> is refused, or null when a link may lead there.</summary>
    public static string? Refusal(string target)
    {
        if (target.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return $"the link target '{Shown(target)}' holds a space or a control character; write the address without them";
        }

        if (target.StartsWith('#'))
        {
            return target.Length > 1 ? null : "the link target '#' names no place";
        }

        var colon = target.IndexOf(':');
        var scheme = colon > 0 ? target[..colon] : string.Empty;
        if (!Schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
        {
            return $"a link may lead only to a web address (https://…), an e-mail address (mailto:…) or a phone number (tel:…), not to '{Shown(target)}'";
        }

        if (scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !(Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Host.Length > 0))
        {
            return $"the link target '{Shown(target)}' is not a web address";
        }

        return target.Length > colon + 1 ? null : $"the link target '{Shown(target)}' names no address";
    }

    /// <summary>What kind of place an accepted <paramref name="target"/> leads to, from its scheme.</summary>
    public static LinkKind KindOf(string target) =>
        target.StartsWith('#') ? LinkKind.Place
        : target.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? LinkKind.Phone
        : target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? LinkKind.Email
        : LinkKind.Web;

    private static string Shown(string target) => target.Length > 80 ? target[..80] + "…" : target;
}
