using System.Reflection;

namespace BrochureGen.Tests;

/// <summary>Rules the test suite itself keeps, checked over its own compiled tests.</summary>
public sealed class TestSuiteRulesTests
{
    [SkippableFact]
    public void Every_test_can_skip_when_a_program_it_needs_is_missing()
    {
        // A test that reads a PDF back with qpdf or poppler, or opens chromium, calls
        // ExternalTool.Require, which skips by throwing Xunit's SkipException; under a plain
        // [Fact] or [Theory] that exception is a failure, so on a machine without the program
        // `dotnet test` would fail instead of saying what to install. Every test is skippable.
        var plain = typeof(TestSuiteRulesTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.GetCustomAttributes<FactAttribute>().Any(a => a is not SkippableFactAttribute and not SkippableTheoryAttribute))
            .Select(method => $"{method.DeclaringType!.Name}.{method.Name}")
            .ToList();

        Assert.True(plain.Count == 0, "use [SkippableFact] / [SkippableTheory] for: " + string.Join(", ", plain));
        Assert.Contains(typeof(TestSuiteRulesTests).GetMethods(), m => m.GetCustomAttributes<SkippableFactAttribute>().Any());
    }
}
