using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace BrochureGen.Rendering.Braille;

/// <summary>
/// The few liblouis calls the braille edition needs, bound at run time through function
/// pointers (no marshalling stubs, no reflection, so the Native AOT executable works too). The
/// one adapter for liblouis: what it needs worked around is contained here.
/// liblouis is the system library: Debian/Ubuntu <c>liblouis20</c> + <c>liblouis-data</c>
/// (soname <c>liblouis.so.20</c>), Homebrew <c>liblouis</c> on macOS (its tables are found at the
/// compiled-in path), and on Windows a 64-bit <c>liblouis.dll</c> beside the executable with its
/// <c>tables</c> folder named by the <c>LOUIS_TABLEPATH</c> environment variable (a Windows build
/// has no compiled-in table path). It is loaded only when a braille edition is written.
/// </summary>
internal static unsafe class LibLouis
{
    /// <summary>Typeform: write these characters uncontracted (grade 1), e.g. a web address in UEB.</summary>
    public const ushort NoContract = 0x1000;

    /// <summary>Typeform: write these characters in the table's computer braille, where the table defines it.</summary>
    public const ushort ComputerBraille = 0x0400;

    /// <summary>What to install when the library is missing, named in the warning.</summary>
    public const string InstallHint = "install liblouis (Debian/Ubuntu: apt-get install liblouis20 liblouis-data; macOS: brew install liblouis; Windows: liblouis.dll beside brochuregen.exe and LOUIS_TABLEPATH set to its tables folder)";

    // translationModes in liblouis.h: dotsIO|ucBrl returns Unicode braille (U+2800 + dots) whatever
    // the display table. A display table is not used because some tables put letters on the
    // virtual dot 9 (uk.utb: і, ї, є), which unicode.dis and en-us-brf.dis then leave untranslated;
    // in this mode liblouis drops the virtual dots and the letters come out right.
    private const int DotsIoUnicodeBraille = 4 | 64;

    // translationModes: noUndefined leaves out characters the tables do not define.
    private const int NoUndefined = 128;

    // liblouis.h logLevels: only errors reach the callback (tables print "Duplicate emphasis
    // class" warnings that are no use to a brochure's author).
    private const int LogLevelError = 40000;

    // liblouis keeps compiled tables in one global cache and is not thread-safe (liblouis#543);
    // editions are built in parallel, so every call is serialised here.
    private static readonly Lock Gate = new();
    private static readonly Lazy<IntPtr> Library = new(Load);
    private static int _charSize;
    private static string? _lastError;

    public static bool IsAvailable => Library.Value != IntPtr.Zero;

    /// <summary>liblouis's version, e.g. 3.24.0.</summary>
    public static string Version()
    {
        lock (Gate)
        {
            return Marshal.PtrToStringUTF8(((delegate* unmanaged[Cdecl]<IntPtr>)Export("lou_version"))()) ?? string.Empty;
        }
    }

    /// <summary>True when liblouis finds and compiles every table of <paramref name="tableList"/> (comma-separated).</summary>
    public static bool TablesExist(string tableList)
    {
        lock (Gate)
        {
            EnsureInitialised();
            var tables = Encoding.UTF8.GetBytes(tableList + "\0");
            fixed (byte* names = tables)
            {
                return ((delegate* unmanaged[Cdecl]<byte*, int>)Export("lou_checkTable"))(names) != 0;
            }
        }
    }

    /// <summary>
    /// Translates <paramref name="text"/> with the tables of <paramref name="tableList"/> and returns
    /// Unicode braille (U+2800–U+28FF). <paramref name="typeforms"/>, when given, holds one
    /// typeform per UTF-16 unit of the text (<see cref="NoContract"/>, <see cref="ComputerBraille"/>).
    /// </summary>
    /// With <paramref name="leaveOutUndefined"/>, characters the tables do not define are left
    /// out instead of written as <c>\xNNNN</c> escapes (which is how a caller finds them).
    public static string Translate(string text, string tableList, ReadOnlySpan<ushort> typeforms = default, bool leaveOutUndefined = false)
    {
        if (!typeforms.IsEmpty && typeforms.Length != text.Length)
        {
            throw new ArgumentException("one typeform per character of the text", nameof(typeforms));
        }

        lock (Gate)
        {
            EnsureInitialised();
            var (input, forms) = Encode(text, typeforms);
            var tables = Encoding.UTF8.GetBytes(tableList + "\0");
            var capacity = Math.Max(64, input.Length * 4);
            while (true)
            {
                var output = new uint[capacity];
                // liblouis may write into the typeform array, which must be as long as the larger buffer.
                var workForms = forms is null ? null : new ushort[Math.Max(capacity, input.Length)];
                forms?.CopyTo(workForms!, 0);
                var inputLength = input.Length;
                var outputLength = capacity;
                _lastError = null;
                int ok;
                if (_charSize == 4)
                {
                    fixed (byte* names = tables)
                    fixed (uint* inBuffer = input)
                    fixed (uint* outBuffer = output)
                    fixed (ushort* formBuffer = workForms)
                    {
                        ok = TranslateString(names, inBuffer, &inputLength, outBuffer, &outputLength, formBuffer, leaveOutUndefined ? DotsIoUnicodeBraille | NoUndefined : DotsIoUnicodeBraille);
                    }
                }
                else
                {
                    // A UTF-16 build (--enable-ucs4 not given): widechar is 2 bytes.
                    var narrowIn = input.Select(c => (ushort)c).ToArray();
                    var narrowOut = new ushort[capacity];
                    fixed (byte* names = tables)
                    fixed (ushort* inBuffer = narrowIn)
                    fixed (ushort* outBuffer = narrowOut)
                    fixed (ushort* formBuffer = workForms)
                    {
                        ok = TranslateString(names, inBuffer, &inputLength, outBuffer, &outputLength, formBuffer, leaveOutUndefined ? DotsIoUnicodeBraille | NoUndefined : DotsIoUnicodeBraille);
                    }

                    for (var i = 0; i < outputLength; i++)
                    {
                        output[i] = narrowOut[i];
                    }
                }

                if (ok == 0)
                {
                    throw new LibLouisException($"liblouis could not translate with the tables '{tableList}'{(_lastError is null ? string.Empty : ": " + _lastError)}");
                }

                // liblouis 3.24 reports success with output cut a few cells short when the buffer
                // fills (and may still claim all input was read), so a result is trusted only when
                // it used at most half the buffer.
                if (outputLength * 2 <= capacity && inputLength == input.Length)
                {
                    var result = new StringBuilder(outputLength);
                    for (var i = 0; i < outputLength; i++)
                    {
                        result.Append(char.ConvertFromUtf32((int)output[i]));
                    }

                    return result.ToString();
                }

                // A buffer 64 times the input is far more than any braille code needs; beyond it
                // liblouis is not going to finish, and growing on would only exhaust memory.
                if (capacity >= input.Length * 64)
                {
                    throw new LibLouisException($"liblouis did not finish translating with the tables '{tableList}' into a buffer {capacity} cells long");
                }

                capacity *= 2;
            }
        }
    }

    private static int TranslateString(byte* tables, void* input, int* inputLength, void* output, int* outputLength, ushort* typeforms, int mode) =>
        ((delegate* unmanaged[Cdecl]<byte*, void*, int*, void*, int*, ushort*, byte*, int, int>)Export("lou_translateString"))(tables, input, inputLength, output, outputLength, typeforms, null, mode);

    // The text as code points (liblouis's widechar), each with its typeform; a character outside
    // the BMP on a UTF-16 build of liblouis cannot be passed and becomes U+FFFD.
    private static (uint[] Input, ushort[]? Forms) Encode(string text, ReadOnlySpan<ushort> typeforms)
    {
        var input = new List<uint>(text.Length);
        var forms = typeforms.IsEmpty ? null : new List<ushort>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            input.Add(_charSize == 2 && codePoint > 0xFFFF ? 0xFFFD : (uint)codePoint);
            forms?.Add(typeforms[i]);
            if (codePoint > 0xFFFF)
            {
                i++;
            }
        }

        return (input.ToArray(), forms?.ToArray());
    }

    private static void EnsureInitialised()
    {
        if (_charSize != 0)
        {
            return;
        }

        // Without a callback liblouis prints its messages on stderr, in the middle of the build's output.
        ((delegate* unmanaged[Cdecl]<delegate* unmanaged[Cdecl]<int, sbyte*, void>, void>)Export("lou_registerLogCallback"))(&OnLog);
        ((delegate* unmanaged[Cdecl]<int, void>)Export("lou_setLogLevel"))(LogLevelError);
        _charSize = ((delegate* unmanaged[Cdecl]<int>)Export("lou_charSize"))();
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnLog(int level, sbyte* message)
    {
        // Called under Gate, on the translating thread: the last error explains a failed call.
        var text = Marshal.PtrToStringUTF8((IntPtr)message);
        _lastError = _lastError is null ? text : _lastError + "; " + text;
    }

    private static IntPtr Export(string name) =>
        IsAvailable ? NativeLibrary.GetExport(Library.Value, name) : throw new DllNotFoundException($"liblouis was not found: {InstallHint}");

    private static IntPtr Load()
    {
        // dlopen does not search Homebrew's folder on Apple silicon, so macOS probes full paths.
        string[] candidates = OperatingSystem.IsWindows() ? ["liblouis.dll", "liblouis-20.dll"]
            : OperatingSystem.IsMacOS() ? ["/opt/homebrew/lib/liblouis.20.dylib", "/usr/local/lib/liblouis.20.dylib", "liblouis.20.dylib", "liblouis.dylib"]
            : ["liblouis.so.20"];   // not the unversioned liblouis.so: another ABI may lack our exports
        foreach (var candidate in candidates)
        {
            if (NativeLibrary.TryLoad(candidate, typeof(LibLouis).Assembly, null, out var library))
            {
                return library;
            }
        }

        return IntPtr.Zero;
    }
}
