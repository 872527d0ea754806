namespace BrochureGen.Conformance;

/// <summary>
/// One accessibility check the build runs: a stable <paramref name="Id"/> (never reused for
/// another rule: <c>report.json</c> of two builds is compared by it), what it tests, what the
/// machine cannot know about it, the Matterhorn Protocol 1.1 failure conditions (PDF/UA-1) and
/// the WCAG 2.1 success criteria it gives evidence for, and the formats it runs on. The docs
/// (docs/accessibility-checks.md) are generated from these fields, so they say what the code does.
/// </summary>
public sealed record AccessibilityCheck(
    string Id,
    string Title,
    string Tests,
    string Limits,
    IReadOnlyList<string> Matterhorn,
    IReadOnlyList<string> Wcag,
    IReadOnlyList<EvidenceFormat> Formats)
{
    public override string ToString() => Id;
}
