namespace BrochureGen.Content;

/// <summary>What <c>brochure.yaml</c> says about a brochure: which template, which languages, and its metadata.</summary>
public sealed record BrochureManifest(
    string Id,
    string Template,
    string SourceLocale,
    IReadOnlyList<string> Locales,
    string Title,
    string Author,
    string Subject,
    IReadOnlyList<string> Keywords,
    string Directory,
    string DisplayDirectory);

/// <summary>One language edition's content: the parsed locale file and its metadata.</summary>
public sealed record LocaleContent(
    BrochureManifest Brochure,
    string Locale,
    ContentMap Root,
    string Title,
    string Subject,
    IReadOnlyList<string> Keywords,
    string FilePath);
