namespace BrochureGen.Build;

/// <summary>What to build and where: folders, and the locales to build (all when empty).</summary>
public sealed record BuildOptions(string ContentRoot, string TemplatesRoot, string OutputRoot, IReadOnlyList<string> Locales, bool ReviewedOnly = false);
