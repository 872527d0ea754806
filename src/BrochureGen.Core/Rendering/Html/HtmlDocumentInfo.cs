namespace BrochureGen.Rendering.Html;

/// <summary>What the HTML edition says about itself: its title, language, subject and author (the same values as the PDF's metadata).</summary>
public sealed record HtmlDocumentInfo(string Title, string Language, string Subject, string Author);
