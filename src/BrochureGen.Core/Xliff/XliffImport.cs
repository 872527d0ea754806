using BrochureGen.Diagnostics;

namespace BrochureGen.Xliff;

/// <summary>What an import would write: the translation (and the manifest, for a new locale), and the warnings it found.</summary>
public sealed record XliffImport(string Locale, IReadOnlyList<(string Path, byte[] Bytes)> Files, IReadOnlyList<Diagnostic> Warnings);
