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

    /// <summary>The fingerprint of the edition's inputs (<see cref="InputFingerprint"/>).</summary>
    public string? Inputs { get; init; }

    /// <summary>The earlier report entry of an edition that was up to date and not built again.</summary>
    public ReportEntry? Reused { get; init; }

    public bool UpToDate => Reused is not null;

    /// <summary>Whether the print edition was made, so its preflight ran.</summary>
    public bool Preflighted { get; init; }

    /// <summary>An edition whose inputs have not changed since <paramref name="entry"/> was written.</summary>
    public static EditionReport FromEarlierBuild(EditionJob job, ReportEntry entry) =>
        new(job, entry.Title, entry.Pages, [], entry.Adjustments, []) { Inputs = entry.Inputs, Reused = entry };

    /// <summary>The accessibility conformance report of an edition evaluated in this run (built or checked).</summary>
    public Conformance.ConformanceReport? Accessibility { get; init; }

    /// <summary>How full each panel is (0–1), in reading order.</summary>
    public IReadOnlyList<(string Panel, double Fill)> PanelFills { get; init; } = [];

    /// <summary>The flow's largest composition cost term and the total, e.g. "largest cost: uneven fill 412 of 560"; null when nothing flows.</summary>
    public string? Composition { get; init; }
}
