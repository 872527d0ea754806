namespace BrochureGen.Tests.Support;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    public static string TestProject => Path.Combine(Root, "tests", "BrochureGen.Tests");

    public static string Fixture(string name) => Path.Combine(TestProject, "Fixtures", name);

    /// <summary>True when running under CI, where missing snapshots and references must fail.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BrochureGen.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("BrochureGen.sln not found above the test binaries");
    }
}
