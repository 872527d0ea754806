using BrochureGen.Layout.Fonts;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>The fonts a document uses, one resource name each (F1, F2, …) in the order first used.</summary>
internal sealed class FontTable
{
    private readonly Dictionary<string, EmbeddedFont> _fonts = new(StringComparer.Ordinal);

    public IEnumerable<EmbeddedFont> All => _fonts.Values;

    public EmbeddedFont For(FontFace face)
    {
        // Faces that are the same file (a family repeating a face) share one embedded font.
        if (!_fonts.TryGetValue(face.FilePath, out var font))
        {
            font = new EmbeddedFont(face, $"F{_fonts.Count + 1}");
            _fonts[face.FilePath] = font;
        }

        return font;
    }
}
