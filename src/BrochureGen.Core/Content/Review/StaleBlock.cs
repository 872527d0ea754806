using BrochureGen.Diagnostics;

namespace BrochureGen.Content.Review;

/// <summary>A block of a reviewed translation that needs review again: its unit id, where it is in the translation and the source, and why.</summary>
public sealed record StaleBlock(string Id, SourceLocation Translation, SourceLocation Source, string Reason);
