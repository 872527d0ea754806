namespace BrochureGen.Conformance;

/// <summary>
/// What a check result is about: one file of the edition, or the edition as a whole (what every
/// format is written from: the document tree in the folded reading order). <see cref="Name"/> is
/// the key in <c>report.json</c> and in <c>.accessibility.json</c>; for a file it is the file's
/// kind there.
/// </summary>
public sealed record EvidenceFormat(string Name, string Label)
{
    public static readonly EvidenceFormat Edition = new("edition", "every format");
    public static readonly EvidenceFormat Pdf = new("pdf", "tagged PDF");
    public static readonly EvidenceFormat Print = new("print", "print PDF");
    public static readonly EvidenceFormat LargePrint = new("large-print", "large-print PDF");
    public static readonly EvidenceFormat Html = new("html", "HTML edition");
    public static readonly EvidenceFormat Braille = new("braille", "braille (BRF)");

    public static readonly IReadOnlyList<EvidenceFormat> All = [Edition, Pdf, Print, LargePrint, Html, Braille];

    /// <summary>The three PDFs, which one writer makes and the PDF checks read alike.</summary>
    public static readonly IReadOnlyList<EvidenceFormat> Pdfs = [Pdf, Print, LargePrint];

    public static EvidenceFormat? Named(string name) => All.FirstOrDefault(f => f.Name == name);
}
