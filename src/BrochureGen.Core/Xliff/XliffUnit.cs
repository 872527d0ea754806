using BrochureGen.Diagnostics;

namespace BrochureGen.Xliff;

/// <summary>One unit as read, with its segments and ignorables in order.</summary>
public sealed record XliffUnit(string Id, SourceLocation Location, IReadOnlyList<XliffPart> Parts);
