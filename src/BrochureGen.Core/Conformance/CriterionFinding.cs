namespace BrochureGen.Conformance;

/// <summary>
/// A WCAG criterion as this edition meets it: the level the machine evidence supports, that
/// evidence, and the checkpoints a person must confirm before the level can be filed (empty
/// when the machine's evidence is the whole answer).
/// </summary>
public sealed record CriterionFinding(WcagCriterion Criterion, ConformanceLevel Level, IReadOnlyList<CheckResult> Evidence, IReadOnlyList<ReviewTopic> NeedsPerson)
{
    public string Remarks
    {
        get
        {
            if (Level == ConformanceLevel.NotApplicable)
            {
                return Criterion.NotApplicable ?? string.Empty;
            }

            var problems = Evidence.Where(e => e.Status is CheckStatus.Fail or CheckStatus.Warn).Select(e => $"{e.Check.Id} ({e.Format.Label}): {e.Measured}").ToList();
            return problems.Count == 0 ? Criterion.Remark : $"{Criterion.Remark} Not met: {string.Join("; ", problems)}.";
        }
    }
}
