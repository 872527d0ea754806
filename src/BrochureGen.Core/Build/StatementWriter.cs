using System.Globalization;
using System.Net;
using BrochureGen.Conformance;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Theme;
using BrochureGen.Rendering.Html;

namespace BrochureGen.Build;

/// <summary>
/// Writes <c>output/accessibility-statement.&lt;locale&gt;.html</c>, one per language of the
/// catalogue that has a statement template (<see cref="StatementTemplate"/>): the standards the
/// editions aim at, the date of the latest evaluation, every edition with its formats and its
/// conformance report, the known limitations (drafts, a language without braille, checks that did
/// not pass, a failed build) and whom to ask for another format (<c>accessibility-contact</c> of
/// each brochure.yaml). It is written from <c>report.json</c>'s entries, as the gallery is, so a
/// shard's build and <c>gallery</c> write the same statement; the date comes from the reports
/// (never the clock), so the same editions give the same bytes.
/// </summary>
public static class StatementWriter
{
    /// <summary>The statements to write beside the gallery: (file name, bytes) per language.</summary>
    public static IReadOnlyList<(string FileName, string Locale, string Label, byte[] Bytes)> Write(
        IReadOnlyList<ReportEntry> editions, IReadOnlyDictionary<string, BrochureManifest> manifests, IReadOnlyList<StatementTemplate> templates, FontStack fonts)
    {
        var listed = editions.Where(e => e.Files.Count > 0).ToList();
        var chosen = Chosen(templates, listed);
        return chosen.Select(t => (t.FileName, t.Locale, t["title"], Page(t, chosen, listed, manifests, fonts))).ToList();
    }

    /// <summary>The templates of the catalogue's languages; English when none of them has one.</summary>
    public static IReadOnlyList<StatementTemplate> Chosen(IReadOnlyList<StatementTemplate> templates, IReadOnlyList<ReportEntry> editions)
    {
        if (editions.Count == 0)
        {
            return [];
        }

        var locales = editions.Select(e => e.Locale).ToHashSet(StringComparer.Ordinal);
        var chosen = templates.Where(t => locales.Contains(t.Locale)).ToList();
        return chosen.Count > 0 ? chosen : templates.Where(t => t.Locale == "en").ToList();
    }

    /// <summary>The manifests of the brochures the editions belong to; one that cannot be read gives no contact (its build says why).</summary>
    public static IReadOnlyDictionary<string, BrochureManifest> Manifests(string contentRoot, IEnumerable<ReportEntry> editions)
    {
        var manifests = new Dictionary<string, BrochureManifest>(StringComparer.Ordinal);
        foreach (var id in editions.Select(e => e.Brochure).Distinct(StringComparer.Ordinal))
        {
            var folder = Path.Combine(contentRoot, id);
            if (ContentLoader.BrochureId().IsMatch(id) && File.Exists(Path.Combine(folder, ContentLoader.ManifestFileName)))
            {
                try
                {
                    manifests[id] = ContentLoader.LoadManifest(folder);
                }
                catch (BrochureException)
                {
                }
            }
        }

        return manifests;
    }

    /// <summary>A warning per brochure that names no one to ask for another format: its statement can only say "ask the office".</summary>
    public static IReadOnlyList<Diagnostic> Findings(IReadOnlyDictionary<string, BrochureManifest> manifests) =>
        manifests.Values.Where(m => m.AccessibilityContact is null).Select(m => Diagnostic.Warning(
            DiagnosticCodes.AccessibilityContactMissing,
            "brochure.yaml names no one to ask for another format: add 'accessibility-contact:' with a 'phone', 'email' or 'web' (and a 'name'), which the accessibility statement prints",
            SourceLocation.InFile(DisplayPath.For(Path.Combine(m.Directory, ContentLoader.ManifestFileName))))).ToList();

    private static byte[] Page(StatementTemplate t, IReadOnlyList<StatementTemplate> all, IReadOnlyList<ReportEntry> editions, IReadOnlyDictionary<string, BrochureManifest> manifests, FontStack fonts)
    {
        var page = new ReportPage(t.Locale, t.Locale);
        string In(string text, string locale, bool bold = false) => locale == t.Locale ? page.T(text, bold) : page.Foreign(text, locale, bold);
        var latest = editions.Select(e => e.Accessibility?.Evaluated).Where(d => d is not null).Max();
        var date = latest is { } day ? $"<time datetime=\"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">{page.T(t.Date(day))}</time>" : page.T("—");
        var brochures = editions.GroupBy(e => e.Brochure).ToList();
        string Title(IGrouping<string, ReportEntry> brochure, bool bold = false) => SourceTitle(brochure, manifests, t.Locale) is var (title, locale) ? In(title, locale, bold) : page.T(brochure.Key, bold);
        var organisations = manifests.Values.Select(m => m.Author).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        page.Raw("<body>\n<header class=\"measure\">\n");
        page.Raw($"<h1>{page.T(t["title"], bold: true)}</h1>\n");
        var others = all.Where(o => o.Locale != t.Locale).ToList();
        if (others.Count > 0)
        {
            page.Raw($"<p>{page.T(t["other-languages"])} " + string.Join(" · ", others.Select(o => $"<a href=\"{Href(o.FileName)}\" hreflang=\"{Attr(o.Locale)}\" lang=\"{Attr(o.Locale)}\">{page.T(o["language-name"])}</a>")) + "</p>\n");
        }

        page.Raw($"<p>{t.Html("intro", x => page.T(x), ("organisations", organisations.Count == 0 ? page.T("—") : string.Join(", ", organisations.Select(o => In(o, "en")))))}</p>\n");
        page.Raw("</header>\n<main class=\"measure\">\n");

        Section(page, "standards", t["standards-heading"], $"<p>{page.T(t["standards-intro"])}</p>\n<ul>" + string.Concat(new[] { "standard-wcag", "standard-pdfua", "standard-pdfx", "standard-large-print", "standard-braille" }.Select(k => $"<li>{page.T(t[k])}</li>")) + "</ul>\n");
        Section(page, "evaluation", t["evaluation-heading"], $"<p>{t.Html("evaluation", x => page.T(x), ("date", date))}</p>\n");

        var list = new System.Text.StringBuilder();
        foreach (var brochure in brochures)
        {
            list.Append(CultureInfo.InvariantCulture, $"<h3>{Title(brochure, bold: true)}</h3>\n<ul class=\"results\">\n");
            foreach (var edition in brochure)
            {
                var status = manifests.TryGetValue(brochure.Key, out var manifest) && manifest.SourceLocale == edition.Locale ? t["status-source"]
                    : edition.ReviewStatus == ReviewStatus.Reviewed ? t["status-reviewed"] : t["status-draft"];
                var results = edition.Accessibility is { } recorded
                    ? " · " + t.Html("edition-results", x => page.T(x), ("passed", Count(page, recorded, CheckStatus.Pass)), ("warned", Count(page, recorded, CheckStatus.Warn)), ("failed", Count(page, recorded, CheckStatus.Fail)))
                    : string.Empty;
                var files = edition.Files.Select(f => (File: f, Kind: OutputFileKind.Named(f.Kind))).Where(f => f.Kind?.GalleryLabel is not null && f.Kind != OutputFileKind.PagePng && f.Kind != OutputFileKind.Accessibility && f.Kind != OutputFileKind.AccessibilityData).OrderBy(f => f.Kind!.Rank).ToList();
                var report = edition.Files.FirstOrDefault(f => f.Kind == OutputFileKind.Accessibility.Name);
                list.Append(CultureInfo.InvariantCulture, $"<li><strong>{In(edition.Language, edition.Locale, bold: true)}</strong>: {In(edition.Title, edition.Locale)} <span class=\"detail\">({page.T(status)}{results})</span>");
                if (report is not null)
                {
                    list.Append(CultureInfo.InvariantCulture, $"<br><a href=\"{Href(report.Path)}\">{page.T(t["edition-report"])}</a>");
                }

                // The files' kinds are named in English, as in the gallery; the link text says which file it is.
                list.Append($"<br>{page.T(t["edition-formats"])} ").Append(string.Join(", ", files.Select(f => $"<a href=\"{Href(f.File.Path)}\" lang=\"en\">{page.T(f.Kind!.GalleryLabel!)}</a>"))).Append("</li>\n");
            }

            list.Append("</ul>\n");
        }

        Section(page, "editions", t["editions-heading"], list.ToString());

        // Grouped per brochure, so a catalogue of many languages reads as a few lines.
        var limitations = new List<string>();
        foreach (var brochure in brochures)
        {
            string Languages(IEnumerable<ReportEntry> which) => string.Join(", ", which.Select(e => In(e.Language, e.Locale)));
            bool IsSource(ReportEntry e) => manifests.TryGetValue(brochure.Key, out var m) && m.SourceLocale == e.Locale;
            void Add(string key, IReadOnlyList<ReportEntry> which, params (string, string)[] more)
            {
                if (which.Count > 0)
                {
                    limitations.Add(t.Html(key, x => page.T(x), [("title", Title(brochure)), ("languages", Languages(which)), .. more]));
                }
            }

            Add("limitation-failed-build", brochure.Where(e => !e.ChecksPassed).ToList());
            Add("limitation-draft", brochure.Where(e => e.ReviewStatus != ReviewStatus.Reviewed && !IsSource(e)).ToList());
            Add("limitation-no-braille", brochure.Where(e => e.Accessibility?.Results.Any(r => r.Check == AccessibilityChecks.BrailleEdition.Id && r.Status == CheckStatus.NotApplicable) == true).ToList());
            var failing = brochure
                .SelectMany(e => (e.Accessibility?.Results ?? []).Where(r => r.Status is CheckStatus.Fail or CheckStatus.Warn).Select(r => (Key: $"{r.Check} ({r.Format})", Edition: e)))
                .GroupBy(f => f.Key, StringComparer.Ordinal);
            foreach (var check in failing)
            {
                Add("limitation-checks", check.Select(f => f.Edition).ToList(), ("check", $"<code>{page.T(check.Key)}</code>"));
            }
        }

        limitations.Add(page.T(t["limitation-review"]));
        limitations.Add(page.T(t["limitation-validator"]));
        Section(page, "limitations", t["limitations-heading"], "<ul>" + string.Concat(limitations.Select(l => $"<li>{l}</li>\n")) + "</ul>\n");

        var contacts = new System.Text.StringBuilder($"<p>{page.T(t["contact-intro"])}</p>\n");
        foreach (var brochure in brochures)
        {
            if (manifests.TryGetValue(brochure.Key, out var manifest) && manifest.AccessibilityContact is { } contact)
            {
                contacts.Append(CultureInfo.InvariantCulture, $"<h3>{t.Html("contact-for", x => page.T(x, bold: true), ("title", Title(brochure, bold: true)))}</h3>\n<ul>");
                if (contact.Name is { } name)
                {
                    contacts.Append("<li>").Append(In(name, manifest.SourceLocale)).Append("</li>");
                }

                if (contact.Phone is { } phone)
                {
                    contacts.Append(CultureInfo.InvariantCulture, $"<li>{t.Html("contact-phone", x => page.T(x), ("phone", $"<a href=\"tel:{Attr(TelTarget(phone))}\">{page.T(phone)}</a>"))}</li>");
                }

                if (contact.Email is { } email)
                {
                    contacts.Append(CultureInfo.InvariantCulture, $"<li>{t.Html("contact-email", x => page.T(x), ("email", $"<a href=\"mailto:{Attr(email)}\">{page.T(email)}</a>"))}</li>");
                }

                if (contact.Web is { } web)
                {
                    contacts.Append(CultureInfo.InvariantCulture, $"<li>{t.Html("contact-web", x => page.T(x), ("web", $"<a href=\"{Attr(web)}\">{page.T(web)}</a>"))}</li>");
                }

                contacts.Append("</ul>\n");
            }
            else
            {
                contacts.Append(CultureInfo.InvariantCulture, $"<p>{t.Html("no-contact", x => page.T(x), ("title", Title(brochure)))}</p>\n");
            }
        }

        Section(page, "contact", t["contact-heading"], contacts.ToString());
        page.Raw("</main>\n<footer class=\"measure\">\n");
        page.Raw($"<p>{t.Html("footer", x => page.T(x), ("date", date))}</p>\n");
        page.Raw("</footer>\n</body>\n</html>\n");
        return page.Document(t["title"], fonts);
    }

    private static void Section(ReportPage page, string id, string heading, string html) =>
        page.Raw($"<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{page.T(heading, bold: true)}</h2>\n{html}</section>\n");

    private static string Count(ReportPage page, RecordedResults results, CheckStatus status) =>
        page.T(results.Results.Count(r => r.Status == status).ToString(CultureInfo.InvariantCulture));

    // A brochure's title in the statement's language when that edition exists, else the source's.
    private static (string Title, string Locale)? SourceTitle(IGrouping<string, ReportEntry> brochure, IReadOnlyDictionary<string, BrochureManifest> manifests, string locale)
    {
        var edition = brochure.FirstOrDefault(e => e.Locale == locale)
            ?? (manifests.TryGetValue(brochure.Key, out var manifest) ? brochure.FirstOrDefault(e => e.Locale == manifest.SourceLocale) : null)
            ?? brochure.First();
        return (edition.Title, edition.Locale);
    }

    private static string TelTarget(string phone) => (phone.StartsWith('+') ? "+" : string.Empty) + string.Concat(phone.Where(char.IsAsciiDigit));

    private static string Attr(string value) => WebUtility.HtmlEncode(value);

    // As the gallery's links: paths come from report.json (untrusted), each segment percent-encoded.
    private static string Href(string path) => Attr(string.Join('/', path.Split('/').Select(segment => segment == ".." ? "%2E%2E" : Uri.EscapeDataString(segment))));
}
