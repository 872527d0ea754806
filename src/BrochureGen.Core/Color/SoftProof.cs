using System.Collections.Concurrent;

namespace BrochureGen.Color;

/// <summary>
/// How the print edition will look, on screen: CMYK through the printing condition's profile
/// back to sRGB (relative colorimetric, so paper shows as white and ink as the press can print
/// it). Vector colours are shown from the CMYK the print edition paints (a theme's fixed values
/// included), images as the print edition separates them (perceptual) and then back.
/// </summary>
public sealed class SoftProof
{
    private static readonly ConcurrentDictionary<string, Lazy<SoftProof>> ByProfile = new(StringComparer.Ordinal);

    private readonly byte[] _profile;
    private readonly IntPtr _fromDoubles;
    private readonly IntPtr _fromBytes;
    private readonly Lock _lock = new();

    private SoftProof(byte[] profile)
    {
        _profile = profile;
        var srgb = LittleCms.CreateSrgbProfile();
        var press = LittleCms.OpenProfile(profile);
        if (press == IntPtr.Zero)
        {
            LittleCms.CloseProfile(srgb);
            throw new InvalidDataException("LittleCMS could not read the output profile");
        }

        _fromDoubles = LittleCms.CreateTransform(press, LittleCms.TypeCmykDouble, srgb, LittleCms.TypeRgb8, LittleCms.IntentRelativeColorimetric, LittleCms.FlagBlackPointCompensation);
        _fromBytes = LittleCms.CreateTransform(press, LittleCms.TypeCmyk8, srgb, LittleCms.TypeRgb8, LittleCms.IntentRelativeColorimetric, LittleCms.FlagBlackPointCompensation);
        LittleCms.CloseProfile(srgb);
        LittleCms.CloseProfile(press);
        if (_fromDoubles == IntPtr.Zero || _fromBytes == IntPtr.Zero)
        {
            throw new InvalidDataException("LittleCMS could not make a CMYK to sRGB transform with the output profile");
        }
    }

    /// <summary>The soft proof for an output profile (made once per process and profile).</summary>
    public static SoftProof For(byte[] profile) =>
        ByProfile.GetOrAdd(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(profile)), _ => new Lazy<SoftProof>(() => new SoftProof(profile))).Value;

    /// <summary>The screen colour of a CMYK colour given in percent.</summary>
    public (byte R, byte G, byte B) Screen(double c, double m, double y, double k)
    {
        Span<double> input = [c, m, y, k];
        Span<byte> output = stackalloc byte[3];
        unsafe
        {
            fixed (double* i = input)
            fixed (byte* o = output)
            {
                lock (_lock)
                {
                    LittleCms.Transform(_fromDoubles, i, o, 1);
                }
            }
        }

        return (output[0], output[1], output[2]);
    }

    /// <summary>8-bit sRGB pixels (3 bytes each, on paper white) as they will print, in place.</summary>
    public void Image(byte[] rgb)
    {
        var cmyk = new byte[rgb.Length / 3 * 4];
        ColorSeparation.ForImages(_profile).SeparatePixels(rgb, cmyk);
        unsafe
        {
            fixed (byte* i = cmyk)
            fixed (byte* o = rgb)
            {
                lock (_lock)
                {
                    LittleCms.Transform(_fromBytes, i, o, (uint)(rgb.Length / 3));
                }
            }
        }
    }
}
