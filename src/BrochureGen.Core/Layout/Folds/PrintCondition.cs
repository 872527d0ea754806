namespace BrochureGen.Layout.Folds;

/// <summary>
/// A printing condition a layout can name (<c>print.condition</c>): how the press prints, as a
/// PDF/X output intent names it, and the CMYK output profile in <c>templates/profiles</c> that
/// characterizes it. Letter layouts use GRACoL 2006 (US sheet-fed offset), A4 layouts FOGRA39
/// (ISO coated, European offset).
/// </summary>
public sealed record PrintCondition(string Name, string OutputConditionIdentifier, string RegistryName, string Description, string ProfileFile)
{
    public static readonly IReadOnlyList<PrintCondition> Known =
    [
        new("gracol-2006-coated", "CGATS TR 006", "http://www.color.org", "GRACoL 2006 coated #1 paper (CGATS TR 006)", "GRACoL2006-Coated.icc"),
        new("fogra39-coated", "FOGRA39", "http://www.color.org", "ISO coated v2 / FOGRA39 (ISO 12647-2:2004/Amd 1, paper type 1 or 2)", "FOGRA39-Coated.icc"),
    ];

    public static PrintCondition? Find(string name) => Known.FirstOrDefault(c => c.Name == name);

    /// <summary>The profile's path under a templates folder.</summary>
    public string ProfilePath(string templatesRoot) => Path.Combine(templatesRoot, "profiles", ProfileFile);

    /// <summary>The profile's bytes, read through <see cref="Content.SafeFile"/> (inside the templates folder, a regular file, within its size limit).</summary>
    public byte[] ReadProfile(string templatesRoot) =>
        Content.SafeFile.ReadBytes(ProfilePath(templatesRoot), templatesRoot, Content.FileKind.Profile);
}
