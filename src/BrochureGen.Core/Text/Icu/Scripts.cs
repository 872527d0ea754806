using System.Runtime.InteropServices;

namespace BrochureGen.Text.Icu;

/// <summary>The writing system of a character (ISO 15924 code, e.g. Latn, Arab, Deva, Hang), from ICU.</summary>
public static class Scripts
{
    /// <summary>Characters shared by every script (digits, punctuation, spaces).</summary>
    public const string Common = "Zyyy";

    /// <summary>Combining marks that take the script of the character they follow.</summary>
    public const string Inherited = "Zinh";

    public static unsafe string Of(int codePoint)
    {
        IcuLibrary.EnsureLoaded();
        var status = 0;
        var code = IcuLibrary.ScriptOf(codePoint, &status);
        IcuLibrary.Check(status, "uscript_getScript");
        return Marshal.PtrToStringAnsi((IntPtr)IcuLibrary.ScriptShortName(code)) ?? Common;
    }

    /// <summary>True for scripts written right to left.</summary>
    public static bool IsRightToLeft(string script) => script is "Arab" or "Hebr" or "Syrc" or "Thaa" or "Nkoo" or "Adlm" or "Rohg";
}
