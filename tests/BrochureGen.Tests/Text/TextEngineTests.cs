using System.Diagnostics;
using System.Text.Json;
using BrochureGen.Tests.Support;
using BrochureGen.Text.Icu;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Tests.Text;

/// <summary>
/// The text engine's parts against their references: HarfBuzz shaping against Debian's
/// <c>hb-shape</c> for the same font files, ICU line breaking and bidi on the cases brochures meet.
/// </summary>
public sealed class TextEngineTests
{
    public static readonly TheoryData<string, string, string, string, string> Corpus = new()
    {
        { "NotoSans-Regular.ttf", "Te To Wa AV", "Latn", "ltr", "en" },
        { "AtkinsonHyperlegibleNext-Regular.ttf", "Te To Wa AV office", "Latn", "ltr", "en" },
        { "NotoSansArabic-Regular.ttf", "مرحبا بالعالم", "Arab", "rtl", "ar" },
        { "NotoSansArabic-Regular.ttf", "کیگپچژ ۰۱۲۳ فارسی", "Arab", "rtl", "fa" },
        { "NotoSans-Regular.ttf", "हिन्दी क्षत्रिय", "Deva", "ltr", "hi" },
        { "NotoSansThai-Regular.ttf", "ปั้น น้ำ ที่นี่", "Thai", "ltr", "th" },
        { "DroidSansFallbackFull.ttf", "人口贩卖。你好，世界", "Hani", "ltr", "zh" },
    };

    [SkippableTheory]
    [MemberData(nameof(Corpus))]
    public void Shaping_gives_the_glyphs_and_positions_hb_shape_gives(string fontFile, string text, string script, string direction, string language)
    {
        ExternalTool.Require("hb-shape", "libharfbuzz-bin");
        var font = Path.Combine(RepoPaths.Templates, "fonts", fontFile);
        var ours = Shaper.Shape(ShapingFont.Load(font, File.ReadAllBytes), 10, text, script, direction == "rtl", language).Glyphs;

        var reference = HbShape(font, text, script, direction, language);

        Assert.Equal(reference.Count, ours.Count);
        for (var i = 0; i < ours.Count; i++)
        {
            // The corpus is all in the Basic Multilingual Plane: UTF-16 index = character index.
            Assert.Equal(reference[i], (ours[i].Id, ours[i].Cluster, ours[i].OffsetX, ours[i].OffsetY, ours[i].Advance));
        }
    }

    [SkippableFact]
    public void Latin_text_is_kerned_by_the_fonts_own_pairs()
    {
        var font = ShapingFont.Load(Path.Combine(RepoPaths.Templates, "fonts", "NotoSans-Regular.ttf"), File.ReadAllBytes);
        var pair = Shaper.Shape(font, 10, "Te", "Latn", false, "en").Glyphs;
        var alone = Shaper.Shape(font, 10, "T", "Latn", false, "en").Glyphs[0].Advance + Shaper.Shape(font, 10, "e", "Latn", false, "en").Glyphs[0].Advance;

        Assert.True(pair.Sum(g => g.Advance) < alone, "'Te' is kerned closer than T and e set apart");
    }

    [SkippableFact]
    public void Thai_breaks_between_words_written_without_spaces()
    {
        const string text = "ภาษาไทยเป็นภาษาราชการของประเทศไทย";

        var breaks = LineBreaks.Find(text, "th").Select(b => b.Offset).ToList();

        Assert.True(breaks.Count >= 5, string.Join(",", breaks));
        Assert.Contains(4, breaks); // ภาษา | ไทย
        Assert.Equal(text.Length, breaks[^1]);
    }

    [SkippableFact]
    public void Chinese_never_breaks_before_closing_nor_after_opening_punctuation()
    {
        const string text = "人口贩卖是犯罪。请拨打热线（免费）：举报。";

        var breaks = LineBreaks.Find(text, "zh").Select(b => b.Offset).ToHashSet();

        for (var i = 1; i < text.Length; i++)
        {
            if ("。，、）」：".Contains(text[i], StringComparison.Ordinal) || "（「".Contains(text[i - 1], StringComparison.Ordinal))
            {
                Assert.DoesNotContain(i, breaks);
            }
        }

        Assert.Contains(1, breaks); // between two ideographs
    }

    [SkippableFact]
    public void A_phone_number_is_never_broken_and_a_hard_break_is_mandatory()
    {
        const string text = "Call 1-866-347-2423 now\nor later";

        var breaks = LineBreaks.Find(text, "en");

        Assert.DoesNotContain(breaks, b => b.Offset is > 5 and < 19);
        Assert.Contains(breaks, b => b.Mandatory && text[b.Offset - 1] == '\n');
    }

    [SkippableFact]
    public void A_phone_number_inside_arabic_stays_left_to_right_and_whole_when_isolated()
    {
        // Left-to-right isolates (LRI … PDI) keep a number's digits and hyphens in their order.
        const string number = "1-866-347-2423";
        var text = $"اتصل على \u2066{number}\u2069 الآن";

        var runs = Bidi.VisualRuns(text, 1);

        var numberStart = text.IndexOf(number, StringComparison.Ordinal);
        var run = Assert.Single(runs, r => r.Start <= numberStart && r.Start + r.Length >= numberStart + number.Length);
        Assert.False(run.RightToLeft);
        Assert.True(runs.First().RightToLeft, "in a right-to-left paragraph the first visual run is the end of the sentence");
    }

    private static List<(uint, int, int, int, int)> HbShape(string font, string text, string script, string direction, string language)
    {
        var start = new ProcessStartInfo("hb-shape") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--font-funcs=ot", "--no-glyph-names", "--output-format=json", $"--script={script}", $"--language={language}", $"--direction={direction}", $"--text={text}", font })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("hb-shape did not start (Debian package libharfbuzz-bin)");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray()
            .Select(g => (g.GetProperty("g").GetUInt32(), g.GetProperty("cl").GetInt32(), g.GetProperty("dx").GetInt32(), g.GetProperty("dy").GetInt32(), g.GetProperty("ax").GetInt32()))
            .ToList();
    }
}

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
