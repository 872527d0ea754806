namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>What a heading's bookmark shows and where it opens: its level, its text and the top of its first line (PDF page space).</summary>
internal sealed record HeadingAnchor(int Level, string Title, double Top);
