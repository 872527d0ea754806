using BrochureGen.Content.Markdown;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>How a brochure's locale files are written.</summary>
public enum ContentFormat
{
    /// <summary><c>&lt;locale&gt;.md</c>: Markdown laid out by the layout's stock template.</summary>
    Markdown,

    /// <summary><c>&lt;locale&gt;.yaml</c>: keys that a custom template names one by one.</summary>
    Yaml,
}

/// <summary>
/// What <c>brochure.yaml</c> says about a brochure: its layout, theme and template, its
/// languages, and metadata that the content does not give. <paramref name="Id"/> is the
/// folder's name.
/// </summary>
public sealed record BrochureManifest(
    string Id,
    ContentFormat Format,
    string Layout,
    string Theme,
    string? Template,
    string SourceLocale,
    IReadOnlyList<LocaleEntry> LocaleEntries,
    string? Title,
    string? Author,
    string? Subject,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> UntranslatedOk,
    string Directory,
    string DisplayDirectory,
    SourceLocation LayoutLocation,
    SourceLocation ThemeLocation,
    SourceLocation? TemplateLocation)
{
    /// <summary>Whom a reader asks for another format (<c>accessibility-contact</c>); null when brochure.yaml names no one.</summary>
    public AccessibilityContact? AccessibilityContact { get; init; }

    public IReadOnlyList<string> Locales => LocaleEntries.Select(l => l.Code).ToList();

    public string StatusOf(string locale) => LocaleEntries.Single(l => l.Code == locale).Status;

    /// <summary>
    /// How phone numbers are written in one locale's file: its own national formats and its
    /// source's (a translation keeps the source's numbers as they were written).
    /// </summary>
    public PhoneNumbers PhoneNumbersOf(string locale) => PhoneNumbers.For(locale, SourceLocale);

    /// <summary>The file of one locale's content.</summary>
    public string ContentFile(string locale) => Path.Combine(Directory, locale + (Format == ContentFormat.Markdown ? ".md" : ".yaml"));
}

/// <summary>The review status of a translation: <c>draft</c> until a person has reviewed it.</summary>
public static class ReviewStatus
{
    public const string Reviewed = "reviewed";
    public const string Draft = "draft";
}

/// <summary>One locale of a brochure, with its review status and where the manifest lists it.</summary>
public sealed record LocaleEntry(string Code, string Status, SourceLocation Location);

/// <summary>
/// One language edition's content: the parsed locale file and its metadata. A Markdown file
/// gives <paramref name="Markdown"/>; a YAML file gives <paramref name="Root"/> (empty for Markdown).
/// </summary>
public sealed record LocaleContent(
    BrochureManifest Brochure,
    string Locale,
    ContentMap Root,
    string Title,
    string Subject,
    IReadOnlyList<string> Keywords,
    string FilePath,
    MarkdownContent? Markdown = null,
    IReadOnlyList<Diagnostic>? Warnings = null)
{
    public string Author => Markdown?.Meta.Author?.Raw ?? Brochure.Author ?? string.Empty;

    public IReadOnlyList<Diagnostic> ReadWarnings => Warnings ?? [];
}
