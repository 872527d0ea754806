using System.Globalization;

namespace BrochureGen.Conformance;

/// <summary>
/// An edition's accessibility conformance report: the document facts, every check's result per
/// format, each WCAG 2.1 A/AA criterion with its level and evidence, and the checklist for the
/// person who reviews what no machine can decide. Written as <c>.accessibility.html</c> and
/// <c>.accessibility.json</c> beside the edition, and summarised in <c>report.json</c>.
/// </summary>
public sealed record ConformanceReport(
    DocumentFacts Facts,
    IReadOnlyList<CheckResult> Results,
    IReadOnlyList<CriterionFinding> Criteria,
    IReadOnlyList<ReviewItem> Review)
{
    public int Count(CheckStatus status) => Results.Count(r => r.Status == status);

    public int Count(ConformanceLevel level) => Criteria.Count(c => c.Level == level);

    /// <summary>Criteria that apply and whose level holds only once a person confirms their checkpoints.</summary>
    public IReadOnlyList<CriterionFinding> NeedingPerson => Criteria.Where(c => c.Level != ConformanceLevel.NotApplicable && c.NeedsPerson.Count > 0).ToList();

    /// <summary>One line for the console and the gallery: checks, WCAG levels, what a person must still do.</summary>
    public string Summary => string.Create(
        CultureInfo.InvariantCulture,
        $"{Count(CheckStatus.Pass)} checks passed, {Count(CheckStatus.Warn)} warned, {Count(CheckStatus.Fail)} failed; WCAG 2.1 AA: {Count(ConformanceLevel.Supports)} supported, {Count(ConformanceLevel.PartiallySupports)} partially, {Count(ConformanceLevel.DoesNotSupport)} not, {Count(ConformanceLevel.NotApplicable)} not applicable; {NeedingPerson.Count} need a person's review");
}
