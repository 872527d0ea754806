using System.Globalization;
using System.Net;
using System.Text;
using BrochureGen.Layout.Theme;
using BrochureGen.Rendering.Html;

namespace BrochureGen.Build;

/// <summary>
/// Writes <c>output/index.html</c>: an accessible gallery with a thumbnail per edition, the
/// language named in that language (with its <c>lang</c>), and download links with sizes.
/// Like the HTML edition it is one self-contained file: every character it shows is drawn from
/// a subset of its fonts (<see cref="GalleryFonts"/>) embedded as the HTML edition embeds its fonts
/// (<see cref="HtmlFonts"/>), so Chinese or Hindi names never fall to a system without those fonts.
/// </summary>
public static class GalleryWriter
{
    public const string FileName = "index.html";

    // Headings are bold; the style sheet asks for exactly the weights whose faces are embedded.
    private const int BoldWeight = 700;

    /// <summary>The gallery of <paramref name="editions"/>, set in <paramref name="fonts"/> (<see cref="GalleryFonts.Load"/>).</summary>
    /// <paramref name="statements"/> are the accessibility statements written beside it (file name, locale, title), which it links to.
    public static byte[] Write(IReadOnlyList<ReportEntry> editions, FontStack fonts, IReadOnlyList<(string FileName, string Locale, string Label)>? statements = null)
    {
        var regularWeight = HtmlStyleSheet.WeightOf(fonts.Primary.Regular);
        var regular = new SortedSet<int>();
        var bold = new SortedSet<int>();

        // Text the page shows, escaped, its characters noted for the font subsets.
        string Shown(string text, bool isBold = false)
        {
            (isBold ? bold : regular).UnionWith(HtmlFonts.CodePoints(text));
            return WebUtility.HtmlEncode(text);
        }

        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<body>\n<main>\n<h1>{Shown("Brochures", isBold: true)}</h1>\n\n");
        if (statements is { Count: > 0 })
        {
            // Each statement in its own language: an agency's readers find it from the gallery.
            body.Append("<p class=\"statement\">")
                .AppendJoin(" · ", statements.Select(st => $"<a href=\"{Href(st.FileName)}\" hreflang=\"{Attr(st.Locale)}\" lang=\"{Attr(st.Locale)}\">{Shown(st.Label)}</a>"))
                .Append("</p>\n\n");
        }

        foreach (var brochure in editions.Where(e => e.Files.Count > 0).GroupBy(e => e.Brochure))
        {
            body.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"{Attr(brochure.Key)}\">\n<h2 id=\"{Attr(brochure.Key)}\">{Shown(brochure.First().Title, isBold: true)}</h2>\n<ul class=\"editions\">\n");
            foreach (var edition in brochure)
            {
                var locale = edition.Locale;
                var language = edition.Language;
                body.Append("<li class=\"edition\">\n");
                body.Append(CultureInfo.InvariantCulture, $"<h3 lang=\"{Attr(locale)}\">{Shown(language, isBold: true)}</h3>\n");
                body.Append(CultureInfo.InvariantCulture, $"<p lang=\"{Attr(locale)}\">{Shown(edition.Title)}</p>\n");
                if (edition.Files.FirstOrDefault(f => f.Kind == OutputFileKind.Thumbnail.Name) is { } thumbnail)
                {
                    // Alt text is drawn only when the image cannot be, and then in the same fonts.
                    body.Append(CultureInfo.InvariantCulture, $"<img src=\"{Href(thumbnail.Path)}\" alt=\"{Shown($"Outside of the {language} edition: flap, back and cover panels")}\" width=\"396\" height=\"306\">\n");
                }

                body.Append(CultureInfo.InvariantCulture, $"<p class=\"status\">{Shown($"Review status: {edition.ReviewStatus}")}</p>\n");
                if (!edition.ChecksPassed)
                {
                    // The build left a failed edition's last good files in place (see ReportMerge).
                    body.Append(CultureInfo.InvariantCulture, $"<p class=\"status\">{Shown("The last build of this edition failed (see report.json); these files are from an earlier build.")}</p>\n");
                }

                body.Append("<ul>\n");
                foreach (var (file, kind) in edition.Files.Select(f => (File: f, Kind: OutputFileKind.Named(f.Kind))).Where(f => f.Kind?.GalleryLabel is not null).OrderBy(f => f.Kind!.Rank))
                {
                    var label = kind == OutputFileKind.PagePng
                        ? string.Format(CultureInfo.InvariantCulture, kind.GalleryLabel!, Path.GetFileNameWithoutExtension(file.Path)[^1])
                        : kind!.GalleryLabel!;
                    // The HTML edition is read in the browser; every other file is saved.
                    var download = kind == OutputFileKind.Html || kind == OutputFileKind.Accessibility ? string.Empty : " download";
                    body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Href(file.Path)}\"{download}>{Shown(label)}</a>{Shown($" ({Size(file.Bytes)})")}</li>\n");
                }

                body.Append("</ul>\n</li>\n");
            }

            body.Append("</ul>\n</section>\n");
        }

        body.Append("</main>\n</body>\n</html>\n");

        var faces = HtmlFonts.FaceRules([
            new WebFontDemand(fonts, regular, new HashSet<(int, bool)> { (regularWeight, false) }),
            new WebFontDemand(fonts, bold, new HashSet<(int, bool)> { (BoldWeight, false) }),
        ]);
        var family = HtmlFonts.FamilyName(fonts.Name);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            {{ContentSecurityPolicy.MetaElement}}
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>Brochures</title>
            <style>
            /* Held to the HTML edition's standard: no sideways scrolling from 320 px wide (and so at
               400 % zoom), long file names wrap, a dark scheme with AA contrast, nothing moves. */
            *, *::before, *::after { box-sizing: border-box; }
            body { font-family: {{family}}, system-ui, sans-serif; font-weight: {{regularWeight}}; margin: 0 auto; padding: 1rem; color: #1f2933; background: #fff; max-width: 72rem; overflow-wrap: anywhere; }
            h1, h2, h3 { font-weight: {{BoldWeight}}; }
            h1 { color: #0f3057; }
            ul.editions { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(17rem, 100%), 1fr)); gap: 1.5rem; }
            li.edition { border: 1px solid #c5d0dc; border-radius: 6px; padding: 1rem; }
            li.edition img { width: 100%; height: auto; border: 1px solid #c5d0dc; }
            li.edition li { margin-block: 0.35rem; }
            a { color: #0f3057; text-underline-offset: 0.15em; }
            a:focus-visible { outline: 3px solid #b4441b; outline-offset: 2px; }
            .status { font-size: 0.9rem; color: #4a5568; }
            @media (min-width: 40em) { body { padding: 2rem; } }
            @media (prefers-color-scheme: dark) {
              body { color: #e9f0f7; background: #0a1f39; }
              h1, a { color: #ffffff; }
              a:focus-visible { outline-color: #f5b83d; }
              li.edition, li.edition img { border-color: #4a6585; }
              .status { color: #c5d0dc; }
            }
            @media (prefers-reduced-motion: reduce) { * { animation: none !important; transition: none !important; } }
            """);
        html.Append(faces)
            .Append("</style>\n</head>\n")
            .Append(body);

        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{(bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)} MB" : $"{(bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KB";

    private static string Attr(string value) => WebUtility.HtmlEncode(value);

    // A file's place as a link: its path is read from report.json, which other shards wrote,
    // so each segment is percent-encoded — no segment can become a scheme ("javascript:") or
    // leave the folder — and the result is escaped for the attribute.
    private static string Href(string path) => Attr(string.Join('/', path.Split('/').Select(segment => segment == ".." ? "%2E%2E" : Uri.EscapeDataString(segment))));
}
