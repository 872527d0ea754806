using System.Globalization;
using System.Net;
using System.Text;
using BrochureGen.Layout.Theme;
using BrochureGen.Rendering.Html;

namespace BrochureGen.Build;

/// <summary>
/// Writes <c>output/index.html</c>: the page an agency publishes. First for readers — the
/// agency's name and introduction (<see cref="GalleryIntro"/>), then each brochure with an index
/// of its languages and a card per edition: its cover, the language named in that language with
/// its <c>lang</c> and <c>dir</c>, its title, and the reading formats (online, PDF, large print,
/// braille). Then, apart, "For reviewers and printers": review status, a failed build, proofs,
/// press files and accessibility reports with their sizes — left out of a public build.
/// Like the HTML edition it is one self-contained file: every character it shows is drawn from
/// a subset of its fonts (<see cref="GalleryFonts"/>) embedded as the HTML edition embeds its fonts
/// (<see cref="HtmlFonts"/>), so Chinese or Hindi names never fall to a system without those fonts.
/// </summary>
public static class GalleryWriter
{
    public const string FileName = "index.html";

    /// <summary>The heading of the part that is not for readers.</summary>
    public const string ReviewersHeading = "For reviewers and printers";

    // Headings are bold; the style sheet asks for exactly the weights whose faces are embedded.
    private const int BoldWeight = 700;

    /// <summary>The gallery of <paramref name="editions"/>, set in <paramref name="fonts"/> (<see cref="GalleryFonts.Load"/>).</summary>
    /// <param name="editions">The merged report's editions.</param>
    /// <param name="fonts">The faces the page embeds.</param>
    /// <param name="statements">The accessibility statements written beside it (file name, locale, title), which it links to.</param>
    /// <param name="intro">The agency's name and introduction; none: the page is headed "Brochures".</param>
    /// <param name="publicOnly">Leave out the part for reviewers and printers (<c>--public</c>).</param>
    public static byte[] Write(IReadOnlyList<ReportEntry> editions, FontStack fonts, IReadOnlyList<(string FileName, string Locale, string Label)>? statements = null, GalleryIntro? intro = null, bool publicOnly = false)
    {
        intro ??= new GalleryIntro(null, []);
        var regularWeight = HtmlStyleSheet.WeightOf(fonts.Primary.Regular);
        var regular = new SortedSet<int>();
        var bold = new SortedSet<int>();

        // Text the page shows, escaped, its characters noted for the font subsets.
        string Shown(string text, bool isBold = false)
        {
            (isBold ? bold : regular).UnionWith(HtmlFonts.CodePoints(text));
            return WebUtility.HtmlEncode(text);
        }

        var brochures = editions.Where(e => e.Files.Count > 0).GroupBy(e => e.Brochure).ToList();
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<body>\n<header>\n<h1>{Shown(intro.Heading, isBold: true)}</h1>\n");
        var paragraphs = intro.Paragraphs.Count > 0 ? intro.Paragraphs : ["Read each brochure online, or download it as a PDF, in large print or in braille."];
        foreach (var paragraph in paragraphs)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"intro\">{Shown(paragraph)}</p>\n");
        }

        if (statements is { Count: > 0 })
        {
            // Each statement in its own language: an agency's readers find it from the gallery.
            body.Append("<p class=\"statement\">")
                .AppendJoin(" · ", statements.Select(st => $"<a href=\"{Href(st.FileName)}\" hreflang=\"{Attr(st.Locale)}\" lang=\"{Attr(st.Locale)}\"{DirAttribute(st.Locale)}>{Shown(st.Label)}</a>"))
                .Append("</p>\n");
        }

        body.Append("</header>\n<main>\n");
        foreach (var brochure in brochures)
        {
            var title = brochure.First().Title;
            body.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"{Attr(brochure.Key)}\">\n<h2 id=\"{Attr(brochure.Key)}\">{Shown(title, isBold: true)}</h2>\n");

            // The languages first, in their own names, so that a phone reader jumps to theirs.
            if (brochure.Count() > 1)
            {
                body.Append(CultureInfo.InvariantCulture, $"<nav class=\"languages\" aria-label=\"{Attr($"Languages of {title}")}\">\n<ul>\n");
                foreach (var edition in brochure)
                {
                    body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{Attr(CardId(edition))}\" hreflang=\"{Attr(edition.Locale)}\" lang=\"{Attr(edition.Locale)}\"{DirAttribute(edition.Locale)}>{Shown(edition.Language)}</a></li>\n");
                }

                body.Append("</ul>\n</nav>\n");
            }

            body.Append("<ul class=\"editions\">\n");
            foreach (var edition in brochure)
            {
                body.Append(CultureInfo.InvariantCulture, $"<li class=\"edition\" id=\"{Attr(CardId(edition))}\" lang=\"{Attr(edition.Locale)}\"{DirAttribute(edition.Locale, always: true)}>\n");
                if (edition.Files.FirstOrDefault(f => f.Kind == OutputFileKind.Thumbnail.Name) is { } thumbnail)
                {
                    // The cover repeats the title and language written beside it: decoration to a screen reader.
                    body.Append(CultureInfo.InvariantCulture, $"<img class=\"cover\" src=\"{Href(thumbnail.Path)}\" alt=\"\">\n");
                }

                body.Append(CultureInfo.InvariantCulture, $"<div class=\"about\">\n<h3>{Shown(edition.Language, isBold: true)}</h3>\n<p class=\"title\" lang=\"{Attr(edition.Locale)}\">{Shown(edition.Title)}</p>\n<ul class=\"formats\">\n");
                foreach (var (file, kind) in Files(edition, forReaders: true))
                {
                    // The labels are English: each link is an isolated left-to-right run in the card.
                    var download = kind == OutputFileKind.Html ? string.Empty : " download";
                    body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Href(file.Path)}\"{download} lang=\"en\" dir=\"ltr\">{Shown(Label(file, kind))}</a></li>\n");
                }

                body.Append("</ul>\n</div>\n</li>\n");
            }

            body.Append("</ul>\n</section>\n");
        }

        if (!publicOnly)
        {
            AppendReviewersPart(body, brochures, Shown);
        }

        body.Append("</main>\n</body>\n</html>\n");

        var faces = HtmlFonts.FaceRules([
            new WebFontDemand(fonts, regular, new HashSet<(int, bool)> { (regularWeight, false) }),
            new WebFontDemand(fonts, bold, new HashSet<(int, bool)> { (BoldWeight, false) }),
        ]);
        var family = HtmlFonts.FamilyName(fonts.Name);
        var pageTitle = intro.Agency is null ? "Brochures" : $"{intro.Agency}: brochures";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            {{ContentSecurityPolicy.MetaElement}}
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>{{WebUtility.HtmlEncode(pageTitle)}}</title>
            <style>
            /* Held to the HTML edition's standard: no sideways scrolling from 320 px wide (and so at
               400 % zoom), long names wrap, a dark scheme with AA contrast, nothing moves. Cards wrap
               into as many columns as fit; on a phone each is a row, the cover beside its links. */
            *, *::before, *::after { box-sizing: border-box; }
            body { font-family: {{family}}, system-ui, sans-serif; font-weight: {{regularWeight}}; line-height: 1.45; margin: 0 auto; padding: 1rem; color: #1f2933; background: #fff; max-width: 72rem; overflow-wrap: anywhere; }
            h1, h2, h3, h4 { font-weight: {{BoldWeight}}; line-height: 1.2; }
            h1 { color: #0f3057; font-size: 1.75rem; margin: 0.5rem 0 0.75rem; }
            h2 { color: #0f3057; font-size: 1.4rem; margin: 2rem 0 0.75rem; }
            header { border-bottom: 4px solid #0f3057; padding-bottom: 1rem; }
            .intro { max-width: 40rem; font-size: 1.05rem; margin: 0 0 0.6rem; }
            nav.languages ul, ul.formats { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 0.5rem; }
            nav.languages { margin-bottom: 1.25rem; }
            nav.languages a { display: inline-block; padding: 0.3rem 0.6rem; border: 1px solid #c5d0dc; border-radius: 999px; text-decoration: none; }
            nav.languages a:hover { text-decoration: underline; }
            ul.editions { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(20rem, 100%), 1fr)); gap: 1rem; }
            li.edition { display: grid; grid-template-columns: 5.5rem 1fr; gap: 0.9rem; align-items: start; border: 1px solid #c5d0dc; border-radius: 6px; padding: 0.75rem; scroll-margin-top: 1rem; }
            li.edition:target { outline: 3px solid #b4441b; }
            img.cover { width: 100%; height: auto; display: block; border: 1px solid #c5d0dc; }
            li.edition h3 { font-size: 1.2rem; margin: 0 0 0.2rem; }
            p.title { margin: 0 0 0.6rem; }
            ul.formats a { display: inline-block; padding: 0.3rem 0.55rem; border: 1px solid #0f3057; border-radius: 4px; }
            a { color: #0f3057; text-underline-offset: 0.15em; }
            a:focus-visible { outline: 3px solid #b4441b; outline-offset: 2px; }
            section.reviewers { margin-top: 3rem; border-top: 1px solid #c5d0dc; }
            section.reviewers h2 { color: #1f2933; }
            section.reviewers h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
            section.reviewers h4 { font-size: 1rem; margin: 0 0 0.25rem; }
            ul.review { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(17rem, 100%), 1fr)); gap: 0.75rem 1.5rem; }
            ul.review ul { padding-inline-start: 1.1rem; margin: 0.25rem 0 0; }
            .status { font-size: 0.9rem; color: #4a5568; margin: 0; }
            @media (min-width: 40em) { body { padding: 2rem; } h1 { font-size: 2.25rem; } }
            @media (prefers-color-scheme: dark) {
              body { color: #e9f0f7; background: #0a1f39; }
              h1, h2, a, section.reviewers h2 { color: #ffffff; }
              header { border-bottom-color: #f5b83d; }
              a:focus-visible, li.edition:target { outline-color: #f5b83d; }
              li.edition, img.cover, nav.languages a, section.reviewers { border-color: #4a6585; }
              ul.formats a { border-color: #c5d0dc; }
              .status { color: #c5d0dc; }
            }
            @media (prefers-reduced-motion: reduce) { * { animation: none !important; transition: none !important; } }
            """);
        html.Append(faces)
            .Append("</style>\n</head>\n")
            .Append(body);

        return Encoding.UTF8.GetBytes(html.ToString());
    }

    // Review status, failed builds, proofs, press files and reports, with sizes: for the office and the print shop.
    private static void AppendReviewersPart(StringBuilder body, List<IGrouping<string, ReportEntry>> brochures, Func<string, bool, string> shown)
    {
        body.Append(CultureInfo.InvariantCulture, $"<section class=\"reviewers\" aria-labelledby=\"reviewers\">\n<h2 id=\"reviewers\">{shown(ReviewersHeading, true)}</h2>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p>{shown("Review status, proofs, the press files and the accessibility reports of each edition.", false)}</p>\n");
        foreach (var brochure in brochures)
        {
            body.Append(CultureInfo.InvariantCulture, $"<h3>{shown(brochure.First().Title, true)}</h3>\n<ul class=\"review\">\n");
            foreach (var edition in brochure)
            {
                body.Append(CultureInfo.InvariantCulture, $"<li>\n<h4><span lang=\"{Attr(edition.Locale)}\"{DirAttribute(edition.Locale)}>{shown(edition.Language, true)}</span></h4>\n");
                body.Append(CultureInfo.InvariantCulture, $"<p class=\"status\">{shown($"Review status: {edition.ReviewStatus}", false)}</p>\n");
                if (!edition.ChecksPassed)
                {
                    // The build left a failed edition's last good files in place (see ReportMerge).
                    body.Append(CultureInfo.InvariantCulture, $"<p class=\"status\">{shown("The last build of this edition failed (see report.json); these files are from an earlier build.", false)}</p>\n");
                }

                body.Append("<ul>\n");
                foreach (var (file, kind) in Files(edition, forReaders: false))
                {
                    var download = kind == OutputFileKind.Accessibility ? string.Empty : " download";
                    body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Href(file.Path)}\"{download}>{shown(Label(file, kind), false)}</a>{shown($" ({Size(file.Bytes)})", false)}</li>\n");
                }

                body.Append("</ul>\n</li>\n");
            }

            body.Append("</ul>\n");
        }

        body.Append("</section>\n");
    }

    // The files of an edition the gallery offers, readers' or the others, in the kinds' order.
    private static IEnumerable<(ReportFile File, OutputFileKind Kind)> Files(ReportEntry edition, bool forReaders) =>
        edition.Files
            .Select(f => (File: f, Kind: OutputFileKind.Named(f.Kind)))
            .Where(f => f.Kind?.GalleryLabel is not null && f.Kind.ForReaders == forReaders)
            .Select(f => (f.File, f.Kind!))
            .OrderBy(f => f.Item2.Rank);

    private static string Label(ReportFile file, OutputFileKind kind) =>
        kind == OutputFileKind.PagePng
            ? string.Format(CultureInfo.InvariantCulture, kind.GalleryLabel!, Path.GetFileNameWithoutExtension(file.Path)[^1])
            : kind.GalleryLabel!;

    // An edition's card, the target of its language in the index: brochure ids and locales are
    // letters, digits and '-', so the '.' between them keeps two editions' ids apart.
    private static string CardId(ReportEntry edition) => $"{edition.Brochure}.{edition.Locale}";

    // dir="rtl" for a right-to-left language; a card always says its direction, so that one in
    // Arabic reads from the right and one in English beside it from the left.
    private static string DirAttribute(string locale, bool always = false) =>
        Text.Direction.IsRightToLeft(locale) ? " dir=\"rtl\"" : always ? " dir=\"ltr\"" : string.Empty;

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{(bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)} MB" : $"{(bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KB";

    private static string Attr(string value) => WebUtility.HtmlEncode(value);

    // A file's place as a link: its path is read from report.json, which other shards wrote,
    // so each segment is percent-encoded — no segment can become a scheme ("javascript:") or
    // leave the folder — and the result is escaped for the attribute.
    private static string Href(string path) => Attr(string.Join('/', path.Split('/').Select(segment => segment == ".." ? "%2E%2E" : Uri.EscapeDataString(segment))));
}
