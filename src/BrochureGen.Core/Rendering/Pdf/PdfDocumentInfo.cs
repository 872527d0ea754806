namespace BrochureGen.Rendering.Pdf;

/// <summary>The metadata an edition's PDF carries.</summary>
public sealed record PdfDocumentInfo(string Title, string Author, string Subject, IReadOnlyList<string> Keywords, string Language)
{
    /// <summary>
    /// What the document is across its versions — brochure, language and kind of edition
    /// ("stop-human-trafficking/es/print") — from which its permanent identifier (XMP
    /// DocumentID, the trailer's first /ID) is derived.
    /// </summary>
    public string Identity { get; init; } = string.Empty;

    /// <summary>The XMP rendition class: <c>screen</c> for a file to read on a screen, <c>default</c> for the master (print, large print).</summary>
    public string RenditionClass { get; init; } = "default";
}

/// <summary>
/// The print edition's page boxes (points from the top-left of the media) and its colour:
/// with these, the PDF paints only DeviceCMYK and carries TrimBox and BleedBox on every page.
/// </summary>
public sealed record PdfPrintSetup(double TrimX, double TrimY, double TrimWidth, double TrimHeight, double Bleed)
{
    /// <summary>The printing condition, as a PDF/X-4 output intent; null writes no PDF/X claim.</summary>
    public PdfOutputIntent? OutputIntent { get; init; }

    /// <summary>The file's creation and modification date (PDF/X requires both): the build date, never the clock.</summary>
    public DateOnly Date { get; init; } = new(2000, 1, 1);
}

/// <summary>A PDF/X output intent: the printing condition's registered name and its CMYK output profile.</summary>
public sealed record PdfOutputIntent(string OutputConditionIdentifier, string RegistryName, string Info, byte[] Profile);
