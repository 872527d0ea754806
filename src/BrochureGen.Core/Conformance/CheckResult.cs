namespace BrochureGen.Conformance;

/// <summary>
/// The result of one check on one format: its status, the measured value in a line ("contrast
/// 7.8:1, white on navy, 10.25 pt") and, where there is more than the line, each finding.
/// </summary>
public sealed record CheckResult(AccessibilityCheck Check, EvidenceFormat Format, CheckStatus Status, string Measured)
{
    public IReadOnlyList<string> Findings { get; init; } = [];

    /// <summary>The key two reports are compared by: check id and format.</summary>
    public (string Check, string Format) Key => (Check.Id, Format.Name);
}
