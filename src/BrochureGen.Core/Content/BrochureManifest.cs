namespace BrochureGen.Content;

/// <summary>What <c>brochure.yaml</c> says about a brochure: which template, which languages, and its metadata.</summary>
public sealed record BrochureManifest(
    string Id,
    string Template,
    string SourceLocale,
    IReadOnlyList<LocaleEntry> LocaleEntries,
    string Title,
    string Author,
    string Subject,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> UntranslatedOk,
    string Directory,
    string DisplayDirectory)
{
    public IReadOnlyList<string> Locales => LocaleEntries.Select(l => l.Code).ToList();

    public string StatusOf(string locale) => LocaleEntries.Single(l => l.Code == locale).Status;
}

/// <summary>The review status of a translation: <c>draft</c> until a person has reviewed it.</summary>
public static class ReviewStatus
{
    public const string Reviewed = "reviewed";
    public const string Draft = "draft";
}

/// <summary>One locale of a brochure, with its review status and where the manifest lists it.</summary>
public sealed record LocaleEntry(string Code, string Status, BrochureGen.Diagnostics.SourceLocation Location);

/// <summary>One language edition's content: the parsed locale file and its metadata.</summary>
public sealed record LocaleContent(
    BrochureManifest Brochure,
    string Locale,
    ContentMap Root,
    string Title,
    string Subject,
    IReadOnlyList<string> Keywords,
    string FilePath);
