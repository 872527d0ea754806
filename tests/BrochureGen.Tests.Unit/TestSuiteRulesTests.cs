using System.Reflection;
using System.Text.RegularExpressions;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>Rules the test suite itself keeps, checked over its own compiled tests and over the sources of every test tier.</summary>
public sealed partial class TestSuiteRulesTests
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

    [SkippableFact]
    public void Every_tier_writes_its_tests_as_skippable()
    {
        // The other tiers are assemblies this one does not load, so their rule is read from their
        // sources: a plain [Fact] or [Theory] anywhere under tests/ is named with its file and line.
        var projects = TestProjects();
        Assert.True(
            projects.Count >= 4 && new[] { "BrochureGen.Tests", "BrochureGen.Tests.Unit", "BrochureGen.Tests.Layout", "BrochureGen.Tests.Visual" }.All(projects.Contains),
            "the test tiers were not all found under tests/: " + string.Join(", ", projects));

        var plain = new List<string>();
        var skippable = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            foreach (var file in Sources(Path.Combine(RepoPaths.Root, "tests", project)))
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                    {
                        continue; // comments name the attributes they warn about
                    }

                    if (PlainTestAttribute().IsMatch(lines[i]))
                    {
                        plain.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}({i + 1})");
                    }

                    if (SkippableTestAttribute().IsMatch(lines[i]))
                    {
                        skippable[project] = skippable.GetValueOrDefault(project) + 1;
                    }
                }
            }
        }

        Assert.True(plain.Count == 0, "use [SkippableFact] / [SkippableTheory] at: " + string.Join(", ", plain));
        Assert.All(projects, project => Assert.True(skippable.GetValueOrDefault(project) > 0, $"{project} has no tests the scan can see"));
    }

    [SkippableFact]
    public void Tests_build_their_own_copy_of_the_sample_never_the_users_content()
    {
        // A user edits content/stop-human-trafficking; a test that read it would break on the
        // edit. The tests' copy is Fixtures/sample-copy, and no source names content/ itself.
        Assert.StartsWith(Path.Combine(RepoPaths.Root, "tests") + Path.DirectorySeparatorChar, RepoPaths.Content, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Content, EnglishEdition.SampleId, "brochure.yaml")), "the sample copy is missing");

        var readers = Directory.GetDirectories(Path.Combine(RepoPaths.Root, "tests"))
            .Where(folder => Directory.GetFiles(folder, "*.csproj").Length > 0)
            .SelectMany(Sources)
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line, i)))
            .Where(hit => UsersContentFolder().IsMatch(hit.line))
            .Select(hit => $"{Path.GetRelativePath(RepoPaths.Root, hit.file)}({hit.i + 1})")
            .ToList();
        Assert.True(readers.Count == 0, "these read the user's content/ (use RepoPaths.Content, the tests' copy): " + string.Join(", ", readers));
    }

    /// <summary>The folders under tests/ whose project file says it is a test project.</summary>
    private static List<string> TestProjects() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, "tests"))
            .Where(folder => Directory.GetFiles(folder, "*.csproj").Any(csproj => File.ReadAllText(csproj).Contains("<IsTestProject>true</IsTestProject>", StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Sources(string project) =>
        Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(project, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "Fixtures"))
            .Order(StringComparer.Ordinal);

    // [Fact], [Theory], [Xunit.Fact(Skip = …)], [FactAttribute], also among other attributes in one list.
    [GeneratedRegex(@"[\[,]\s*(Xunit\.)?(Fact|Theory)(Attribute)?\s*[\](,]")]
    private static partial Regex PlainTestAttribute();

    [GeneratedRegex(@"RepoPaths\.Root\s*,\s*""content""")]
    private static partial Regex UsersContentFolder();

    [GeneratedRegex(@"\[\s*Skippable(Fact|Theory)\b")]
    private static partial Regex SkippableTestAttribute();
}
