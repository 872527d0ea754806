using System.Text.Json;
using System.Text.RegularExpressions;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// The accessibility evidence as readers and tools we did not write see it: the reports and the
/// statements in Chromium (axe-core's accessible names, the DOM's links), and each report's
/// numbers against the PDF as qpdf and poppler read it back.
/// </summary>
public sealed partial class HtmlEditionTests
{
    [SkippableFact]
    public void Every_link_of_the_reports_and_statements_resolves_to_a_file_or_an_element_of_the_page()
    {
        AxeCheck.Require();
        var pages = fixture.Pages.Where(p => p.File.EndsWith(".accessibility.html", StringComparison.Ordinal) || Path.GetFileName(p.File).StartsWith("accessibility-statement.", StringComparison.Ordinal)).ToList();
        Assert.Equal(EnglishEdition.SampleLocales.Count + 2 + 1 + 2, pages.Count);
        foreach (var page in pages)
        {
            var folder = Path.GetDirectoryName(page.File)!;
            foreach (var link in page.Dom.Links)
            {
                if (link.Href.StartsWith('#'))
                {
                    Assert.Contains($"id=\"{link.Href[1..]}\"", File.ReadAllText(page.File), StringComparison.Ordinal);
                }
                else if (!Regex.IsMatch(link.Href, "^(https|tel|mailto):"))
                {
                    Assert.True(File.Exists(Path.Combine(folder, Uri.UnescapeDataString(link.Href))), $"{Path.GetFileName(page.File)}: link {link.Href} does not resolve");
                }

                Assert.False(string.IsNullOrWhiteSpace(link.Name), $"{Path.GetFileName(page.File)}: link {link.Href} has no name");
            }
        }
    }

    [SkippableFact]
    public void The_statement_says_whom_to_ask_in_its_own_language_and_links_each_edition_and_its_report()
    {
        AxeCheck.Require();
        var english = fixture.Page(fixture.Statement("en"));
        var spanish = fixture.Page(fixture.Statement("es"));
        Assert.Equal("en", english.Dom.Lang);
        Assert.Equal("es", spanish.Dom.Lang);
        Assert.Equal("Accessibility statement", english.Dom.Title);
        Assert.Equal("Declaración de accesibilidad", spanish.Dom.Title);

        // The contact of brochure.yaml, as links a phone or browser follows.
        Assert.Contains(english.Dom.Links, l => l.Href == "tel:8605506632" && l.Text == "860-550-6632");
        Assert.Contains(english.Dom.Links, l => l.Href == "https://www.ct.gov/ova");
        Assert.Contains("Connecticut Office of the Victim Advocate", english.Dom.Text, StringComparison.Ordinal);
        Assert.Contains("Teléfono: 860-550-6632", spanish.Dom.Text, StringComparison.Ordinal);

        // Each page names the other, in that language.
        Assert.Contains(english.Dom.Links, l => l.Href == "accessibility-statement.es.html" && l.Text == "Español");
        Assert.Contains(spanish.Dom.Links, l => l.Href == "accessibility-statement.en.html" && l.Text == "English");
        Assert.Contains(english.Dom.LanguageSpans, s => s.Lang == "es" && s.Text == "Español");

        // Every edition of both brochures and its report; the known limitations name the drafts and
        // the languages without braille (Haitian Creole, Persian).
        var reports = english.Dom.Links.Where(l => l.Href.EndsWith(".accessibility.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(EnglishEdition.SampleLocales.Count + 2, reports.Count);
        Assert.Contains(english.Dom.Headings, h => h.Level == 2 && h.Text == "Known limitations");
        Assert.Matches("Stop Human Trafficking: no braille edition in Kreyòl ayisyen, فارسی", english.Dom.Text);
        Assert.Contains("are drafts that no person who reads the language has reviewed yet", english.Dom.Text, StringComparison.Ordinal);
        Assert.Contains("The latest evaluation is from".ToLowerInvariant(), english.Dom.Text.ToLowerInvariant(), StringComparison.Ordinal);

        // The gallery links to both.
        var gallery = fixture.Page(fixture.Gallery);
        Assert.Contains(gallery.Dom.Links, l => l.Href == "accessibility-statement.en.html");
        Assert.Contains(gallery.Dom.Links, l => l.Href == "accessibility-statement.es.html");
    }

    [SkippableFact]
    public void A_report_lists_for_a_person_each_heading_link_picture_and_span_of_its_edition()
    {
        AxeCheck.Require();
        var report = fixture.Page(fixture.FiguresAndSpansReport);
        var edition = fixture.Page(fixture.FiguresAndSpansHtml);
        Assert.Equal("en", report.Dom.Lang);
        var text = report.Dom.Text;

        // Every heading of the edition, as Chromium reads the edition, is a checkpoint of its report.
        Assert.All(edition.Dom.Headings, h => Assert.Contains(h.Text, text, StringComparison.Ordinal));

        // Each picture's text beside a thumbnail, the decorative one said to be decoration, the QR code's target.
        Assert.Contains("A diamond, the brochure's emblem", text, StringComparison.Ordinal);
        Assert.Contains("(decoration: no text, skipped by assistive technology)", text, StringComparison.Ordinal);
        Assert.Contains("https://www.ct.gov/ova/forms", text, StringComparison.Ordinal);

        // The spans in another language carry it in the report too.
        Assert.Contains(report.Dom.LanguageSpans, s => s.Lang == "es" && s.Text == "Línea directa");
        Assert.Contains(report.Dom.LanguageSpans, s => s.Lang == "ar" && s.Text == "خط ساخن");

        // A build of the HTML edition alone says so: its report has HTML results and no PDF ones.
        var json = JsonDocument.Parse(File.ReadAllBytes(Path.ChangeExtension(fixture.FiguresAndSpansReport, ".json")));
        var results = json.RootElement.GetProperty("results");
        Assert.True(results.GetProperty("html-structure").TryGetProperty("html", out _));
        Assert.False(results.TryGetProperty("pdf-tagged", out _));
    }

    [SkippableFact]
    public void The_pdf_names_its_links_as_chromium_names_the_html_editions_and_every_name_holds_the_visible_text()
    {
        AxeCheck.Require();
        ExternalTool.Require("qpdf", "qpdf");
        foreach (var locale in new[] { "en", "es" })
        {
            var html = fixture.Page(fixture.Html(locale)).Dom.Links.Where(l => !l.Href.StartsWith('#')).ToList();
            var tree = StructureNode.Read(QpdfJson.Read(File.ReadAllBytes(fixture.Pdf(locale))));
            var pdf = tree.Descendants().Where(n => n.Type == "Link").Select(n => n.Alt).ToList();

            // A link broken over two lines or panels is two Link elements with one name.
            Assert.Equal(html.Select(l => l.Name).Distinct().Order(StringComparer.Ordinal), pdf.OfType<string>().Distinct().Order(StringComparer.Ordinal));
            Assert.All(html, l => Assert.Contains(Squeeze(l.Text), Squeeze(l.Name), StringComparison.OrdinalIgnoreCase));
        }
    }

    [SkippableFact]
    public void Each_report_counts_what_qpdf_and_poppler_read_back_from_its_pdf()
    {
        ExternalTool.Require("qpdf", "qpdf");
        ExternalTool.Require("pdfinfo", "poppler-utils");
        foreach (var locale in EnglishEdition.SampleLocales)
        {
            var pdfPath = fixture.Pdf(locale);
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.ChangeExtension(fixture.Report(locale), ".json")));
            string Measured(string check, string format = "pdf") => json.RootElement.GetProperty("results").GetProperty(check).GetProperty(format).GetProperty("measured").GetString()!;
            string Result(string check, string format = "pdf") => json.RootElement.GetProperty("results").GetProperty(check).GetProperty(format).GetProperty("result").GetString()!;

            var qpdf = QpdfJson.Read(File.ReadAllBytes(pdfPath));
            var tree = StructureNode.Read(qpdf);
            var elements = tree.Descendants().ToList();

            // pdf-tagged: the elements and marked-content sequences of the tree as qpdf reads it.
            Assert.Equal("pass", Result("pdf-tagged"));
            Assert.Contains($"{elements.Count} structure elements own {elements.Sum(e => e.MarkedContentCount)} marked-content sequences on {qpdf.Pages().Count} pages", Measured("pdf-tagged"), StringComparison.Ordinal);

            // pdf-headings: the levels qpdf finds.
            var levels = elements.Where(e => Regex.IsMatch(e.Type, "^H[1-6]$")).GroupBy(e => e.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}");
            Assert.StartsWith(string.Join(", ", levels), Measured("pdf-headings"), StringComparison.Ordinal);

            // pdf-links: annotations in Link elements, with /Contents, and /Tabs /S on every page.
            var links = elements.Where(e => e.Type == "Link").ToList();
            Assert.StartsWith($"{links.Sum(l => l.AnnotationReferences.Count)} link annotations in {links.Count} Link elements", Measured("pdf-links"), StringComparison.Ordinal);
            Assert.All(qpdf.Pages(), page => Assert.Equal("/S", page.GetProperty("/Tabs").GetString()));

            // pdf-language and pdf-language-parts: the catalog's /Lang and the elements with one of their own.
            Assert.StartsWith($"/Lang {QpdfJson.Text(qpdf.Catalog.GetProperty("/Lang"))}, dc:language {locale}", Measured("pdf-language"), StringComparison.Ordinal);
            var spans = elements.Where(e => e.Language is not null).ToList();
            Assert.Equal(spans.Count == 0 ? "no element is marked with another language" : $"{spans.Count} elements with a language of their own", Measured("pdf-language-parts").Split(':')[0]);

            // The document facts: tagged and the PDF/UA claim, as poppler reads them.
            var info = Poppler.Run("pdfinfo", pdfPath);
            var meta = Poppler.Run("pdfinfo", "-meta", pdfPath);
            Assert.Matches("(?m)^Tagged:\\s+yes$", info);
            Assert.True(json.RootElement.GetProperty("document").GetProperty("tagged").GetBoolean());
            Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", meta, StringComparison.Ordinal);
            Assert.Equal("1", json.RootElement.GetProperty("document").GetProperty("pdfua").GetString());
            Assert.Matches($"(?m)^Title:\\s+{Regex.Escape(json.RootElement.GetProperty("document").GetProperty("title").GetString()!)}$", info);
        }
    }
}
