using System.Collections.Concurrent;

namespace BrochureGen.Layout.Fonts;

/// <summary>Parses each font file once per process: editions of one build share the same faces.</summary>
public static class FontCache
{
    private static readonly ConcurrentDictionary<string, Lazy<TrueTypeFont>> Fonts = new(StringComparer.Ordinal);

    public static TrueTypeFont Load(string fullPath)
    {
        var lazy = Fonts.GetOrAdd(fullPath, path => new Lazy<TrueTypeFont>(() => TrueTypeFont.Parse(File.ReadAllBytes(path))));
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
}
