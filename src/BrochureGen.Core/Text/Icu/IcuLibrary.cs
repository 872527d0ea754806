using System.Runtime.InteropServices;

namespace BrochureGen.Text.Icu;

/// <summary>
/// The operating system's ICU common library — the one .NET's own globalization uses — called
/// through function pointers: no marshalling stubs, no reflection, so it is trim- and
/// Native-AOT-safe and needs no package. The one adapter for ICU.
/// Linux: <c>libicuuc.so.NN</c> with symbols suffixed <c>_NN</c>, probed from the newest down as
/// .NET does; macOS: <c>/usr/lib/libicucore.dylib</c>; Windows 10: <c>icu.dll</c> or <c>icuuc.dll</c>.
/// </summary>
internal static unsafe class IcuLibrary
{
    public const int BreakWord = 1;
    public const int BreakLine = 2;
    public const int BreakSentence = 3;
    public const int BreakDone = -1;
    public const int LineHardStatus = 100;
    public const int LineHardLimit = 200;
    public const int Rtl = 1;

    private static readonly Lock Gate = new();
    private static IntPtr _library;
    private static string _suffix = string.Empty;
    private static volatile bool _loaded;

    public static delegate* unmanaged[Cdecl]<int, sbyte*> ErrorName { get; private set; }

    public static delegate* unmanaged[Cdecl]<byte*, void> GetVersion { get; private set; }

    public static delegate* unmanaged[Cdecl]<int, sbyte*, char*, int, int*, IntPtr> BreakOpen { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, char*, int, int*, void> BreakSetText { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, int> BreakFirst { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, int> BreakNext { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, int> BreakRuleStatus { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, void> BreakClose { get; private set; }

    public static delegate* unmanaged[Cdecl]<int, int, int*, IntPtr> BidiOpenSized { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, char*, int, byte, byte*, int*, void> BidiSetParagraph { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, int, int, IntPtr, int*, void> BidiSetLine { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, int*, int> BidiCountRuns { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int> BidiVisualRun { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, int*, byte*> BidiLevels { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, byte> BidiParagraphLevel { get; private set; }

    public static delegate* unmanaged[Cdecl]<IntPtr, void> BidiClose { get; private set; }

    public static delegate* unmanaged[Cdecl]<int, int*, int> ScriptOf { get; private set; }

    public static delegate* unmanaged[Cdecl]<int, sbyte*> ScriptShortName { get; private set; }

    /// <summary>The library's file name (for messages and the README's list of native needs).</summary>
    public static string LibraryName { get; private set; } = string.Empty;

    public static void EnsureLoaded()
    {
        if (_loaded)
        {
            return;
        }

        lock (Gate)
        {
            if (_loaded)
            {
                return;
            }

            if (!TryLoad(out _library, out var name, out _suffix))
            {
                throw new DllNotFoundException("ICU was not found: BrochureGen needs the system's libicuuc.so.NN (Debian package libicuNN, which .NET itself needs), /usr/lib/libicucore.dylib on macOS or icu.dll on Windows 10");
            }

            LibraryName = name;
            ErrorName = (delegate* unmanaged[Cdecl]<int, sbyte*>)Export("u_errorName");
            GetVersion = (delegate* unmanaged[Cdecl]<byte*, void>)Export("u_getVersion");
            BreakOpen = (delegate* unmanaged[Cdecl]<int, sbyte*, char*, int, int*, IntPtr>)Export("ubrk_open");
            BreakSetText = (delegate* unmanaged[Cdecl]<IntPtr, char*, int, int*, void>)Export("ubrk_setText");
            BreakFirst = (delegate* unmanaged[Cdecl]<IntPtr, int>)Export("ubrk_first");
            BreakNext = (delegate* unmanaged[Cdecl]<IntPtr, int>)Export("ubrk_next");
            BreakRuleStatus = (delegate* unmanaged[Cdecl]<IntPtr, int>)Export("ubrk_getRuleStatus");
            BreakClose = (delegate* unmanaged[Cdecl]<IntPtr, void>)Export("ubrk_close");
            BidiOpenSized = (delegate* unmanaged[Cdecl]<int, int, int*, IntPtr>)Export("ubidi_openSized");
            BidiSetParagraph = (delegate* unmanaged[Cdecl]<IntPtr, char*, int, byte, byte*, int*, void>)Export("ubidi_setPara");
            BidiSetLine = (delegate* unmanaged[Cdecl]<IntPtr, int, int, IntPtr, int*, void>)Export("ubidi_setLine");
            BidiCountRuns = (delegate* unmanaged[Cdecl]<IntPtr, int*, int>)Export("ubidi_countRuns");
            BidiVisualRun = (delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int>)Export("ubidi_getVisualRun");
            BidiLevels = (delegate* unmanaged[Cdecl]<IntPtr, int*, byte*>)Export("ubidi_getLevels");
            BidiParagraphLevel = (delegate* unmanaged[Cdecl]<IntPtr, byte>)Export("ubidi_getParaLevel");
            BidiClose = (delegate* unmanaged[Cdecl]<IntPtr, void>)Export("ubidi_close");
            ScriptOf = (delegate* unmanaged[Cdecl]<int, int*, int>)Export("uscript_getScript");
            ScriptShortName = (delegate* unmanaged[Cdecl]<int, sbyte*>)Export("uscript_getShortName");
            _loaded = true;
        }
    }

    /// <summary>ICU's version, e.g. 72.1.0.</summary>
    public static string Version()
    {
        EnsureLoaded();
        var version = stackalloc byte[4];
        GetVersion(version);
        return $"{version[0]}.{version[1]}.{version[2]}";
    }

    /// <summary>Throws when an ICU status is a failure (positive); warnings (negative) pass.</summary>
    public static void Check(int status, string call)
    {
        if (status > 0)
        {
            throw new InvalidOperationException($"{call} failed: {Marshal.PtrToStringAnsi((IntPtr)ErrorName(status))} ({status})");
        }
    }

    private static IntPtr Export(string name) => NativeLibrary.GetExport(_library, name + _suffix);

    private static bool TryLoad(out IntPtr library, out string name, out string suffix)
    {
        suffix = string.Empty;
        if (OperatingSystem.IsWindows())
        {
            foreach (var candidate in new[] { "icu.dll", "icuuc.dll" })
            {
                if (NativeLibrary.TryLoad(candidate, typeof(IcuLibrary).Assembly, DllImportSearchPath.System32, out library))
                {
                    name = candidate;
                    return true;
                }
            }

            (library, name) = (0, string.Empty);
            return false;
        }

        if (OperatingSystem.IsMacOS())
        {
            name = "/usr/lib/libicucore.dylib";
            return NativeLibrary.TryLoad(name, out library);
        }

        // The newest libicuuc.so.NN first, as .NET's own globalization shim does.
        for (var major = 110; major >= 50; major--)
        {
            if (NativeLibrary.TryLoad($"libicuuc.so.{major}", out library))
            {
                name = $"libicuuc.so.{major}";
                suffix = NativeLibrary.TryGetExport(library, "u_strlen", out _) ? string.Empty : $"_{major}";
                return true;
            }
        }

        (library, name) = (0, string.Empty);
        return false;
    }
}
