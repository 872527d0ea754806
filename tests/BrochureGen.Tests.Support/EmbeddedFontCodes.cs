using System.Text.Json;

namespace BrochureGen.Tests.Support;

/// <summary>
/// What a page's Type0 font says about its codes, read from the PDF as any reader would: the
/// width of each code (the /W array in both of its forms) and the glyph it draws (/CIDToGIDMap:
/// Identity or a stream of two-byte glyph ids).
/// </summary>
public sealed class EmbeddedFontCodes
{
    private readonly byte[]? _codeToGlyph;

    private EmbeddedFontCodes(Dictionary<int, double> widths, byte[]? codeToGlyph)
    {
        Widths = widths;
        _codeToGlyph = codeToGlyph;
    }

    public IReadOnlyDictionary<int, double> Widths { get; }

    /// <summary>The glyph id a code draws.</summary>
    public int GlyphOf(int code) =>
        _codeToGlyph is null ? code : code * 2 + 1 < _codeToGlyph.Length ? (_codeToGlyph[code * 2] << 8) | _codeToGlyph[(code * 2) + 1] : 0;

    /// <summary>The codes that draw <paramref name="glyph"/>.</summary>
    public IEnumerable<int> CodesOf(int glyph) => Widths.Keys.Where(code => GlyphOf(code) == glyph);

    public static EmbeddedFontCodes Read(QpdfJson pdf, JsonElement type0Font)
    {
        var descendant = pdf.Value(pdf.Resolve(type0Font).GetProperty("/DescendantFonts")[0].GetString()!);
        var widths = new Dictionary<int, double>();
        var w = pdf.Resolve(descendant.GetProperty("/W")).EnumerateArray().ToList();
        for (var i = 0; i < w.Count;)
        {
            var first = w[i].GetInt32();
            if (w[i + 1].ValueKind == JsonValueKind.Array)
            {
                var code = first;
                foreach (var width in w[i + 1].EnumerateArray())
                {
                    widths[code++] = width.GetDouble();
                }

                i += 2;
            }
            else
            {
                for (var code = first; code <= w[i + 1].GetInt32(); code++)
                {
                    widths[code] = w[i + 2].GetDouble();
                }

                i += 3;
            }
        }

        var map = descendant.GetProperty("/CIDToGIDMap");
        var codeToGlyph = map.ValueKind == JsonValueKind.String && map.GetString() != "/Identity" ? pdf.StreamData(map.GetString()!) : null;
        return new EmbeddedFontCodes(widths, codeToGlyph);
    }
}
