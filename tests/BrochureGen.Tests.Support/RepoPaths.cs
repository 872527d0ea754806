namespace BrochureGen.Tests.Support;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The content folder the tests build: the tests' own frozen copy of the sample brochure
    /// (Fixtures/sample-copy, copied from content/stop-human-trafficking), never the user's
    /// content/, so that editing the brochure there breaks no test. CI builds content/ itself.
    /// </summary>
    public static string Content => Path.Combine(Fixture("sample-copy"), "content");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>
    /// The test brochures every tier builds. They stay in the conformance tier's folder (where
    /// they were before the tiers were projects), read by path from every tier.
    /// </summary>
    public static string Fixtures => Path.Combine(Root, "tests", "BrochureGen.Tests", "Fixtures");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    /// <summary>The reviewed reference images, kept beside the visual tier that compares renders with them.</summary>
    public static string References => Path.Combine(Root, "tests", "BrochureGen.Tests.Visual", "References");

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
