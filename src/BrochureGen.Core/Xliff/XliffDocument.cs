using BrochureGen.Diagnostics;

namespace BrochureGen.Xliff;

/// <summary>An XLIFF file as read: its languages, the brochure its file element names, and its units, each with where it was written.</summary>
public sealed record XliffDocument(string SourceLanguage, string TargetLanguage, string FileId, SourceLocation FileLocation, IReadOnlyList<XliffUnit> Units)
{
    /// <summary>What was wrong in units (a stray element, a segment without source), each at its line.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];

    /// <summary>The ids of the units with a problem: the import checks nothing more of them.</summary>
    public IReadOnlySet<string> Damaged { get; init; } = new HashSet<string>();
}

/// <summary>One unit as read, with its segments and ignorables in order.</summary>
public sealed record XliffUnit(string Id, SourceLocation Location, IReadOnlyList<XliffPart> Parts);

/// <summary>A segment or ignorable as read; <paramref name="TargetLocation"/> is where its target is, when it has one.</summary>
public sealed record XliffPart(bool Ignorable, IReadOnlyList<XliffInline> Source, IReadOnlyList<XliffInline>? Target, SourceLocation Location, SourceLocation? TargetLocation);
