using BrochureGen.Diagnostics;

namespace BrochureGen.Rendering.Braille;

/// <summary>The BRF file of an edition (null when none could be written) and what the writer reports.</summary>
public sealed record BrailleEditionResult(byte[]? Brf, IReadOnlyList<Diagnostic> Findings);
