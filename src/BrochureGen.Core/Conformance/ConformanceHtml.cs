using System.Globalization;
using System.Text;
using BrochureGen.Layout.Theme;
using BrochureGen.Rendering.Html;

namespace BrochureGen.Conformance;

/// <summary>
/// Writes <c>&lt;id&gt;.&lt;locale&gt;.accessibility.html</c>: the report as a page an
/// accessibility coordinator can file, hand to an auditor or put on the web site — the edition's
/// facts, each WCAG 2.1 A/AA criterion with its level and evidence, every machine result with its
/// measured value, and the checklist a person ticks. Held to the HTML edition's standard: one
/// self-contained file, escaped throughout, no script (its Content-Security-Policy forbids it),
/// the brochure's own fonts embedded for its text, readable from 320 px, light and dark.
/// </summary>
public static class ConformanceHtml
{
    public const string Suffix = ".accessibility.html";

    public static byte[] Write(ConformanceReport report, FontStack fonts)
    {
        var page = new ReportPage("en", report.Facts.Locale);
        var facts = report.Facts;
        var title = $"Accessibility report: {facts.Title} ({facts.LanguageName})";

        page.Raw("<body>\n<header class=\"measure\">\n");
        page.Raw($"<p class=\"kicker\">{page.T("Accessibility conformance report · WCAG 2.1 AA · PDF/UA-1")}</p>\n");
        page.Raw($"<h1>{page.Edition(facts.Title, bold: true)} <span class=\"subtitle\">{page.Edition(facts.LanguageName, bold: true)}, {page.T(facts.Locale, bold: true)}</span></h1>\n");
        page.Raw($"<p>{page.T(report.Summary + ".")}</p>\n");
        page.Raw("<nav aria-label=\"Contents\"><ul class=\"toc\">");
        foreach (var (id, label) in new[] { ("edition", "The edition"), ("wcag", "WCAG 2.1 A and AA"), ("checks", "Machine checks"), ("review", "For a person to check") })
        {
            page.Raw($"<li><a href=\"#{id}\">{page.T(label)}</a></li>");
        }

        page.Raw("</ul></nav>\n</header>\n<main class=\"measure\">\n");
        Facts(page, report);
        Criteria(page, report);
        Checks(page, report);
        Review(page, report);
        page.Raw("</main>\n<footer class=\"measure\">\n");
        page.Raw($"<p>{page.T("Made by BrochureGen from what the build measured in the files it wrote. Each check, what it tests and what a machine cannot know about it are described in docs/accessibility-checks.md. A level marked as needing a person holds once the checkpoints named beside it are ticked.")}</p>\n");
        page.Raw("</footer>\n</body>\n</html>\n");
        return page.Document(title, fonts);
    }

    private static void Facts(ReportPage page, ConformanceReport report)
    {
        var facts = report.Facts;
        page.Raw($"<section aria-labelledby=\"edition\">\n<h2 id=\"edition\">{page.T("The edition", bold: true)}</h2>\n<dl class=\"facts\">\n");
        void Row(string term, string definitionHtml) => page.Raw($"<div><dt>{page.T(term, bold: true)}</dt><dd>{definitionHtml}</dd></div>\n");
        Row("Title", page.Edition(facts.Title));
        Row("Brochure", page.T(facts.Brochure));
        Row("Language", $"{page.Edition(facts.LanguageName)} ({page.T(facts.Locale)}){(facts.IsSourceLocale ? page.T(", the source") : string.Empty)}");
        Row("Author", page.Edition(facts.Author.Length > 0 ? facts.Author : "—"));
        Row("Translation", page.T(facts.ReviewStatus == Content.ReviewStatus.Reviewed ? "reviewed by a person who reads the language" : $"{facts.ReviewStatus}: not yet reviewed by a person who reads the language"));
        Row("Evaluated", $"<time datetime=\"{facts.EvaluatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">{page.T(facts.EvaluatedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))}</time>{page.T(" (the day the edition's inputs last changed, or SOURCE_DATE_EPOCH)")}");
        Row("Tagged", page.T(facts.Tagged ? "yes: every PDF has a structure tree in reading order" : "no PDF was made in this build"));
        Row("PDF/UA", page.T(facts.PdfUaClaim is { } part ? $"claimed (pdfuaid:part {part}), checked as below; no PDF/UA validator certified it" : "no PDF in this build"));
        Row("Standards aimed at", "<ul>" + string.Concat(Standards.Claimed.Select(s => $"<li>{page.T(s)}</li>")) + "</ul>");
        Row("Formats", facts.Files.Count == 0 ? page.T("none in this build") : "<ul>" + string.Concat(facts.Files.Select(f => $"<li><a href=\"{HtmlEscape.Attribute(Uri.EscapeDataString(f.FileName))}\">{page.T(f.Label)}</a> <span class=\"detail\">{page.T(f.FileName)}</span></li>")) + "</ul>");
        page.Raw("</dl>\n</section>\n");
    }

    private static void Criteria(ReportPage page, ConformanceReport report)
    {
        page.Raw($"<section aria-labelledby=\"wcag\">\n<h2 id=\"wcag\">{page.T("WCAG 2.1 A and AA", bold: true)}</h2>\n");
        page.Raw($"<p>{page.T("Every success criterion of levels A and AA, with the level the build's evidence supports. \"Needs a person\" names the checkpoints below that a reviewer must tick before the level can be filed.")}</p>\n");
        page.Raw($"<table class=\"criteria\">\n<caption>{page.T($"{report.Count(ConformanceLevel.Supports)} supported, {report.Count(ConformanceLevel.PartiallySupports)} partially supported, {report.Count(ConformanceLevel.DoesNotSupport)} not supported, {report.Count(ConformanceLevel.NotApplicable)} not applicable; {report.NeedingPerson.Count} need a person")}</caption>\n");
        page.Raw($"<thead><tr><th scope=\"col\">{page.T("Criterion and conformance", bold: true)}</th><th scope=\"col\">{page.T("Remarks and evidence", bold: true)}</th></tr></thead>\n<tbody>\n");
        foreach (var finding in report.Criteria)
        {
            var criterion = finding.Criterion;
            var person = finding.NeedsPerson.Count == 0 || finding.Level == ConformanceLevel.NotApplicable
                ? string.Empty
                : $"<span class=\"person\">{page.T("Needs a person: ")}{string.Join(", ", finding.NeedsPerson.Select(t => $"<a href=\"#review-{t.Id}\">{page.T(t.Title)}</a>"))}</span>";
            var evidence = finding.Evidence.Count == 0
                ? string.Empty
                : $"<br><span class=\"detail\">{page.T("Evidence: ")}{string.Join(", ", finding.Evidence.Select(e => e.Check).Distinct().Select(c => $"<a href=\"#check-{c.Id}\">{page.T(c.Id)}</a>"))}</span>";
            page.Raw($"<tr><th scope=\"row\">{page.T($"{criterion.Number} {criterion.Name}", bold: true)} <span class=\"detail\">({page.T(criterion.Level)})</span><br>");
            page.Raw($"<span class=\"level {LevelClass(finding.Level)}\">{page.T(finding.Level.Name(), bold: true)}</span>{person}</th>");
            page.Raw($"<td>{page.Measured(finding.Remarks)}{evidence}</td></tr>\n");
        }

        page.Raw("</tbody>\n</table>\n</section>\n");
    }

    private static void Checks(ReportPage page, ConformanceReport report)
    {
        page.Raw($"<section aria-labelledby=\"checks\">\n<h2 id=\"checks\">{page.T("Machine checks", bold: true)}</h2>\n");
        page.Raw($"<p>{page.T($"{report.Results.Count} results of {report.Results.Select(r => r.Check).Distinct().Count()} checks on the formats this build made: {report.Count(CheckStatus.Pass)} passed, {report.Count(CheckStatus.Warn)} warned, {report.Count(CheckStatus.Fail)} failed, {report.Count(CheckStatus.NotApplicable)} not applicable.")}</p>\n");
        foreach (var group in report.Results.GroupBy(r => r.Check))
        {
            var check = group.Key;
            page.Raw($"<section class=\"check\" aria-labelledby=\"check-{check.Id}\">\n<h3 id=\"check-{check.Id}\">{page.T(check.Title, bold: true)} <code>{page.T(check.Id, bold: true)}</code></h3>\n");
            var covers = new List<string>();
            if (check.Matterhorn.Count > 0)
            {
                covers.Add("Matterhorn " + string.Join(", ", check.Matterhorn));
            }

            covers.Add(check.Wcag.Count > 0 ? "WCAG " + string.Join(", ", check.Wcag) : "beyond WCAG");
            page.Raw($"<p class=\"detail\">{page.T(string.Join(" · ", covers))}</p>\n<p>{page.T(check.Tests)}</p>\n<p class=\"detail\">{page.T("What it cannot know: " + check.Limits)}</p>\n<ul class=\"results\">\n");
            foreach (var result in group)
            {
                page.Raw($"<li><span class=\"level {StatusClass(result.Status)}\">{page.T(StatusLabel(result.Status), bold: true)}</span> <strong>{page.T(result.Format.Label, bold: true)}</strong>: {page.Measured(result.Measured)}");
                if (result.Findings.Count > 0)
                {
                    page.Raw("<ul>" + string.Concat(result.Findings.Select(f => $"<li>{page.Measured(f)}</li>")) + "</ul>");
                }

                page.Raw("</li>\n");
            }

            page.Raw("</ul>\n</section>\n");
        }

        page.Raw("</section>\n");
    }

    private static void Review(ReportPage page, ConformanceReport report)
    {
        page.Raw($"<section aria-labelledby=\"review\">\n<h2 id=\"review\">{page.T("For a person to check", bold: true)}</h2>\n");
        page.Raw($"<p>{page.T("What no machine can decide, made from this edition: tick each box once you have judged it. The boxes are not saved; print the page, or record the review in your own files.")}</p>\n");
        var box = 0;
        foreach (var group in report.Review.GroupBy(r => r.Topic))
        {
            var topic = group.Key;
            page.Raw($"<section aria-labelledby=\"review-{topic.Id}\">\n<h3 id=\"review-{topic.Id}\">{page.T(topic.Title, bold: true)}</h3>\n<p>{page.T(topic.Question)}</p>\n");
            var covers = topic.Wcag.Count > 0 ? "WCAG " + string.Join(", ", topic.Wcag) : "not a WCAG criterion";
            if (topic.Matterhorn.Count > 0)
            {
                covers += " · Matterhorn " + string.Join(", ", topic.Matterhorn);
            }

            page.Raw($"<p class=\"detail\">{page.T($"{covers} · {topic.Why}")}</p>\n<ul class=\"checklist\">\n");
            foreach (var item in group)
            {
                box++;
                var id = string.Create(CultureInfo.InvariantCulture, $"box-{box}");
                var picture = item.Picture switch
                {
                    { Png: { } png } => $"<img class=\"thumbnail\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\" alt=\"\">",
                    { QrTarget: { } code } => $"<span class=\"thumbnail qr\">{QrSvg.For(code, "QR code for " + code)}</span>",
                    { } => $"<span class=\"thumbnail\">{page.T("(the picture could not be read)")}</span>",
                    _ => string.Empty,
                };
                // A link's text is mostly a number or an address, which reads left to right in any edition.
                var text = item.Language is { } language ? page.Foreign(item.Text, language, bold: true, autoDirection: topic == ReviewTopics.Links) : page.T(item.Text, bold: true);
                var note = item.Note is { } n ? $" <span class=\"detail\">{page.T(n)}</span>" : string.Empty;
                var quote = item.Quote is { } q ? $" {page.Foreign(q, item.QuoteLanguage ?? report.Facts.Locale)}" : string.Empty;
                var target = item.Target is { } t ? $" <code dir=\"ltr\">{page.T(t)}</code>" : string.Empty;
                page.Raw($"<li>{picture}<input type=\"checkbox\" id=\"{id}\"><label for=\"{id}\"><strong>{text}</strong>{note}{quote}{target}</label></li>\n");
            }

            page.Raw("</ul>\n</section>\n");
        }

        page.Raw("</section>\n");
    }

    private static string LevelClass(ConformanceLevel level) => level switch
    {
        ConformanceLevel.Supports => "good",
        ConformanceLevel.PartiallySupports => "partial",
        ConformanceLevel.DoesNotSupport => "bad",
        _ => "none",
    };

    private static string StatusClass(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "good",
        CheckStatus.Warn => "partial",
        CheckStatus.Fail => "bad",
        _ => "none",
    };

    private static string StatusLabel(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "Pass",
        CheckStatus.Warn => "Warning",
        CheckStatus.Fail => "Fail",
        _ => "Not applicable",
    };
}
