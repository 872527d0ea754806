using System.Runtime.InteropServices;

namespace BrochureGen.Color;

/// <summary>
/// The few LittleCMS 2 calls BrochureGen needs, bound at run time through function pointers
/// (no reflection, so the native executable works too). LittleCMS is the system library
/// (Debian <c>liblcms2-2</c>, Homebrew <c>little-cms2</c>, <c>lcms2.dll</c> beside the
/// executable on Windows); it is loaded only when a colour has to be separated.
/// </summary>
internal static unsafe class LittleCms
{
    // lcms2.h: TYPE_RGB_8 and TYPE_CMYK_DBL (CMYK doubles are percentages, 0–100).
    public const uint TypeRgb8 = (4 << 16) | (3 << 3) | 1;
    public const uint TypeCmykDouble = (1 << 22) | (6 << 16) | (4 << 3);
    public const uint TypeCmyk8 = (6 << 16) | (4 << 3) | 1;
    public const uint IntentPerceptual = 0;
    public const uint IntentRelativeColorimetric = 1;
    public const uint FlagBlackPointCompensation = 0x2000;

    private static readonly Lazy<IntPtr> Library = new(Load);

    /// <summary>What to install when the library is missing, named in the error.</summary>
    public const string InstallHint = "install LittleCMS 2 (Debian/Ubuntu: apt-get install liblcms2-2; macOS: brew install little-cms2; Windows: lcms2.dll beside brochuregen.exe)";

    public static bool IsAvailable => Library.Value != IntPtr.Zero;

    public static IntPtr OpenProfile(byte[] profile)
    {
        fixed (byte* bytes = profile)
        {
            return ((delegate* unmanaged[Cdecl]<byte*, uint, IntPtr>)Export("cmsOpenProfileFromMem"))(bytes, (uint)profile.Length);
        }
    }

    public static IntPtr CreateSrgbProfile() => ((delegate* unmanaged[Cdecl]<IntPtr>)Export("cmsCreate_sRGBProfile"))();

    public static IntPtr CreateTransform(IntPtr input, uint inputFormat, IntPtr output, uint outputFormat, uint intent, uint flags) =>
        ((delegate* unmanaged[Cdecl]<IntPtr, uint, IntPtr, uint, uint, uint, IntPtr>)Export("cmsCreateTransform"))(input, inputFormat, output, outputFormat, intent, flags);

    public static void Transform(IntPtr transform, void* input, void* output, uint pixels) =>
        ((delegate* unmanaged[Cdecl]<IntPtr, void*, void*, uint, void>)Export("cmsDoTransform"))(transform, input, output, pixels);

    public static void DeleteTransform(IntPtr transform) => ((delegate* unmanaged[Cdecl]<IntPtr, void>)Export("cmsDeleteTransform"))(transform);

    public static void CloseProfile(IntPtr profile) => ((delegate* unmanaged[Cdecl]<IntPtr, int>)Export("cmsCloseProfile"))(profile);

    private static IntPtr Export(string name) =>
        IsAvailable ? NativeLibrary.GetExport(Library.Value, name) : throw new DllNotFoundException($"LittleCMS was not found: {InstallHint}");

    private static IntPtr Load()
    {
        string[] candidates = OperatingSystem.IsWindows() ? ["lcms2.dll", "liblcms2-2.dll"]
            : OperatingSystem.IsMacOS() ? ["/opt/homebrew/lib/liblcms2.2.dylib", "/usr/local/lib/liblcms2.2.dylib", "liblcms2.2.dylib"]
            : ["liblcms2.so.2", "liblcms2.so"];
        foreach (var candidate in candidates)
        {
            if (NativeLibrary.TryLoad(candidate, typeof(LittleCms).Assembly, null, out var library))
            {
                return library;
            }
        }

        return IntPtr.Zero;
    }
}
