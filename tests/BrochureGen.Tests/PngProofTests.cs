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
    private const int ChannelTolerance = 40;
    private const double AllowedDifferentPixels = 0.002;

    [Theory]
    [InlineData(0, "en.page-1.png")]
    [InlineData(1, "en.page-2.png")]
    public void Page_render_matches_the_reviewed_reference(int pageIndex, string referenceName)
    {
        var actual = PngRenderer.Render(EnglishEdition.Layout.Pages[pageIndex], ReferenceDpi);
        var referencePath = Path.Combine(RepoPaths.TestProject, "References", referenceName);
        if (!File.Exists(referencePath))
        {
            Assert.False(RepoPaths.IsCi, $"reference {referencePath} is missing; render it locally, look at it and commit it");
            File.WriteAllBytes(referencePath, actual);
            return;
        }

        using var expectedBitmap = SKBitmap.Decode(referencePath);
        using var actualBitmap = SKBitmap.Decode(actual);
        var difference = ImageDifference.Fraction(expectedBitmap, actualBitmap, ChannelTolerance);
        if (difference > AllowedDifferentPixels)
        {
            var mismatch = Path.Combine(RepoPaths.TestProject, "References", "__mismatch__");
            Directory.CreateDirectory(mismatch);
            File.WriteAllBytes(Path.Combine(mismatch, referenceName), actual);
        }

        Assert.True(difference <= AllowedDifferentPixels, $"{difference:P2} of the pixels differ from {referenceName} (allowed {AllowedDifferentPixels:P2}); the new render is in References/__mismatch__");
    }

    [Fact]
    public void Proofs_are_150_dpi_letter_pages()
    {
        foreach (var png in EnglishEdition.Output.PagePngs)
        {
            using var bitmap = SKBitmap.Decode(png);
            Assert.Equal((1650, 1275), (bitmap.Width, bitmap.Height));
        }
    }

    [Fact]
    public void Image_difference_notices_a_changed_panel()
    {
        using var a = SKBitmap.Decode(PngRenderer.Render(EnglishEdition.Layout.Pages[0], ReferenceDpi));
        using var b = a.Copy();
        using (var canvas = new SKCanvas(b))
        {
            canvas.DrawRect(10, 10, 60, 20, new SKPaint { Color = SKColors.Red });
        }

        Assert.Equal(0, ImageDifference.Fraction(a, a, ChannelTolerance));
        Assert.True(ImageDifference.Fraction(a, b, ChannelTolerance) > AllowedDifferentPixels);
    }
}

internal static class ImageDifference
{
    /// <summary>The fraction of pixels whose colour differs by more than <paramref name="tolerance"/> in any channel.</summary>
    public static double Fraction(SKBitmap expected, SKBitmap actual, int tolerance)
    {
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return 1;
        }

        long different = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var e = expected.GetPixel(x, y);
                var a = actual.GetPixel(x, y);
                if (Math.Abs(e.Red - a.Red) > tolerance || Math.Abs(e.Green - a.Green) > tolerance || Math.Abs(e.Blue - a.Blue) > tolerance)
                {
                    different++;
                }
            }
        }

        return (double)different / (expected.Width * expected.Height);
    }
}
