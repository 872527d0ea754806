using System.Collections.Concurrent;

namespace BrochureGen.Tests.Support;

/// <summary>
/// The programs some tests read the output back with: poppler, qpdf and Chromium. The build
/// needs none of them, so a machine with only the .NET SDK may lack them; there a test that
/// needs one is skipped, naming the Debian package that brings it. CI installs them
/// (<c>.ci/run</c>) and sets <c>CI=true</c>: there a missing program fails the test, so a broken
/// install cannot pass as a row of skips. Tests that call this must be
/// <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>, or a skip would count as a failure.
/// </summary>
public static class ExternalTool
{
    public const string PopplerPackage = "poppler-utils";
    public const string QpdfPackage = "qpdf";
    public const string LcmsUtilsPackage = "liblcms2-utils";
    public const string ChromiumPackage = "chromium";

    private static readonly ConcurrentDictionary<string, bool> Installed = new(StringComparer.Ordinal);

    /// <summary>Skips the running test when <paramref name="program"/> is not on PATH, or fails it under CI.</summary>
    public static void Require(string program, string package)
    {
        var missing = !Installed.GetOrAdd(program, IsOnPath);
        var message = $"'{program}' is not installed: install the Debian package '{package}' (bash .ci/run installs it)";
        Assert.False(missing && RepoPaths.IsCi, $"{message}; with CI=true every test must run, so a missing program is a failure");
        Skip.If(missing, message);
    }

    private static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .Any(IsExecutable);

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        // A file named like the program but without an execute bit would still fail to start.
        return OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }
}
