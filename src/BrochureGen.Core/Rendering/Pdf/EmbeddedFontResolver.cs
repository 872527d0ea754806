using System.Collections.Concurrent;
using BrochureGen.Layout.Fonts;
using PdfSharp.Fonts;

namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// Hands PDFsharp the theme's font files. PDFsharp has one resolver per process, so faces are
/// registered by file path (the family name the renderer asks for) and stay for the process.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly Lock SetupLock = new();
    private static EmbeddedFontResolver? _instance;
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    public static EmbeddedFontResolver Instance
    {
        get
        {
            lock (SetupLock)
            {
                if (_instance is null)
                {
                    _instance = new EmbeddedFontResolver();
                    GlobalFontSettings.FontResolver = _instance;
                }

                return _instance;
            }
        }
    }

    /// <summary>Registers a face and returns the family name to create an <c>XFont</c> with.</summary>
    public string Register(FontFace face)
    {
        _faces.TryAdd(face.FilePath, face.Font.Data);
        return face.FilePath;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var data) ? data : null;
}
