using BrochureGen.Tests.Support;
using BrochureGen.Text.Icu;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Tests.Text;

/// <summary>
/// The text engine's parts on the cases brochures meet: HarfBuzz shaping with the fonts' own
/// kerning, ICU line breaking and bidi. (Shaping against Debian's <c>hb-shape</c>: the
/// conformance tier's ShapingReferenceTests.)
/// </summary>
public sealed class TextEngineTests
{
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
}
