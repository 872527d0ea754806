namespace BrochureGen.Rendering.Pdf;

/// <summary>The metadata an edition's PDF carries.</summary>
public sealed record PdfDocumentInfo(string Title, string Author, string Subject, IReadOnlyList<string> Keywords, string Language);
