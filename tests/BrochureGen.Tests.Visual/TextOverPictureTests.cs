using BrochureGen.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace BrochureGen.Tests;

/// <summary>
/// A full-bleed cover photo with the title over it (Fixtures/pictures with a synthetic photo made
/// here): the contrast is measured on the photo's pixels, and where it falls short the theme's
/// scrim goes behind the text, or, with 'scrim: none', the build names the picture and the place.
/// The result is read back from poppler's rendering of the PDF, not from our own items.
/// </summary>
public sealed class TextOverPictureTests
{
    private const string Id = "agency-leaflet";

    // civic's deep-navy, its scrim.
    private static readonly SKColor Scrim = new(0x0A, 0x22, 0x40);

    /// <summary>
    /// A photo-like picture, the same bytes every run: a bright hazy sky over dark water, with
    /// noise and streaks of light all over (no flat colour anywhere). <paramref name="bright"/>
    /// false makes it a dusk photo, dark from top to bottom.
    /// </summary>
    private static byte[] BusyPhoto(bool bright)
    {
        const int Width = 1200, Height = 2640;
        var random = new Random(21);
        using var bitmap = new SKBitmap(Width, Height);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                // Sky to water; light streaks; grain.
                var sky = bright ? 235 - (y * 150.0 / Height) : 70 - (y * 40.0 / Height);
                var streak = bright ? 25 * Math.Sin((x * 0.05) + (y * 0.013)) : 8 * Math.Sin(x * 0.07);
                var grain = random.Next(-18, 19);
                var level = Math.Clamp(sky + streak + grain, 0, 255);
                bitmap.SetPixel(x, y, new SKColor((byte)Math.Clamp(level * 0.85, 0, 255), (byte)Math.Clamp(level * 0.95, 0, 255), (byte)level));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static TempWorkspace CoverPhoto(bool bright)
    {
        var workspace = new TempWorkspace().WithFixture("pictures");
        var folder = Path.Combine(workspace.Content, Id);
        File.WriteAllBytes(Path.Combine(folder, "photo.png"), BusyPhoto(bright));
        workspace.Edit(Path.Combine(folder, "en.md"), "# Ready for the Flood\n", "# Ready for the Flood\n\n![A flooded street under a hazy sky](photo.png){.full-bleed}\n");
        return workspace;
    }

    private static string Pdf(TempWorkspace workspace) => Path.Combine(workspace.Output, Id, $"{Id}.en.pdf");

    // Poppler's rendering of the outside page at 72 dpi: one pixel a point.
    private static SKBitmap Rendered(string pdf)
    {
        var prefix = Path.Combine(Path.GetTempPath(), "brochuregen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(prefix)!);
        Poppler.Run("pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", "-singlefile", pdf, prefix);
        var bitmap = SKBitmap.Decode(prefix + ".png");
        File.Delete(prefix + ".png");
        return bitmap;
    }

    [SkippableFact]
    public void Over_a_bright_busy_photo_the_title_gets_the_themes_scrim_and_reads_at_least_4_5_to_1_on_the_rendered_page()
    {
        ExternalTool.Require("pdftoppm", "poppler-utils");
        using var workspace = CoverPhoto(bright: true);
        var run = CliRun.Build(workspace, "--brochure", Id);
        Assert.True(run.ExitCode == 0, run.Error);

        using var pdf = PdfDocument.Open(Pdf(workspace));
        var page = pdf.GetPage(1);
        var photo = Assert.Single(page.GetImages(), i => i.BoundingBox.Width > 200);

        // The photo covers the cover panel (the sheet's right third) and more: it is cut at the panel's edges.
        Assert.True(photo.BoundingBox.Left <= page.Width - 265.5 + 0.5 && photo.BoundingBox.Right >= page.Width - 0.5, "the photo covers the cover's width");
        Assert.True(photo.BoundingBox.Bottom <= 0.5 && photo.BoundingBox.Top >= page.Height - 0.5, "the photo covers the cover's height");

        using var rendered = Rendered(Pdf(workspace));
        var title = page.GetWords().First(w => w.Text == "Ready");
        var (left, top) = ((int)title.BoundingBox.Left, (int)(page.Height - title.BoundingBox.Top));

        // Beside and between the letters the page shows the scrim, not the photo: text and
        // background as a reader sees them reach 4.5:1 (WCAG 1.4.3).
        var background = rendered.GetPixel(left - 4, top + 4);
        Assert.Equal(Scrim, background);
        Assert.True(Contrast(SKColors.White, background) >= 4.5);

        // Over the bright photo where no text stands, the photo shows (no band across the whole panel).
        var open = rendered.GetPixel(left + 20, (int)(page.Height - 8));
        Assert.NotEqual(Scrim, open);
    }

    [SkippableFact]
    public void Over_a_dark_photo_no_scrim_is_needed_and_the_photo_shows_behind_the_title()
    {
        ExternalTool.Require("pdftoppm", "poppler-utils");
        using var workspace = CoverPhoto(bright: false);
        var run = CliRun.Build(workspace, "--brochure", Id);
        Assert.True(run.ExitCode == 0, run.Error);
        using var pdf = PdfDocument.Open(Pdf(workspace));
        var page = pdf.GetPage(1);
        using var rendered = Rendered(Pdf(workspace));
        var title = page.GetWords().First(w => w.Text == "Ready");
        var background = rendered.GetPixel((int)title.BoundingBox.Left - 4, (int)(page.Height - title.BoundingBox.Top) + 4);
        Assert.NotEqual(Scrim, background);
        Assert.True(Contrast(SKColors.White, background) >= 4.5, $"white on {background} reads at {Contrast(SKColors.White, background):0.0}:1");
    }

    [SkippableFact]
    public void Without_a_scrim_in_the_theme_text_over_a_busy_photo_is_an_error_naming_the_picture_and_the_worst_place()
    {
        using var workspace = CoverPhoto(bright: true);
        workspace.Edit(workspace.ThemeFile(), "scrim: deep-navy", "scrim: none");
        var run = CliRun.Build(workspace, "--brochure", Id);
        Assert.NotEqual(0, run.ExitCode);
        // At the content's line that placed the photo, not the stock template's.
        var line = TempWorkspace.LineOf(Path.Combine(workspace.Content, Id, "en.md"), "(photo.png){.full-bleed}");
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(run.Error, $@"en\.md\({line},1\): error BG0511: the text '[^']+' on panel 'cover' stands on picture 'photo\.png' with a contrast of only \d+\.\d:1 at its worst \(\d+–\d+ pt from the panel's left, \d+–\d+ pt from its top; WCAG 1\.4\.3 asks 4\.5:1\)"), run.Error);
    }

    private static double Contrast(SKColor a, SKColor b)
    {
        static double Luminance(SKColor c)
        {
            static double Linear(byte v) => v / 255.0 <= 0.04045 ? v / 255.0 / 12.92 : Math.Pow(((v / 255.0) + 0.055) / 1.055, 2.4);
            return (0.2126 * Linear(c.Red)) + (0.7152 * Linear(c.Green)) + (0.0722 * Linear(c.Blue));
        }

        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}
