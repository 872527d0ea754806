namespace BrochureGen.Text.Shaping;

/// <summary>
/// One shaped glyph in font units: its id in the font, the UTF-16 index of the first character
/// it stands for (its cluster), how far it moves the pen and how far it is moved from there.
/// </summary>
public readonly record struct FontGlyph(uint Id, int Cluster, int Advance, int OffsetX, int OffsetY);
