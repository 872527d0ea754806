using System.Runtime.InteropServices;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document uses, with HarfBuzz's subsetter (the
/// <c>hb_subset</c> C API that the HarfBuzzSharp native library exports; HarfBuzzSharp itself
/// wraps no subsetting). Glyph ids are kept, so the PDF can name glyphs by their ids in the
/// original font (CIDToGIDMap Identity); layout tables go, since shaping has happened.
/// </summary>
internal static unsafe class FontSubset
{
    private const uint RetainGlyphIds = 0x2;
    private const uint DropTables = 3;

    private static readonly Lock Gate = new();
    private static IntPtr _library;

    public static byte[] Create(string fontPath, IEnumerable<uint> glyphs)
    {
        var font = ShapingFont.Load(fontPath);
        var library = Library();
        var create = (delegate* unmanaged[Cdecl]<IntPtr>)NativeLibrary.GetExport(library, "hb_subset_input_create_or_fail");
        var glyphSet = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)NativeLibrary.GetExport(library, "hb_subset_input_glyph_set");
        var inputSet = (delegate* unmanaged[Cdecl]<IntPtr, uint, IntPtr>)NativeLibrary.GetExport(library, "hb_subset_input_set");
        var setAdd = (delegate* unmanaged[Cdecl]<IntPtr, uint, void>)NativeLibrary.GetExport(library, "hb_set_add");
        var setFlags = (delegate* unmanaged[Cdecl]<IntPtr, uint, void>)NativeLibrary.GetExport(library, "hb_subset_input_set_flags");
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
            var result = subset(font.Face.Handle, input);
            if (result == 0)
            {
                throw new InvalidOperationException($"HarfBuzz could not subset {Path.GetFileName(fontPath)}");
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
