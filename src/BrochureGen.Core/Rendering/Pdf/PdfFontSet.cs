using BrochureGen.Layout.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BrochureGen.Rendering.Pdf;

/// <summary>The <c>XFont</c>s of one document, created once per face and size.</summary>
internal sealed class PdfFontSet(EmbeddedFontResolver resolver)
{
    private readonly Dictionary<(string, double), XFont> _fonts = [];

    public XFont Get(FontFace face, double size)
    {
        var family = resolver.Register(face);
        if (!_fonts.TryGetValue((family, size), out var font))
        {
            // Unicode encoding writes a ToUnicode map for every font, ASCII included.
            font = new XFont(family, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[(family, size)] = font;
        }

        return font;
    }
}
