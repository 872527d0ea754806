namespace BrochureGen.Build;

/// <summary>A file of an edition as <c>report.json</c> records it: its path relative to the output folder.</summary>
public sealed record ReportFile(string Path, string Kind, long Bytes, string Sha256)
{
    /// <summary>Whether the file is in <paramref name="outputRoot"/> with its recorded size.</summary>
    public bool IsOnDisk(string outputRoot) =>
        new FileInfo(System.IO.Path.Combine(outputRoot, Path)) is { Exists: true } info && info.Length == Bytes;
}

/// <summary>
/// One edition in <c>report.json</c>. It is what the gallery is written from and what a later
/// build compares against: an edition whose <see cref="Inputs"/> fingerprint is unchanged and
/// whose files are still there is not built again.
/// </summary>
public sealed record ReportEntry(
    string Brochure,
    string Locale,
    string Language,
    string Title,
    string ReviewStatus,
    int Pages,
    bool ChecksPassed,
    IReadOnlyList<(string Name, bool Passed)> Checks,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Adjustments,
    IReadOnlyList<ReportFile> Files,
    string? Inputs)
{
    /// <summary>
    /// The accessibility results of the files the entry lists, by check id and format; null for
    /// an edition never evaluated (a failed first build, a report of an older BrochureGen).
    /// </summary>
    public Conformance.RecordedResults? Accessibility { get; init; }

    /// <summary>The print preflight's checks, when this build made the print edition; empty otherwise.</summary>
    public IReadOnlyList<(string Name, bool Passed)> Preflight { get; init; } = [];

    public (string Brochure, string Locale) Key => (Brochure, Locale);

    /// <summary>Whether every file the entry lists is still in <paramref name="outputRoot"/> with its recorded size.</summary>
    public bool FilesIntact(string outputRoot) => Files.Count > 0 && Files.All(f => f.IsOnDisk(outputRoot));
}
