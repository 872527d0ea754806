namespace BrochureGen.Rendering.Html;

/// <summary>
/// The Content-Security-Policy every page BrochureGen writes carries (the HTML edition, the
/// gallery): no script of any kind, no plug-ins, no frames, no forms, no base URL; styles only
/// from the page itself; fonts and pictures only embedded (data:) or, for the gallery's
/// thumbnails, beside the page. The pages need nothing else, so should anything that could run
/// ever get into one, the browser refuses to run it.
/// </summary>
internal static class ContentSecurityPolicy
{
    public const string Policy = "default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; style-src 'unsafe-inline'; font-src data:; img-src 'self' data:";

    public const string MetaElement = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Policy + "\">";
}
