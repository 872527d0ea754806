namespace BrochureGen.Conformance;

/// <summary>The standards the editions aim at, as the reports and the statement name them.</summary>
public static class Standards
{
    public const string Wcag = "WCAG 2.1 level AA";
    public const string PdfUa = "PDF/UA-1 (ISO 14289-1), checked by the Matterhorn Protocol 1.1";

    public static readonly IReadOnlyList<string> Claimed =
    [
        Wcag + " (the tagged PDF, the large-print PDF and the HTML edition)",
        PdfUa + " (the tagged, print and large-print PDFs)",
        "PDF/X-4 (ISO 15930-7) for the print PDF",
        "APH and ACB large-print guidance (18 pt and larger) for the large-print PDF",
        "BANA Braille Formats (2016) in the language's braille code for the BRF",
    ];
}
