namespace BrochureGen.Conformance;

/// <summary>
/// The outcome of one check on one format. <see cref="Warn"/> meets the rule but with a finding a
/// person should look at (a character left out of the braille, text left in the source language);
/// it counts as a regression under <c>--strict</c> when the check passed before.
/// </summary>
public enum CheckStatus
{
    Pass,
    Warn,
    Fail,
    NotApplicable,
}

/// <summary>The names results are written with, and their order from good to bad (for regressions).</summary>
public static class CheckStatusNames
{
    public static string Name(this CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Warn => "warn",
        CheckStatus.Fail => "fail",
        _ => "not-applicable",
    };

    public static CheckStatus? Parse(string name) => name switch
    {
        "pass" => CheckStatus.Pass,
        "warn" => CheckStatus.Warn,
        "fail" => CheckStatus.Fail,
        "not-applicable" => CheckStatus.NotApplicable,
        _ => null,
    };

    /// <summary>How bad a status is: a result regresses when this grows. Not applicable ranks with pass (nothing to fail).</summary>
    public static int Severity(this CheckStatus status) => status switch
    {
        CheckStatus.Warn => 1,
        CheckStatus.Fail => 2,
        _ => 0,
    };
}
