namespace BrochureGen.Rendering.Pdf;

/// <summary>The metadata an edition's PDF carries.</summary>
public sealed record PdfDocumentInfo(string Title, string Author, string Subject, IReadOnlyList<string> Keywords, string Language);

/// <summary>
/// The print edition's page boxes (points from the top-left of the media) and its colour:
/// with these, the PDF paints only DeviceCMYK and carries TrimBox and BleedBox on every page.
/// </summary>
public sealed record PdfPrintSetup(double TrimX, double TrimY, double TrimWidth, double TrimHeight, double Bleed);
