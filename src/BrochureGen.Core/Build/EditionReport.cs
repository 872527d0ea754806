using BrochureGen.Diagnostics;

namespace BrochureGen.Build;

/// <summary>A file an edition wrote.</summary>
public sealed record WrittenFile(string Path, string Kind, long Bytes, string Sha256);

/// <summary>What became of one edition: its files, its checks and its diagnostics.</summary>
public sealed record EditionReport(
    EditionJob Job,
    string Title,
    int Pages,
    IReadOnlyList<WrittenFile> Files,
    IReadOnlyList<string> Adjustments,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>How full each panel is (0–1), in reading order.</summary>
    public IReadOnlyList<(string Panel, double Fill)> PanelFills { get; init; } = [];
}
