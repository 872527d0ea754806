using System.Globalization;
using System.Net;
using System.Text;

namespace BrochureGen.Build;

/// <summary>
/// Writes <c>output/index.html</c>: an accessible gallery with a thumbnail per edition, the
/// language named in that language (with its <c>lang</c>), and download links with sizes.
/// </summary>
public static class GalleryWriter
{
    public const string FileName = "index.html";

    public static byte[] Write(IReadOnlyList<ReportEntry> editions)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>Brochures</title>
            <style>
            /* Held to the HTML edition's standard: no sideways scrolling from 320 px wide (and so at
               400 % zoom), long file names wrap, a dark scheme with AA contrast, nothing moves. */
            *, *::before, *::after { box-sizing: border-box; }
            body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1rem; color: #1f2933; background: #fff; max-width: 72rem; overflow-wrap: anywhere; }
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
            </style>
            </head>
            <body>
            <main>
            <h1>Brochures</h1>

            """);
        foreach (var brochure in editions.Where(e => e.Files.Count > 0).GroupBy(e => e.Brochure))
        {
            html.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"{Attr(brochure.Key)}\">\n<h2 id=\"{Attr(brochure.Key)}\">{Text(brochure.First().Title)}</h2>\n<ul class=\"editions\">\n");
            foreach (var edition in brochure)
            {
                var locale = edition.Locale;
                var language = edition.Language;
                html.Append("<li class=\"edition\">\n");
                html.Append(CultureInfo.InvariantCulture, $"<h3 lang=\"{Attr(locale)}\">{Text(language)}</h3>\n");
                html.Append(CultureInfo.InvariantCulture, $"<p lang=\"{Attr(locale)}\">{Text(edition.Title)}</p>\n");
                if (edition.Files.FirstOrDefault(f => f.Kind == "thumbnail") is { } thumbnail)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<img src=\"{Attr(thumbnail.Path)}\" alt=\"Outside of the {Attr(language)} edition: flap, back and cover panels\" width=\"396\" height=\"306\">\n");
                }

                html.Append(CultureInfo.InvariantCulture, $"<p class=\"status\">Review status: {Text(edition.ReviewStatus)}</p>\n<ul>\n");
                foreach (var file in edition.Files.Where(f => f.Kind != "thumbnail").OrderBy(f => Rank(f.Kind)))
                {
                    var label = file.Kind switch
                    {
                        "html" => "Read online",
                        "pdf" => "PDF",
                        "large-print" => "Large print PDF",
                        "braille" => "Braille (BRF)",
                        "print" => "Print PDF (bleed, crop and fold marks, CMYK)",
                        "folded" => "Folded mock-up (PNG)",
                        _ => $"Proof PNG, page {Path.GetFileNameWithoutExtension(file.Path)[^1]}",
                    };
                    // The HTML edition is read in the browser; every other file is saved.
                    var download = file.Kind == "html" ? string.Empty : " download";
                    html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Attr(file.Path)}\"{download}>{Text(label)}</a> ({Size(file.Bytes)})</li>\n");
                }

                html.Append("</ul>\n</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    // Reading formats first (what most visitors want), then the press and proofing files.
    private static readonly string[] KindOrder = ["html", "pdf", "large-print", "braille", "print", "folded", "png"];

    private static int Rank(string kind) => Array.IndexOf(KindOrder, kind) is var index and >= 0 ? index : KindOrder.Length;

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{(bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)} MB" : $"{(bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KB";

    private static string Text(string value) => WebUtility.HtmlEncode(value);

    private static string Attr(string value) => WebUtility.HtmlEncode(value);
}
