using System.Collections.Concurrent;
using BrochureGen.Content;
using BrochureGen.Diagnostics;

namespace BrochureGen.Layout.Fonts;

/// <summary>
/// Reads and parses each font file once per process (through <see cref="SafeFile"/>: inside the
/// templates folder, a regular file, at most <see cref="InputLimits.FontFileBytes"/>): editions of
/// one build share the same faces, and HarfBuzz shapes with the same bytes. What is read at first
/// is the tables layout measures with (<see cref="TrueTypeFont.Read"/>); the whole file only when
/// a backend asks for its bytes.
/// </summary>
public static class FontCache
{
    private static readonly ConcurrentDictionary<string, Lazy<TrueTypeFont>> Fonts = new(StringComparer.Ordinal);

    /// <summary>
    /// The font at <paramref name="fullPath"/>, which must stay inside <paramref name="root"/>;
    /// refusals are diagnostics at <paramref name="namedAt"/> (where a theme names the file),
    /// a corrupt font an <see cref="InvalidDataException"/>.
    /// </summary>
    public static TrueTypeFont Load(string fullPath, string root, SourceLocation? namedAt = null, string? name = null)
    {
        var lazy = Fonts.GetOrAdd(fullPath, path => new Lazy<TrueTypeFont>(() => SafeFile.ReadParts(
            path,
            root,
            FileKind.Font,
            (length, readAt) => TrueTypeFont.Read(length, readAt, () => SafeFile.ReadBytes(path, root, FileKind.Font, namedAt, name, pinned: true)),
            namedAt,
            name)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // Do not remember failures: the file may be fixed while a watch or test run goes on.
            Fonts.TryRemove(fullPath, out _);
            throw;
        }
    }

    /// <summary>
    /// The bytes of a font for HarfBuzz: those <see cref="Load"/> read, or — for a font loaded by
    /// path alone (tools, tests) — the file, read safely from its own folder.
    /// </summary>
    internal static byte[] Bytes(string fullPath) =>
        Fonts.TryGetValue(fullPath, out var lazy) && lazy.IsValueCreated
            ? lazy.Value.Data
            : SafeFile.ReadBytes(fullPath, Path.GetDirectoryName(fullPath)!, FileKind.Font);
}
