using System.Diagnostics;
using System.Text.Json;
using BrochureGen.Tests.Support;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Tests.Text;

/// <summary>HarfBuzz shaping against Debian's <c>hb-shape</c> for the same font files.</summary>
public sealed class ShapingReferenceTests
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
