namespace BrochureGen.Build;

/// <summary>
/// The files an edition writes, one row each: the name <c>report.json</c> gives the kind, the
/// end of the file name, the label the gallery shows (null: not offered as a download), and
/// the <c>--edition</c> choice that writes it, and whether it is for readers (the gallery's
/// public part) or for reviewers and printers. Reading formats come first, the order the gallery
/// lists them in.
/// </summary>
public sealed record OutputFileKind(string Name, string Suffix, string? GalleryLabel, EditionKinds WrittenBy, bool ForReaders = false)
{
    public static readonly OutputFileKind Html = new("html", ".html", "Read online", EditionKinds.Html, ForReaders: true);
    public static readonly OutputFileKind Pdf = new("pdf", ".pdf", "PDF", EditionKinds.Screen, ForReaders: true);
    public static readonly OutputFileKind LargePrint = new("large-print", ".large-print.pdf", "Large print PDF", EditionKinds.LargePrint, ForReaders: true);
    public static readonly OutputFileKind Braille = new("braille", ".brf", "Braille (BRF)", EditionKinds.Braille, ForReaders: true);
    public static readonly OutputFileKind Print = new("print", ".print.pdf", "Print PDF (bleed, crop and fold marks, CMYK)", EditionKinds.Print);
    public static readonly OutputFileKind Folded = new("folded", ".folded.png", "Folded mock-up (PNG)", EditionKinds.Print);

    /// <summary>One per page: <c>.page-1.png</c>, <c>.page-2.png</c>, …; labelled with its page number.</summary>
    public static readonly OutputFileKind PagePng = new("png", ".page-{0}.png", "Proof PNG, page {0}", EditionKinds.Png);

    /// <summary>
    /// The edition's accessibility conformance report, as a page and as data; always written,
    /// about the formats the same build made (<see cref="Conformance.ConformanceReport"/>).
    /// </summary>
    public static readonly OutputFileKind Accessibility = new("accessibility", Conformance.ConformanceHtml.Suffix, "Accessibility report", EditionKinds.None);
    public static readonly OutputFileKind AccessibilityData = new("accessibility-data", Conformance.ConformanceJson.Suffix, "Accessibility report (JSON)", EditionKinds.None);

    /// <summary>The gallery's picture of the edition (its cover panel), always written; not a download.</summary>
    public static readonly OutputFileKind Thumbnail = new("thumbnail", ".thumbnail.png", null, EditionKinds.None);

    public static readonly IReadOnlyList<OutputFileKind> All = [Html, Pdf, LargePrint, Braille, Print, Folded, PagePng, Accessibility, AccessibilityData, Thumbnail];

    /// <summary>The <c>--edition</c> choices and what each selects.</summary>
    public static readonly IReadOnlyList<(string Name, EditionKinds Kinds)> EditionChoices =
    [
        ("screen", EditionKinds.Screen), ("print", EditionKinds.Print), ("png", EditionKinds.Png),
        ("html", EditionKinds.Html), ("large-print", EditionKinds.LargePrint), ("braille", EditionKinds.Braille),
    ];

    public static OutputFileKind? Named(string name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>Where the gallery lists a file of this kind: reading formats first.</summary>
    public int Rank => All.ToList().IndexOf(this);
}
