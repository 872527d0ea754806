using BrochureGen.Rendering.Png;
using BrochureGen.Tests.Support;
using SkiaSharp;

namespace BrochureGen.Tests;

/// <summary>
/// The PNG proofs compared with reviewed reference images. A small tolerance absorbs
/// anti-aliasing differences between Skia builds; a moved line or a changed colour fails.
/// </summary>
public sealed class PngProofTests
{
    private const double ReferenceDpi = 60;

    [SkippableTheory]
    [InlineData(0, "en.page-1.png")]
    [InlineData(1, "en.page-2.png")]
    public void Page_render_matches_the_reviewed_reference(int pageIndex, string referenceName)
    {
        ReferenceImage.AssertMatches(PngRenderer.Render(EnglishEdition.Layout.Pages[pageIndex], ReferenceDpi), referenceName);
    }

    [SkippableFact]
    public void Proofs_are_150_dpi_letter_pages()
    {
        foreach (var png in EnglishEdition.Output.PagePngs)
        {
            using var bitmap = SKBitmap.Decode(png);
            Assert.Equal((1650, 1275), (bitmap.Width, bitmap.Height));
        }
    }

    [SkippableFact]
    public void Image_difference_notices_a_changed_panel()
    {
        using var a = SKBitmap.Decode(PngRenderer.Render(EnglishEdition.Layout.Pages[0], ReferenceDpi));
        using var b = a.Copy();
        using (var canvas = new SKCanvas(b))
        {
            canvas.DrawRect(10, 10, 60, 20, new SKPaint { Color = SKColors.Red });
        }

        Assert.Equal(0, ReferenceImage.Fraction(a, a, ReferenceImage.ChannelTolerance));
        Assert.True(ReferenceImage.Fraction(a, b, ReferenceImage.ChannelTolerance) > ReferenceImage.AllowedDifferentPixels);
    }
}
