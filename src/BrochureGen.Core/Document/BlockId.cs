namespace BrochureGen.Document;

/// <summary>
/// A top-level block of a document by its place in <see cref="DocumentBlocks"/> (fixed panels
/// first, then the flowing sections, each in the order written): how a later stage names a
/// block of the document without holding what it made of it.
/// </summary>
public readonly record struct BlockId(int Index);
