using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace BrochureGen.Text.Shaping;

/// <summary>
/// A font file loaded once per process for HarfBuzz. HarfBuzz reads the very bytes the caller
/// gives (the font cache's array, read once): pinned for as long as the blob lives, so the
/// garbage collector can never move them under HarfBuzz, and never copied — a copy per reader
/// held every font of a catalogue build two or three times over (22 MB of native copies).
/// Blob, face and font are immutable once built and shared by every thread of a build;
/// positions come back in font units.
/// </summary>
public sealed class ShapingFont
{
    private static readonly ConcurrentDictionary<string, Lazy<ShapingFont>> Loaded = new(StringComparer.Ordinal);

    private ShapingFont(string path, Func<string, byte[]> read)
    {
        FilePath = path;
        var bytes = read(path);
        var pin = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        var blob = new Blob(pin.AddrOfPinnedObject(), bytes.Length, MemoryMode.ReadOnly, pin.Free);
        blob.MakeImmutable();
        Face = new Face(blob, 0);
        Face.MakeImmutable();
        UnitsPerEm = Face.UnitsPerEm;
        Font = new Font(Face);
        Font.SetFunctionsOpenType();
        Font.SetScale(UnitsPerEm, UnitsPerEm);
    }

    public string FilePath { get; }

    public int UnitsPerEm { get; }

    internal Face Face { get; }

    internal Font Font { get; }

    /// <summary>
    /// The font of a file, loaded on first use and shared afterwards. <paramref name="read"/> gives
    /// its bytes: the caller decides how a font file may be read (layout reads it safely, inside
    /// the templates folder, and shares the bytes it parsed), so text shaping names no later stage.
    /// </summary>
    public static ShapingFont Load(string path, Func<string, byte[]> read) =>
        Loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<ShapingFont>(() => new ShapingFont(p, read))).Value;

    /// <summary>The glyph of a character, or false when the font lacks it (font fallback asks this).</summary>
    public bool TryGetGlyph(int codePoint, out uint glyph) => Font.TryGetGlyph((uint)codePoint, out glyph);

    public override string ToString() => Path.GetFileName(FilePath);
}
