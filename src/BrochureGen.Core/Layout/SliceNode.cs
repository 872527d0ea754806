using BrochureGen.Document;

namespace BrochureGen.Layout;

/// <summary>
/// The part of a block that one panel holds when the flow splits it: units
/// <paramref name="From"/> up to (not including) <paramref name="To"/> — lines of a paragraph,
/// items of a list, rows of a table. <paramref name="Width"/> is the width the block was broken
/// at when it continues from a panel of another width, so its lines stay as they were measured.
/// </summary>
public sealed record SliceNode(BlockNode Block, int From, int To, double? Width = null) : BlockNode;
