using System.Text;
using System.Text.Json;
using BrochureGen.Build;
using BrochureGen.Conformance;
using BrochureGen.Diagnostics;
using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using BrochureGen.Rendering.Pdf;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// The accessibility checks as data and as measurements: the catalogue is whole (every id,
/// Matterhorn condition and WCAG criterion it names exists), every check measures the English
/// sample, and each one fails when what it measures is broken — a check that cannot fail proves
/// nothing.
/// </summary>
public sealed partial class ConformanceTests
{
    private static readonly Lazy<ConformanceReport> English = new(() => Evaluate(EnglishEdition.Output));

    [SkippableFact]
    public void The_catalogue_names_only_criteria_conditions_and_formats_that_exist()
    {
        Assert.Equal(AccessibilityChecks.All.Count, AccessibilityChecks.All.Select(c => c.Id).Distinct().Count());
        Assert.All(AccessibilityChecks.All, check =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", check.Id);
            Assert.NotEmpty(check.Formats);
            Assert.NotEmpty(check.Tests);
            Assert.NotEmpty(check.Limits);
            Assert.All(check.Wcag, number => Assert.NotNull(WcagCriteria.Find(number)));
            Assert.All(check.Matterhorn, id => Assert.NotNull(MatterhornConditions.Find(id)));
        });
        Assert.All(ReviewTopics.All, topic =>
        {
            Assert.All(topic.Wcag, number => Assert.Equal(number, WcagCriteria.All.Single(c => c.Number == number).Number));
            Assert.All(topic.Matterhorn, id => Assert.True(MatterhornConditions.Find(id)!.Human, $"{id} is a machine condition"));
        });

        // WCAG 2.1 has 30 criteria at level A and 20 at AA; each applicable one has evidence or a
        // person's checkpoint, so no level is claimed from nothing.
        Assert.Equal(30, WcagCriteria.All.Count(c => c.Level == "A"));
        Assert.Equal(20, WcagCriteria.All.Count(c => c.Level == "AA"));
        Assert.All(WcagCriteria.All.Where(c => c.NotApplicable is null), criterion => Assert.True(
            AccessibilityChecks.All.Any(c => c.Wcag.Contains(criterion.Number)) || ReviewTopics.All.Any(t => t.Wcag.Contains(criterion.Number)) || criterion.Number == "4.1.1",
            $"{criterion} has neither a check nor a checkpoint"));
    }

    [SkippableFact]
    public void Every_check_gives_a_result_on_every_format_it_names_for_the_english_sample()
    {
        var report = English.Value;
        foreach (var check in AccessibilityChecks.All.Where(c => c != AccessibilityChecks.BrailleEdition || Rendering.Braille.LibLouis.IsAvailable))
        {
            foreach (var format in check.Formats)
            {
                Assert.Single(report.Results, r => r.Check == check && r.Format == format);
            }
        }

        // The sample passes every check; its link names hold the words on screen in the PDF as in
        // the HTML edition ("www.ct.gov/ova (Website of the Office of the Victim Advocate)").
        Assert.Empty(report.Results.Where(r => r.Status == CheckStatus.Fail).Select(r => r.Key));
        var names = report.Results.Single(r => r.Key == ("link-name-contains-text", "pdf"));
        Assert.Equal("all 14 link names hold their visible text", names.Measured);
        Assert.Equal(CheckStatus.Pass, report.Results.Single(r => r.Key == ("link-name-contains-text", "html")).Status);
        Assert.Equal(ConformanceLevel.Supports, report.Criteria.Single(c => c.Criterion.Number == "2.5.3").Level);

        // A name that leaves the visible text out fails, and the criterion is then partially supported.
        var failing = ConformanceEvaluator.Rate(WcagCriteria.Find("2.5.3")!, [.. report.Results.Where(r => r.Key != ("link-name-contains-text", "pdf")), names with { Status = CheckStatus.Fail, Measured = "1 of 12" }], ReviewTopics.All);
        Assert.Equal(ConformanceLevel.PartiallySupports, failing.Level);
        Assert.Contains("Not met: link-name-contains-text (tagged PDF): 1 of 12", failing.Remarks, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Contrast_is_measured_on_the_colour_each_run_is_drawn_on_and_fails_below_the_wcag_ratio()
    {
        var contrast = English.Value.Results.Single(r => r.Key == ("contrast-text", "pdf"));
        Assert.Equal(CheckStatus.Pass, contrast.Status);

        // The cover is navy with white text: that pair is measured against the navy, not the page.
        Assert.Contains(contrast.Findings, f => f.StartsWith("13.28:1 white (#FFFFFF) on navy (#0F3057)", StringComparison.Ordinal));

        // The body text made grey #777777: 4.478:1 on white (shown cut, not rounded, as 4.47:1), under 4.5:1 for text below 18 pt.
        var ink = new RgbColor(0x1F, 0x29, 0x33);
        var grey = new InkColor(new RgbColor(0x77, 0x77, 0x77), new CmykColor(0, 0, 0, 60));
        var failing = Recolour(EnglishEdition.Layout, run => run.Color.Screen == ink ? run with { Color = grey } : run);
        var result = InkChecks.Results(EvidenceFormat.Pdf, failing, Theme(), ColorNames.Of(Theme().FilePath)).Single(r => r.Check == AccessibilityChecks.ContrastText);
        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.StartsWith("2 of 11 colour pairs too low; lowest", result.Measured, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.StartsWith("4.47:1 #777777 on white (#FFFFFF), 10.75 pt (needs 4.5:1)", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Links_without_their_underline_fail_and_qr_modules_are_measured_against_their_light_square()
    {
        var bare = new LaidOutBrochure(EnglishEdition.Layout.Language, EnglishEdition.Layout.Pages.Select(page => page with
        {
            Panels = page.Panels.Select(panel => panel with { Items = panel.Items.Where(i => i is not LineItem).ToList() }).ToList(),
        }).ToList(), EnglishEdition.Layout.ReadingOrder, EnglishEdition.Layout.Adjustments) { Reading = EnglishEdition.Layout.Reading };
        var underlines = InkChecks.Results(EvidenceFormat.Pdf, bare, Theme(), ColorNames.Of(Theme().FilePath)).Single(r => r.Check == AccessibilityChecks.LinksUnderlined);
        Assert.Equal(CheckStatus.Fail, underlines.Status);
        Assert.Equal("14 of 14 link areas not underlined", underlines.Measured);

        var second = SecondBrochure();
        var graphics = Evaluate(second).Results.Single(r => r.Key == ("contrast-graphics", "pdf"));
        Assert.Equal(CheckStatus.Pass, graphics.Status);
        Assert.Contains(graphics.Findings, f => f.StartsWith("21:1 marks (QR modules) black (#000000) on white (#FFFFFF)", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Each_pdf_check_fails_on_the_defect_it_looks_for()
    {
        var facts = EnglishEdition.Output.ScreenReport!.Accessibility!;
        CheckStatus Status(PdfAccessibilityFacts changed, AccessibilityCheck check) =>
            PdfChecks.Results(EvidenceFormat.Pdf, changed, EnglishEdition.Layout, "en").Single(r => r.Check == check).Status;

        Assert.All(PdfChecks.Results(EvidenceFormat.Pdf, facts, EnglishEdition.Layout, "en"), r => Assert.NotEqual(CheckStatus.Fail, r.Status));
        Assert.Equal(CheckStatus.Fail, Status(facts with { MarkedTrue = false }, AccessibilityChecks.PdfTagged));
        Assert.Equal(CheckStatus.Fail, Status(facts with { PdfUaPart = null }, AccessibilityChecks.PdfMetadata));
        Assert.Equal(CheckStatus.Fail, Status(facts with { DisplayDocTitle = false }, AccessibilityChecks.PdfMetadata));
        Assert.Equal(CheckStatus.Fail, Status(facts with { CatalogLanguage = "es" }, AccessibilityChecks.PdfLanguage));
        Assert.Equal(CheckStatus.Fail, Status(facts with { XmpLanguage = string.Empty }, AccessibilityChecks.PdfLanguage));
        Assert.Equal(CheckStatus.Fail, Status(facts with { HasRoleMap = true }, AccessibilityChecks.PdfStructureTypes));
        Assert.Equal(CheckStatus.Fail, Status(With(facts, t => t.Type == "P", t => t with { Type = "Para" }), AccessibilityChecks.PdfStructureTypes));
        Assert.Equal(CheckStatus.Fail, Status(With(facts, t => t.Type == "H1", t => t with { Type = "H2" }), AccessibilityChecks.PdfHeadings));
        Assert.Equal(CheckStatus.Fail, Status(With(facts, t => t.Type == "H3", t => t with { Type = "H4" }), AccessibilityChecks.PdfHeadings));
        Assert.Equal(CheckStatus.Fail, Status(With(facts, t => t.Type == "LI", t => t with { ChildTypes = ["P"] }), AccessibilityChecks.PdfLists));
        Assert.Equal(CheckStatus.Fail, Status(facts with { LinkAnnotations = [.. facts.LinkAnnotations, new PdfLinkAnnotation("P", true)] }, AccessibilityChecks.PdfLinks));
        Assert.Equal(CheckStatus.Fail, Status(facts with { LinkAnnotations = [new PdfLinkAnnotation("Link", false), .. facts.LinkAnnotations.Skip(1)] }, AccessibilityChecks.PdfLinks));
        Assert.Equal(CheckStatus.Fail, Status(facts with { PagesWithStructureTabOrder = 1 }, AccessibilityChecks.PdfLinks));
        Assert.Equal(CheckStatus.Fail, Status(facts with { EmbeddedFontFiles = facts.EmbeddedFontFiles.Skip(1).ToList() }, AccessibilityChecks.PdfFonts));
        Assert.Equal(CheckStatus.Fail, Status(facts with { Bookmarks = 3 }, AccessibilityChecks.PdfBookmarks));
        Assert.Equal(CheckStatus.Fail, Status(With(facts, t => t.Type == "Link", t => t with { Language = "english" }), AccessibilityChecks.PdfLanguageParts));
        var withFigure = facts with { Tags = [.. facts.Tags, new PdfTag("Figure", 2, "Sect", [], HasAlt: false, null, false, 1, 0)] };
        Assert.Equal(CheckStatus.Fail, Status(withFigure, AccessibilityChecks.PdfFigures));
        var withTable = facts with { Tags = [.. facts.Tags, new PdfTag("Table", 2, "Sect", ["TR"], false, null, false, 0, 0), new PdfTag("TR", 3, "Table", ["TH"], false, null, false, 0, 0), new PdfTag("TH", 4, "TR", [], false, null, HasScope: false, 1, 0)] };
        Assert.Equal(CheckStatus.Fail, Status(withTable, AccessibilityChecks.PdfTables));
    }

    [SkippableFact]
    public void Each_html_check_fails_on_the_defect_it_looks_for()
    {
        var html = Encoding.UTF8.GetString(EnglishEdition.Output.Html!);
        CheckStatus Status(string page, AccessibilityCheck check) =>
            HtmlChecks.Results(HtmlEditionScan.Of(Encoding.UTF8.GetBytes(page), HtmlChecks.PolicyElement), "en", "Stop Human Trafficking").Single(r => r.Check == check).Status;
        string Edit(string find, string replace)
        {
            Assert.Contains(find, html, StringComparison.Ordinal);
            return html.Replace(find, replace, StringComparison.Ordinal);
        }

        Assert.All(HtmlChecks.Results(HtmlEditionScan.Of(EnglishEdition.Output.Html!, HtmlChecks.PolicyElement), "en", "Stop Human Trafficking"), r => Assert.NotEqual(CheckStatus.Fail, r.Status));
        Assert.Equal(CheckStatus.Fail, Status(Edit("<html lang=\"en\"", "<html lang=\"english\""), AccessibilityChecks.HtmlLanguage));
        Assert.Equal(CheckStatus.Fail, Status(Edit("<title>Stop Human Trafficking</title>", "<title></title>"), AccessibilityChecks.HtmlTitle));
        Assert.Equal(CheckStatus.Fail, Status(Edit("<main", "<div"), AccessibilityChecks.HtmlStructure));
        Assert.Equal(CheckStatus.Fail, Status(Edit("<h3", "<h4").Replace("</h3>", "</h4>", StringComparison.Ordinal), AccessibilityChecks.HtmlStructure));
        Assert.Equal(CheckStatus.Fail, Status(Edit("</main>", "<img src=\"x.png\"></main>"), AccessibilityChecks.HtmlTextAlternatives));
        Assert.Equal(CheckStatus.Fail, Status(Edit("class=\"decor decor-diamonds\" aria-hidden=\"true\"", "class=\"decor decor-diamonds\""), AccessibilityChecks.HtmlTextAlternatives));
        Assert.Equal(CheckStatus.Fail, Status(Edit("</main>", "<a href=\"https://example.org/\"></a></main>"), AccessibilityChecks.HtmlLinkNames));
        Assert.Equal(CheckStatus.Fail, Status(Edit("initial-scale=1", "initial-scale=1, maximum-scale=1"), AccessibilityChecks.HtmlStyle));
        Assert.Equal(CheckStatus.Fail, Status(Edit("a:focus-visible { outline: 3px solid", "a:focus-visible { outline: none; x: 3px solid"), AccessibilityChecks.HtmlStyle));
        Assert.Equal(CheckStatus.Fail, Status(Edit("text-decoration: underline;", "text-decoration: none;"), AccessibilityChecks.HtmlStyle));
        Assert.Equal(CheckStatus.Fail, Status(Edit(".measure { max-width: 40em;", ".measure { height: 20em; max-width: 40em;"), AccessibilityChecks.HtmlStyle));
        Assert.Equal(CheckStatus.Fail, Status(Edit(".measure { max-width: 40em;", ".measure { font-size: 12px; max-width: 40em;"), AccessibilityChecks.HtmlStyle));
        Assert.Equal(CheckStatus.Fail, Status(Edit("</main>", "<script>alert(1)</script></main>"), AccessibilityChecks.HtmlNoScript));
        Assert.Equal(CheckStatus.Fail, Status(Edit("<main", "<main onclick=\"x()\""), AccessibilityChecks.HtmlNoScript));
        Assert.Equal(CheckStatus.Fail, Status(Edit(".measure { max-width: 40em;", ".measure { transition: color 1s; max-width: 40em;"), AccessibilityChecks.HtmlNoScript));
        Assert.Equal(CheckStatus.Fail, Status(Edit(HtmlChecks.PolicyElement, string.Empty), AccessibilityChecks.HtmlNoScript));
    }

    [SkippableTheory]
    [InlineData("Call the Hotline, 1-888-373-7888", "1-888-373-7888", true)]
    [InlineData("Website of the Office of the Victim Advocate", "www.ct.gov/ova", false)]
    [InlineData("致电热线，1-866-347-2423", "1-866-347-2423", true)]
    [InlineData("拨打当地警察局电话或911举报可疑活动。", "911", true)]
    [InlineData("지역 경찰 또는 911에 전화하여", "911", false)]
    [InlineData("Call 1-888-373-78880", "1-888-373-7888", false)]
    [InlineData("ANY name", "", true)]
    public void A_link_name_holds_its_visible_text_only_with_nothing_joined_to_it(string name, string visible, bool holds)
    {
        Assert.Equal(holds, LabelInName.Holds(name, visible));
    }

    [SkippableFact]
    public void A_criterion_is_rated_from_the_results_that_name_it_and_marked_for_a_person_by_its_topics()
    {
        var criterion = WcagCriteria.Find("2.4.4")!;
        CheckResult Result(AccessibilityCheck check, CheckStatus status) => new(check, EvidenceFormat.Pdf, status, "measured");
        Assert.Equal(ConformanceLevel.Supports, ConformanceEvaluator.Rate(criterion, [Result(AccessibilityChecks.PdfLinks, CheckStatus.Pass), Result(AccessibilityChecks.PdfHeadings, CheckStatus.Fail)], []).Level);
        Assert.Equal(ConformanceLevel.PartiallySupports, ConformanceEvaluator.Rate(criterion, [Result(AccessibilityChecks.PdfLinks, CheckStatus.Pass), Result(AccessibilityChecks.LinkPurpose, CheckStatus.Warn)], []).Level);
        Assert.Equal(ConformanceLevel.DoesNotSupport, ConformanceEvaluator.Rate(criterion, [Result(AccessibilityChecks.PdfLinks, CheckStatus.Fail), Result(AccessibilityChecks.LinkPurpose, CheckStatus.NotApplicable)], []).Level);
        Assert.Equal(ConformanceLevel.NotApplicable, ConformanceEvaluator.Rate(WcagCriteria.Find("1.2.1")!, [], ReviewTopics.All).Level);
        Assert.Equal([ReviewTopics.Links], ConformanceEvaluator.Rate(criterion, [], ReviewTopics.All).NeedsPerson);

        // The sample: ten A/AA criteria wait for a person (no pictures, no tables).
        Assert.Equal(["1.3.1", "1.3.2", "1.3.3", "1.4.1", "2.4.2", "2.4.3", "2.4.4", "2.4.6", "2.5.3", "3.1.2"], English.Value.NeedingPerson.Select(c => c.Criterion.Number));
    }

    [SkippableFact]
    public void A_result_that_got_worse_is_a_regression_and_one_that_is_new_or_better_is_not()
    {
        RecordedResults Of(params (string Check, string Format, CheckStatus Status)[] results) =>
            new(new DateOnly(2026, 12, 1), "summary", results.Select(r => new RecordedResult(r.Check, r.Format, r.Status, r.Status.Name())).ToList());
        var before = Of(("contrast-text", "pdf", CheckStatus.Pass), ("braille-edition", "braille", CheckStatus.Warn), ("pdf-tables", "pdf", CheckStatus.NotApplicable), ("pdf-links", "pdf", CheckStatus.Fail));
        var now = Of(("contrast-text", "pdf", CheckStatus.Warn), ("braille-edition", "braille", CheckStatus.Fail), ("pdf-tables", "pdf", CheckStatus.Pass), ("pdf-links", "pdf", CheckStatus.Pass), ("html-title", "html", CheckStatus.Fail));
        Assert.Equal([("contrast-text", "pdf"), ("braille-edition", "braille")], now.Regressions(before).Select(r => (r.Now.Check, r.Now.Format)));

        // What report.json keeps reads back the same.
        var read = RecordedResults.FromJson(now.ToJson());
        Assert.Equal(now.Evaluated, read.Evaluated);
        Assert.Equal(now.Results, read.Results);
    }

    [SkippableFact]
    public void The_json_report_has_every_result_by_check_id_and_format_and_the_checklist()
    {
        using var json = JsonDocument.Parse(ConformanceJson.Write(English.Value));
        var root = json.RootElement;
        Assert.Equal("en", root.GetProperty("document").GetProperty("locale").GetString());
        Assert.Equal(English.Value.Results.Count, root.GetProperty("results").EnumerateObject().Sum(c => c.Value.EnumerateObject().Count()));
        Assert.Equal("pass", root.GetProperty("results").GetProperty("link-name-contains-text").GetProperty("pdf").GetProperty("result").GetString());
        Assert.Equal(50, root.GetProperty("criteria").GetArrayLength());
        var links = root.GetProperty("checkpoints").EnumerateArray().Single(c => c.GetProperty("topic").GetString() == "links");
        Assert.Equal(14, links.GetProperty("items").GetArrayLength());
        Assert.Contains(links.GetProperty("items").EnumerateArray(), i => i.GetProperty("text").GetString() == "www.ct.gov/ova" && i.GetProperty("target").GetString() == "https://www.ct.gov/ova");
    }

    private static ConformanceReport Evaluate(EditionOutput output) =>
        ConformanceEvaluator.Evaluate(EditionBuilder.Evidence(Theme(), output, [], []));

    private static BrochureTheme Theme() => EnglishEdition.Resolve(RepoPaths.Content, RepoPaths.Templates).Theme;

    private static EditionOutput SecondBrochure() =>
        EnglishEdition.Build(Path.Combine(RepoPaths.Fixture("second-brochure"), "content"), RepoPaths.Templates, "en", brochure: "carbon-monoxide-safety");

    private static PdfAccessibilityFacts With(PdfAccessibilityFacts facts, Func<PdfTag, bool> which, Func<PdfTag, PdfTag> change)
    {
        var first = facts.Tags.ToList().FindIndex(t => which(t));
        Assert.True(first >= 0, "no such element");
        return facts with { Tags = facts.Tags.Select((t, i) => i == first ? change(t) : t).ToList() };
    }

    private static LaidOutBrochure Recolour(LaidOutBrochure layout, Func<TextRunItem, TextRunItem> change) =>
        layout with
        {
            Pages = layout.Pages.Select(page => page with
            {
                Panels = page.Panels.Select(panel => panel with
                {
                    Items = panel.Items.Select(item => item is TextRunItem run ? change(run) : item).ToList(),
                }).ToList(),
            }).ToList(),
        };
}
