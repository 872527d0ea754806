using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Layout;
using BrochureGen.Layout.Theme;
using BrochureGen.Rendering.Pdf;

namespace BrochureGen.Conformance;

/// <summary>
/// Everything one edition's checks read, made by the build before anything is written: the
/// content, theme and layout, what the PDF writer reports for each PDF it wrote (with the layout
/// it drew), the HTML and braille files, the diagnostics of the edition (translation warnings,
/// braille findings) and the files the edition writes. A format not made in this build (an
/// <c>--edition</c> filter) has no evidence, so its checks give no result.
/// </summary>
public sealed record EditionEvidence(LocaleContent Content, BrochureTheme Theme, LaidOutBrochure Layout, DateOnly EvaluatedOn)
{
    /// <summary>The edition's language named in that language ("Español").</summary>
    public string LanguageName { get; init; } = string.Empty;

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public PdfWriteReport? Screen { get; init; }

    /// <summary>The print edition as imposed (its layout has the marks and slug) and what the writer reports of it.</summary>
    public (LaidOutBrochure Layout, PdfWriteReport Report)? Print { get; init; }

    /// <summary>The large-print layout and what the writer reports of its PDF.</summary>
    public (LaidOutBrochure Layout, PdfWriteReport Report)? LargePrint { get; init; }

    public byte[]? Html { get; init; }

    /// <summary>Whether the braille edition was asked for; then <see cref="Braille"/> is its BRF, or null when the language has none.</summary>
    public bool BrailleAsked { get; init; }

    public byte[]? Braille { get; init; }

    /// <summary>The edition's other files, which the report names and links to.</summary>
    public IReadOnlyList<EditionFile> Files { get; init; } = [];
}
