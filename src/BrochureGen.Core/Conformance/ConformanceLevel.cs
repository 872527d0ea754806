namespace BrochureGen.Conformance;

/// <summary>The conformance levels of an Accessibility Conformance Report (VPAT 2.5).</summary>
public enum ConformanceLevel
{
    Supports,
    PartiallySupports,
    DoesNotSupport,
    NotApplicable,
}

public static class ConformanceLevelNames
{
    public static string Name(this ConformanceLevel level) => level switch
    {
        ConformanceLevel.Supports => "Supports",
        ConformanceLevel.PartiallySupports => "Partially supports",
        ConformanceLevel.DoesNotSupport => "Does not support",
        _ => "Not applicable",
    };
}
