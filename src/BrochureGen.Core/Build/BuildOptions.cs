namespace BrochureGen.Build;

/// <summary>Which files an edition produces.</summary>
[Flags]
public enum EditionKinds
{
    None = 0,

    /// <summary>The tagged screen PDF.</summary>
    Screen = 1,

    /// <summary>The page PNG proofs.</summary>
    Png = 2,

    /// <summary>The print PDF (bleed, marks, CMYK) and the folded mock-up.</summary>
    Print = 4,

    /// <summary>The accessible HTML edition (one self-contained file, read online).</summary>
    Html = 8,

    /// <summary>The large-print PDF: the content reflowed on portrait pages in large type.</summary>
    LargePrint = 16,

    /// <summary>The braille edition (Braille Ready Format), where liblouis has a table for the language.</summary>
    Braille = 32,

    All = Screen | Png | Print | Html | LargePrint | Braille,
}

/// <summary>
/// What to build and where. Empty filters select everything. <paramref name="Shard"/> is
/// (index, count), 1-based: shard 2/4 builds every fourth edition starting with the second,
/// so CI can fan a large catalogue out over runners. <paramref name="WriteFiles"/> false is
/// the <c>check</c> command: every validation, no output. <paramref name="Force"/> rebuilds
/// editions whose inputs have not changed since the last build. <paramref name="SoftProof"/>
/// renders the page PNGs as they will print, through the printing condition's profile.
/// <paramref name="LockWaitSeconds"/> is how long to wait for another build writing the same
/// output folder (<see cref="OutputLock"/>). <paramref name="Strict"/> fails an edition whose
/// accessibility results got worse than the last <c>report.json</c> recorded. <paramref name="PublicGallery"/>
/// leaves the part for reviewers and printers (drafts, proofs, press files) out of <c>index.html</c>.
/// <paramref name="Timings"/> prints where the time went and writes it into <c>report.json</c> (<see cref="BuildTimings"/>).
/// </summary>
public sealed record BuildOptions(
    string ContentRoot,
    string TemplatesRoot,
    string OutputRoot,
    IReadOnlyList<string> Locales,
    bool ReviewedOnly = false,
    IReadOnlyList<string>? Brochures = null,
    EditionKinds Kinds = EditionKinds.All,
    int Jobs = 1,
    (int Index, int Count)? Shard = null,
    bool WriteFiles = true,
    bool ProofOverlay = false,
    bool Force = false,
    bool SoftProof = false,
    int LockWaitSeconds = OutputLock.DefaultWaitSeconds,
    bool Strict = false,
    bool PublicGallery = false,
    bool Timings = false);
