namespace BrochureGen.Content.Review;

/// <summary>The fingerprints of one reviewed block: its source text and its translation then.</summary>
public sealed record ReviewedBlock(string Source, string Translation);
