using BrochureGen.Diagnostics;

namespace BrochureGen.Conformance;

/// <summary>
/// Runs every check of <see cref="AccessibilityChecks"/> on the formats an edition made, rates
/// each WCAG 2.1 A/AA criterion from the results, and makes the reviewer's checklist from the
/// edition's own content. Pure: the same evidence gives the same report.
/// </summary>
public static class ConformanceEvaluator
{
    public static ConformanceReport Evaluate(EditionEvidence evidence)
    {
        var content = evidence.Content;
        var locale = content.Locale;
        var inventory = DocumentInventory.Of(evidence.Layout);
        var names = ColorNames.Of(evidence.Theme.FilePath);
        var results = new List<CheckResult>();

        if (evidence.Screen?.Accessibility is { } screen)
        {
            results.AddRange(PdfChecks.Results(EvidenceFormat.Pdf, screen, evidence.Layout, locale));
            results.AddRange(InkChecks.Results(EvidenceFormat.Pdf, evidence.Layout, evidence.Theme, names));
            results.Add(LinkNames(EvidenceFormat.Pdf, inventory.Links.Select(l => (l.VisibleText, l.PdfName))));
        }

        if (evidence.Print is var (printLayout, printReport) && printReport.Accessibility is { } print)
        {
            results.AddRange(PdfChecks.Results(EvidenceFormat.Print, print, printLayout, locale));
        }

        if (evidence.LargePrint is var (largeLayout, largeReport) && largeReport.Accessibility is { } large)
        {
            results.AddRange(PdfChecks.Results(EvidenceFormat.LargePrint, large, largeLayout, locale));
            results.AddRange(InkChecks.Results(EvidenceFormat.LargePrint, largeLayout, evidence.Theme, names));
        }

        results.Add(ReadingOrder(evidence));
        results.Add(LinkPurpose(inventory));
        results.Add(TranslationComplete(evidence));

        if (evidence.Html is { } html)
        {
            var page = HtmlEditionScan.Of(html, HtmlChecks.PolicyElement);
            results.AddRange(HtmlChecks.Results(page, locale, content.Title));
            results.Add(LinkNames(EvidenceFormat.Html, page.Links.Select(l => (l.Text, l.Name))));
        }

        if (evidence.BrailleAsked)
        {
            results.Add(Braille(evidence));
        }

        var ordered = results
            .OrderBy(r => AccessibilityChecks.All.ToList().IndexOf(r.Check))
            .ThenBy(r => EvidenceFormat.All.ToList().IndexOf(r.Format))
            .ToList();
        var review = ReviewChecklist.For(evidence, inventory);
        var topics = review.Select(r => r.Topic).Distinct().ToList();
        var criteria = WcagCriteria.All.Select(c => Rate(c, ordered, topics)).ToList();
        var facts = new DocumentFacts(
            content.Brochure.Id,
            locale,
            evidence.LanguageName,
            content.Title,
            content.Author,
            content.Brochure.StatusOf(locale),
            locale == content.Brochure.SourceLocale,
            evidence.EvaluatedOn,
            evidence.Screen?.Accessibility?.MarkedTrue ?? evidence.LargePrint?.Report.Accessibility?.MarkedTrue ?? false,
            evidence.Screen?.Accessibility?.PdfUaPart ?? evidence.LargePrint?.Report.Accessibility?.PdfUaPart,
            evidence.Files);
        return new ConformanceReport(facts, ordered, criteria, review);
    }

    /// <summary>
    /// A criterion's level: not applicable when a brochure cannot meet the situation it is about;
    /// otherwise does not support when every result that gives evidence fails, partially supports
    /// when some fail or warn, supports when all pass (or, for a criterion no check measures, by
    /// its remark). The topics a person must confirm are named beside it either way.
    /// </summary>
    public static CriterionFinding Rate(WcagCriterion criterion, IReadOnlyList<CheckResult> results, IReadOnlyList<ReviewTopic> topics)
    {
        if (criterion.NotApplicable is not null)
        {
            return new CriterionFinding(criterion, ConformanceLevel.NotApplicable, [], []);
        }

        var evidence = results.Where(r => r.Check.Wcag.Contains(criterion.Number) && r.Status != CheckStatus.NotApplicable).ToList();
        var needsPerson = topics.Where(t => t.Wcag.Contains(criterion.Number)).ToList();
        var failed = evidence.Count(r => r.Status == CheckStatus.Fail);
        var warned = evidence.Count(r => r.Status == CheckStatus.Warn);
        var level = failed > 0 && failed == evidence.Count ? ConformanceLevel.DoesNotSupport
            : failed + warned > 0 ? ConformanceLevel.PartiallySupports
            : ConformanceLevel.Supports;
        return new CriterionFinding(criterion, level, evidence, needsPerson);
    }

    private static CheckResult ReadingOrder(EditionEvidence evidence)
    {
        var order = evidence.Layout.ReadingOrder;
        var measured = $"{string.Join(" → ", order)}";
        if (evidence.Screen?.Accessibility is not { } pdf)
        {
            return new CheckResult(AccessibilityChecks.ReadingOrder, EvidenceFormat.Edition, CheckStatus.Pass, $"{measured}; every format written from the blocks in this order");
        }

        // The document element's children are the panels' sections, in the order they were added.
        var sections = pdf.Tags.Where(t => t.Depth == 1).Select(t => t.Type).ToList();
        var ok = sections.Count == order.Count && sections.All(t => t == "Sect");
        return new CheckResult(
            AccessibilityChecks.ReadingOrder,
            EvidenceFormat.Edition,
            ok ? CheckStatus.Pass : CheckStatus.Fail,
            ok ? $"{measured}; the tagged PDF has one Sect per panel in this order, and every other format is written from the blocks in it" : $"{measured}; but the tagged PDF's document element holds {string.Join(", ", sections)}");
    }

    private static CheckResult LinkPurpose(DocumentInventory inventory)
    {
        if (inventory.Links.Count == 0)
        {
            return new CheckResult(AccessibilityChecks.LinkPurpose, EvidenceFormat.Edition, CheckStatus.NotApplicable, "no link");
        }

        var bare = inventory.Links.Where(l => l.Description is null && l.VisibleText.Trim().Length == 0).ToList();
        var described = inventory.Links.Count(l => l.Description is not null);
        return new CheckResult(
            AccessibilityChecks.LinkPurpose,
            EvidenceFormat.Edition,
            bare.Count == 0 ? CheckStatus.Pass : CheckStatus.Fail,
            bare.Count == 0 ? $"{inventory.Links.Count} links: {described} with a description, {inventory.Links.Count - described} named by their own text" : $"{bare.Count} links with neither text nor description")
        {
            Findings = bare.Select(l => $"no description: {l.Target}").ToList(),
        };
    }

    private static CheckResult LinkNames(EvidenceFormat format, IEnumerable<(string Visible, string Name)> links)
    {
        var all = links.ToList();
        if (all.Count == 0)
        {
            return new CheckResult(AccessibilityChecks.LinkNameContainsText, format, CheckStatus.NotApplicable, "no link");
        }

        var missing = all.Where(l => !LabelInName.Holds(l.Name, l.Visible)).ToList();
        var measured = missing.Count == 0
            ? $"all {all.Count} link names hold their visible text"
            : $"{missing.Count} of {all.Count} link names leave out their visible text, e.g. {EditionText.Quote(missing[0].Visible)} named {EditionText.Quote(missing[0].Name)}";
        return new CheckResult(AccessibilityChecks.LinkNameContainsText, format, missing.Count == 0 ? CheckStatus.Pass : CheckStatus.Fail, measured)
        {
            Findings = missing.Select(l => $"{EditionText.Quote(l.Visible)} is named {EditionText.Quote(l.Name)}").Distinct().ToList(),
        };
    }

    private static CheckResult TranslationComplete(EditionEvidence evidence)
    {
        if (evidence.Content.Locale == evidence.Content.Brochure.SourceLocale)
        {
            return new CheckResult(AccessibilityChecks.TranslationComplete, EvidenceFormat.Edition, CheckStatus.NotApplicable, "the source locale");
        }

        var untranslated = evidence.Diagnostics.Where(d => d.Code == DiagnosticCodes.Untranslated).ToList();
        return new CheckResult(
            AccessibilityChecks.TranslationComplete,
            EvidenceFormat.Edition,
            untranslated.Count == 0 ? CheckStatus.Pass : CheckStatus.Warn,
            untranslated.Count == 0 ? $"no text left identical to the source ({evidence.Content.Brochure.SourceLocale})" : $"{untranslated.Count} texts left identical to the source ({DiagnosticCodes.Untranslated})")
        {
            Findings = untranslated.Select(d => d.Location is { } at ? $"{at}: {d.Message}" : d.Message).ToList(),
        };
    }

    private static CheckResult Braille(EditionEvidence evidence)
    {
        var check = AccessibilityChecks.BrailleEdition;
        var format = EvidenceFormat.Braille;
        if (evidence.Braille is not { } brf)
        {
            var why = evidence.Diagnostics.FirstOrDefault(d => d.Code is DiagnosticCodes.BrailleNoTable or DiagnosticCodes.BrailleLibraryMissing or DiagnosticCodes.BrailleTranslationFailed);
            return new CheckResult(check, format, CheckStatus.NotApplicable, why is null ? "no braille edition" : $"no braille edition ({why.Code}): {why.Message}");
        }

        var code = Rendering.Braille.BrailleCodes.For(evidence.Content.Locale);
        var pages = brf.Count(b => b == '\f');
        var leftOut = evidence.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrailleCharactersLeftOut).ToList();
        var measured = $"{code?.Tables ?? "?"}, {pages} braille pages of 40 cells × 25 lines; " + (leftOut.Count == 0 ? "no character left out" : $"{leftOut.Count} characters left out ({DiagnosticCodes.BrailleCharactersLeftOut})");
        return new CheckResult(check, format, leftOut.Count == 0 ? CheckStatus.Pass : CheckStatus.Warn, measured)
        {
            Findings = leftOut.Select(d => d.Message).ToList(),
        };
    }
}
