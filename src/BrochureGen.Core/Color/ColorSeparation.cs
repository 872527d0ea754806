using System.Collections.Concurrent;

namespace BrochureGen.Color;

/// <summary>
/// Separates sRGB colours into a printing condition's CMYK through its output profile with
/// LittleCMS: relative colorimetric with black point compensation, as is usual for vector
/// colour. Pure black is 100 % K rather than the profile's rich black, so black text prints on
/// one plate. One transform per profile for the process.
/// </summary>
public sealed class ColorSeparation
{
    private static readonly ConcurrentDictionary<string, Lazy<ColorSeparation>> ByProfile = new(StringComparer.Ordinal);

    private readonly IntPtr _transform;
    private readonly Lock _lock = new();

    private ColorSeparation(byte[] profile)
    {
        var srgb = LittleCms.CreateSrgbProfile();
        var output = LittleCms.OpenProfile(profile);
        if (output == IntPtr.Zero)
        {
            LittleCms.CloseProfile(srgb);
            throw new InvalidDataException("LittleCMS could not read the output profile");
        }

        _transform = LittleCms.CreateTransform(srgb, LittleCms.TypeRgb8, output, LittleCms.TypeCmykDouble, LittleCms.IntentRelativeColorimetric, LittleCms.FlagBlackPointCompensation);
        LittleCms.CloseProfile(srgb);
        LittleCms.CloseProfile(output);
        if (_transform == IntPtr.Zero)
        {
            throw new InvalidDataException("LittleCMS could not make an sRGB to CMYK transform with the output profile");
        }
    }

    public static bool IsAvailable => LittleCms.IsAvailable;

    public static string InstallHint => LittleCms.InstallHint;

    /// <summary>The separation for the profile at <paramref name="profilePath"/> (made once per process).</summary>
    public static ColorSeparation For(string profilePath) =>
        ByProfile.GetOrAdd(Path.GetFullPath(profilePath), path => new Lazy<ColorSeparation>(() => new ColorSeparation(File.ReadAllBytes(path)))).Value;

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
