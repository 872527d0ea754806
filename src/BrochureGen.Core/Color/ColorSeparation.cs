using System.Collections.Concurrent;

namespace BrochureGen.Color;

/// <summary>
/// Separates sRGB into a printing condition's CMYK through its output profile with LittleCMS.
/// Vector colours: relative colorimetric with black point compensation, and pure black as
/// 100 % K rather than the profile's rich black, so black text prints on one plate. Images:
/// perceptual, which keeps gradations in colours the press cannot reach. One transform per
/// profile and purpose for the process.
/// </summary>
public sealed class ColorSeparation
{
    private static readonly ConcurrentDictionary<string, Lazy<ColorSeparation>> ByProfile = new(StringComparer.Ordinal);

    private readonly IntPtr _transform;
    private readonly Lock _lock = new();

    private ColorSeparation(byte[] profile, uint outputFormat, uint intent)
    {
        var srgb = LittleCms.CreateSrgbProfile();
        var output = LittleCms.OpenProfile(profile);
        if (output == IntPtr.Zero)
        {
            LittleCms.CloseProfile(srgb);
            throw new InvalidDataException("LittleCMS could not read the output profile");
        }

        _transform = LittleCms.CreateTransform(srgb, LittleCms.TypeRgb8, output, outputFormat, intent, LittleCms.FlagBlackPointCompensation);
        LittleCms.CloseProfile(srgb);
        LittleCms.CloseProfile(output);
        if (_transform == IntPtr.Zero)
        {
            throw new InvalidDataException("LittleCMS could not make an sRGB to CMYK transform with the output profile");
        }
    }

    public static bool IsAvailable => LittleCms.IsAvailable;

    public static string InstallHint => LittleCms.InstallHint;

    /// <summary>The separation of vector colours for an output profile (made once per process and profile).</summary>
    public static ColorSeparation For(byte[] profile) =>
        ByProfile.GetOrAdd("vector " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(profile)), _ => new Lazy<ColorSeparation>(() => new ColorSeparation(profile, LittleCms.TypeCmykDouble, LittleCms.IntentRelativeColorimetric))).Value;

    /// <summary>The separation of image pixels for an embedded profile (the output intent's), keyed by its bytes.</summary>
    public static ColorSeparation ForImages(byte[] profile) =>
        ByProfile.GetOrAdd("image " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(profile)), _ => new Lazy<ColorSeparation>(() => new ColorSeparation(profile, LittleCms.TypeCmyk8, LittleCms.IntentPerceptual))).Value;

    /// <summary>Separates 8-bit RGB pixels (3 bytes each) into 8-bit CMYK (4 bytes each, 255 = full ink).</summary>
    public void SeparatePixels(ReadOnlySpan<byte> rgb, Span<byte> cmyk)
    {
        if (cmyk.Length != rgb.Length / 3 * 4)
        {
            throw new ArgumentException("the CMYK buffer must hold four bytes for every three RGB bytes", nameof(cmyk));
        }

        unsafe
        {
            fixed (byte* i = rgb)
            fixed (byte* o = cmyk)
            {
                lock (_lock)
                {
                    LittleCms.Transform(_transform, i, o, (uint)(rgb.Length / 3));
                }
            }
        }
    }

    /// <summary>C, M, Y, K in percent, rounded to whole percent (as a designer would write them).</summary>
    public (double C, double M, double Y, double K) Separate(byte red, byte green, byte blue)
    {
        if (red == 0 && green == 0 && blue == 0)
        {
            return (0, 0, 0, 100);
        }

        Span<byte> input = [red, green, blue];
        Span<double> output = stackalloc double[4];
        unsafe
        {
            fixed (byte* i = input)
            fixed (double* o = output)
            {
                lock (_lock)
                {
                    LittleCms.Transform(_transform, i, o, 1);
                }
            }
        }

        return (Math.Round(output[0]), Math.Round(output[1]), Math.Round(output[2]), Math.Round(output[3]));
    }
}
