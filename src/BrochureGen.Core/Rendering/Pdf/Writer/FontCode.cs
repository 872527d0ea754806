namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// A character code of an embedded font: a glyph of the font, or the index of a composite
/// glyph added to the subset; the characters it maps to; its width in font units.
/// </summary>
internal sealed record FontCode(ushort Glyph, int? Composite, string Text, double Width);
