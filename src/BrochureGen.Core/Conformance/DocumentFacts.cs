namespace BrochureGen.Conformance;

/// <summary>What the report says the edition is, before any result.</summary>
public sealed record DocumentFacts(
    string Brochure,
    string Locale,
    string LanguageName,
    string Title,
    string Author,
    string ReviewStatus,
    bool IsSourceLocale,
    DateOnly EvaluatedOn,
    bool Tagged,
    string? PdfUaClaim,
    IReadOnlyList<EditionFile> Files);

/// <summary>A file of the edition the report covers: its kind (report.json's), what it is, and its name beside the report.</summary>
public sealed record EditionFile(string Kind, string Label, string FileName);
