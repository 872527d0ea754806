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
