using BrochureGen.Diagnostics;

namespace BrochureGen.Xliff;

/// <summary>An XLIFF file as read: its languages, the brochure its file element names, and its units, each with where it was written.</summary>
public sealed record XliffDocument(string SourceLanguage, string TargetLanguage, string FileId, SourceLocation FileLocation, IReadOnlyList<XliffUnit> Units);

/// <summary>One unit as read, with its segments and ignorables in order.</summary>
public sealed record XliffUnit(string Id, SourceLocation Location, IReadOnlyList<XliffPart> Parts);

/// <summary>A segment or ignorable as read; <paramref name="TargetLocation"/> is where its target is, when it has one.</summary>
public sealed record XliffPart(bool Ignorable, IReadOnlyList<XliffInline> Source, IReadOnlyList<XliffInline>? Target, SourceLocation Location, SourceLocation? TargetLocation);
