using System.Runtime.InteropServices;

namespace BrochureGen.Text.Shaping;

/// <summary>
/// Cuts a TrueType font down to what a document uses, with HarfBuzz's subsetter (the
/// <c>hb_subset</c> C API that the HarfBuzzSharp native library exports; HarfBuzzSharp itself
/// wraps no subsetting). Two cuts: for the PDF, by glyph (ids kept, so the PDF's CIDToGIDMap can
/// name glyphs by their ids in the original font; layout tables dropped, since shaping has
/// happened); for the web, by character, keeping the layout tables (GSUB/GPOS),
/// because a browser shapes the text itself (Arabic joining, Devanagari conjuncts).
/// </summary>
public static unsafe class FontSubset
{
    private const uint NoHinting = 0x1;
    private const uint RetainGlyphIds = 0x2;
    private const uint DropTables = 3;

    private static readonly Lock Gate = new();
    private static IntPtr _library;

    /// <summary>For the PDF: these glyphs, ids kept, layout tables dropped.</summary>
    public static byte[] Create(ShapingFont font, IEnumerable<uint> glyphs) =>
        Subset(font, (library, input) =>
        {
            var glyphSet = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)NativeLibrary.GetExport(library, "hb_subset_input_glyph_set");
            var inputSet = (delegate* unmanaged[Cdecl]<IntPtr, uint, IntPtr>)NativeLibrary.GetExport(library, "hb_subset_input_set");
            var setAdd = (delegate* unmanaged[Cdecl]<IntPtr, uint, void>)NativeLibrary.GetExport(library, "hb_set_add");
            var setFlags = (delegate* unmanaged[Cdecl]<IntPtr, uint, void>)NativeLibrary.GetExport(library, "hb_subset_input_set_flags");
            var set = glyphSet(input);
            setAdd(set, 0);
            foreach (var glyph in glyphs)
            {
                setAdd(set, glyph);
            }

            var drop = inputSet(input, DropTables);
            foreach (var table in new[] { "GSUB", "GPOS", "GDEF", "kern", "BASE", "JSTF", "DSIG", "morx", "mort" })
            {
                setAdd(drop, (uint)((table[0] << 24) | (table[1] << 16) | (table[2] << 8) | table[3]));
            }

            setFlags(input, RetainGlyphIds);
        });

    /// <summary>For a browser: the glyphs of these characters and what shaping can turn them into, layout tables kept, hinting dropped.</summary>
    public static byte[] ForWeb(ShapingFont font, IEnumerable<int> codePoints) =>
        Subset(font, (library, input) =>
        {
            var unicodeSet = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)NativeLibrary.GetExport(library, "hb_subset_input_unicode_set");
            var setAdd = (delegate* unmanaged[Cdecl]<IntPtr, uint, void>)NativeLibrary.GetExport(library, "hb_set_add");
            var setFlags = (delegate* unmanaged[Cdecl]<IntPtr, uint, void>)NativeLibrary.GetExport(library, "hb_subset_input_set_flags");
            var set = unicodeSet(input);
            foreach (var codePoint in codePoints)
            {
                setAdd(set, (uint)codePoint);
            }

            setFlags(input, NoHinting);
        });

    private static byte[] Subset(ShapingFont font, Action<IntPtr, IntPtr> configure)
    {
        var library = Library();
        var create = (delegate* unmanaged[Cdecl]<IntPtr>)NativeLibrary.GetExport(library, "hb_subset_input_create_or_fail");
        var subset = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr>)NativeLibrary.GetExport(library, "hb_subset_or_fail");
        var faceBlob = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)NativeLibrary.GetExport(library, "hb_face_reference_blob");
        var blobData = (delegate* unmanaged[Cdecl]<IntPtr, uint*, byte*>)NativeLibrary.GetExport(library, "hb_blob_get_data");
        var blobDestroy = (delegate* unmanaged[Cdecl]<IntPtr, void>)NativeLibrary.GetExport(library, "hb_blob_destroy");
        var faceDestroy = (delegate* unmanaged[Cdecl]<IntPtr, void>)NativeLibrary.GetExport(library, "hb_face_destroy");
        var inputDestroy = (delegate* unmanaged[Cdecl]<IntPtr, void>)NativeLibrary.GetExport(library, "hb_subset_input_destroy");

        var input = create();
        if (input == 0)
        {
            throw new InvalidOperationException("hb_subset_input_create_or_fail failed");
        }

        try
        {
            configure(library, input);
            var result = subset(font.Face.Handle, input);
            if (result == 0)
            {
                throw new InvalidOperationException($"HarfBuzz could not subset {Path.GetFileName(font.FilePath)}");
            }

            try
            {
                var blob = faceBlob(result);
                uint length;
                var data = blobData(blob, &length);
                var bytes = new ReadOnlySpan<byte>(data, (int)length).ToArray();
                blobDestroy(blob);
                GC.KeepAlive(font);
                return bytes;
            }
            finally
            {
                faceDestroy(result);
            }
        }
        finally
        {
            inputDestroy(input);
        }
    }

    private static IntPtr Library()
    {
        lock (Gate)
        {
            if (_library == 0)
            {
                _library = NativeLibrary.Load("libHarfBuzzSharp", typeof(HarfBuzzSharp.Font).Assembly, null);
            }

            return _library;
        }
    }
}
