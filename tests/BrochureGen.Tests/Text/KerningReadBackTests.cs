using BrochureGen.Tests.Support;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Tests.Text;

/// <summary>The PDF carries the font's kerning: read back, the pairs the font kerns are moved closer.</summary>
public sealed class KerningReadBackTests
{
    [SkippableTheory]
    [InlineData('T', 'o', "AtkinsonHyperlegibleNext-Regular.ttf")]
    [InlineData('W', 'o', "AtkinsonHyperlegibleNext-Regular.ttf")]
    public void Kerned_pairs_are_adjusted_in_the_pdfs_text(char first, char second, string fontFile)
    {
        var font = Layout.Fonts.TrueTypeFont.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Templates, "fonts", fontFile)));
        var shaped = Shaper.Shape(ShapingFont.Load(Path.Combine(RepoPaths.Templates, "fonts", fontFile), File.ReadAllBytes), 10, $"{first}{second}", "Latn", false, "en").Glyphs;
        var kerning = font.GlyphAdvance(font.GlyphOf(first)) - shaped[0].Advance;
        Assert.True(kerning > 0, $"the font kerns '{first}{second}'");

        // The PDF's codes are not glyph ids: the font's CIDToGIDMap says which glyph each draws.
        var pdf = QpdfJson.Read(EnglishEdition.Output.Pdf);
        var adjustments = new List<double>();
        foreach (var page in pdf.Pages())
        {
            var resources = pdf.Resolve(pdf.Resolve(page.GetProperty("/Resources")).GetProperty("/Font")).EnumerateObject().ToList();
            var fonts = resources.ToDictionary(f => f.Name, f => EmbeddedFontCodes.Read(pdf, f.Value));
            var ofThisFile = resources.Where(f => pdf.Resolve(f.Value).GetProperty("/BaseFont").GetString()!.EndsWith("+" + Path.GetFileNameWithoutExtension(fontFile), StringComparison.Ordinal)).Select(f => f.Name).ToHashSet();
            var current = string.Empty;
            int? previous = null;
            double? between = null;
            foreach (System.Text.RegularExpressions.Match token in System.Text.RegularExpressions.Regex.Matches(pdf.PageContent(page), @"(/F\w+) [\d.]+ Tf|<([0-9A-Fa-f]{4})>|(-?[0-9.]+)(?=<)"))
            {
                if (token.Groups[1].Success)
                {
                    (current, previous, between) = (token.Groups[1].Value, null, null);
                }
                else if (token.Groups[3].Success)
                {
                    between = double.Parse(token.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    var glyph = fonts[current].GlyphOf(int.Parse(token.Groups[2].Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
                    if (previous == font.GlyphOf(first) && glyph == font.GlyphOf(second) && ofThisFile.Contains(current))
                    {
                        adjustments.Add(between ?? 0);
                    }

                    (previous, between) = (glyph, null);
                }
            }
        }

        Assert.NotEmpty(adjustments);
        Assert.All(adjustments, adjustment => Assert.Equal(kerning * 1000.0 / font.UnitsPerEm, adjustment, 3));
    }
}
