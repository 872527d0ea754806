namespace BrochureGen.Content;

/// <summary>
/// What a web address is compared by, wherever it is written: a QR code's target
/// (<c>https://www.ct.gov/ova</c>), a link's, an address in the text (<c>www.ct.gov/ova</c>) or
/// a key of a translation's <c>links</c>. Case, the scheme and a closing <c>/</c> do not make
/// another page: every address is linked over https anyway (<see cref="AutoLinker.TargetFor"/>).
/// </summary>
public static class LinkAddress
{
    public static string Key(string address)
    {
        var key = address.Trim().ToLowerInvariant();
        foreach (var scheme in (string[])["https://", "http://"])
        {
            if (key.StartsWith(scheme, StringComparison.Ordinal))
            {
                key = key[scheme.Length..];
                break;
            }
        }

        return key.TrimEnd('/');
    }

    /// <summary>True for a web address a link can lead to (http, https, or one written without its scheme, www.…).</summary>
    public static bool IsWebAddress(string address)
    {
        var target = AutoLinker.TargetFor(address.Trim());
        return target.StartsWith("https://", StringComparison.Ordinal)
            && (address.Trim().StartsWith("http", StringComparison.OrdinalIgnoreCase) || AutoLinker.WebPattern().Match(address.Trim()) is { Success: true } web && web.Length == address.Trim().Length)
            && Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Host.Contains('.', StringComparison.Ordinal)
            && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }
}
