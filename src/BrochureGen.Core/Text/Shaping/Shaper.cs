using System.Collections.Concurrent;
using HarfBuzzSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace BrochureGen.Text.Shaping;

/// <summary>
/// Shapes text with HarfBuzz: kerning, ligatures, contextual forms and mark positioning come from
/// the font's own tables, with its default features. Results are cached in font units per word,
/// so a word shaped once is never shaped again in the process, whatever its size.
/// </summary>
public static class Shaper
{
    private static readonly ConcurrentDictionary<string, Language> Languages = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(ShapingFont Font, string Text, string Script, bool RightToLeft, string Language), FontGlyph[]> Cache = new();

    [ThreadStatic]
    private static HbBuffer? _buffer;

    /// <summary>
    /// Shapes <paramref name="text"/> in one font; <paramref name="script"/> is an ISO 15924 code
    /// (Latn, Arab, Deva…), <paramref name="language"/> a BCP 47 tag.
    /// </summary>
    public static GlyphRun Shape(ShapingFont font, double size, string text, string script, bool rightToLeft, string language)
    {
        var glyphs = Cache.GetOrAdd((font, text, script, rightToLeft, language), key => ShapeUncached(key.Font, key.Text, key.Script, key.RightToLeft, key.Language));
        return new GlyphRun(font, size, text, rightToLeft, glyphs);
    }

    private static FontGlyph[] ShapeUncached(ShapingFont font, string text, string script, bool rightToLeft, string language)
    {
        var buffer = _buffer ??= new HbBuffer();
        buffer.ClearContents();
        buffer.Direction = rightToLeft ? HarfBuzzSharp.Direction.RightToLeft : HarfBuzzSharp.Direction.LeftToRight;
        buffer.Script = Script.Parse(script);
        buffer.Language = Languages.GetOrAdd(language, tag => new Language(tag));
        buffer.AddUtf16(text.AsSpan());
        font.Font.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new FontGlyph[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = new FontGlyph(infos[i].Codepoint, (int)infos[i].Cluster, positions[i].XAdvance, positions[i].XOffset, positions[i].YOffset);
        }

        return glyphs;
    }
}
