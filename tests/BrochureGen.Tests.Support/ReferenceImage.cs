using SkiaSharp;

namespace BrochureGen.Tests.Support;

/// <summary>
/// Compares a render with a reviewed reference PNG within a tolerance. A missing reference is
/// written (to be looked at and committed) on a developer's machine and fails in CI.
/// </summary>
public static class ReferenceImage
{
    public const int ChannelTolerance = 40;
    public const double AllowedDifferentPixels = 0.002;

    public static void AssertMatches(byte[] actual, string referenceName)
    {
        var referencePath = Path.Combine(RepoPaths.References, referenceName);
        if (!File.Exists(referencePath))
        {
            Assert.False(RepoPaths.IsCi, $"reference {referencePath} is missing; render it locally, look at it and commit it");
            File.WriteAllBytes(referencePath, actual);
            return;
        }

        using var expectedBitmap = SKBitmap.Decode(referencePath);
        using var actualBitmap = SKBitmap.Decode(actual);
        var difference = Fraction(expectedBitmap, actualBitmap, ChannelTolerance);
        if (difference > AllowedDifferentPixels)
        {
            var mismatch = Path.Combine(RepoPaths.References, "__mismatch__");
            Directory.CreateDirectory(mismatch);
            File.WriteAllBytes(Path.Combine(mismatch, referenceName), actual);
        }

        Assert.True(difference <= AllowedDifferentPixels, $"{difference:P2} of the pixels differ from {referenceName} (allowed {AllowedDifferentPixels:P2}); the new render is in References/__mismatch__");
    }

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
