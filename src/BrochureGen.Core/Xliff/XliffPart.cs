using BrochureGen.Diagnostics;

namespace BrochureGen.Xliff;

/// <summary>A segment or ignorable as read; <paramref name="TargetLocation"/> is where its target is, when it has one.</summary>
public sealed record XliffPart(bool Ignorable, IReadOnlyList<XliffInline> Source, IReadOnlyList<XliffInline>? Target, SourceLocation Location, SourceLocation? TargetLocation);
