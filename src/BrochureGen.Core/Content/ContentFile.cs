using System.Text;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>Reads an input text file through <see cref="SafeFile"/>: strict UTF-8, its kind's size limit, the byte order mark dropped.</summary>
public static class ContentFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a text file that must stay inside <paramref name="root"/>; <paramref name="displayPath"/> names it in diagnostics.</summary>
    public static string ReadText(string path, string displayPath, string root, FileKind kind)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new BrochureException(Diagnostic.Error(kind.MissingCode, "file not found", SourceLocation.InFile(displayPath)));
        }

        var bytes = SafeFile.ReadBytes(path, root, kind, SourceLocation.InFile(displayPath), displayPath);
        return Decode(bytes, displayPath);
    }

    /// <summary>The text of UTF-8 bytes; invalid UTF-8 is an error at its line.</summary>
    public static string Decode(byte[] bytes, string displayPath)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(ex.Index, 0, bytes.Length)).Count((byte)'\n');
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.YamlSyntax, $"the file is not valid UTF-8 (byte offset {ex.Index}); save it as UTF-8", new SourceLocation(displayPath, line, 0)));
        }
    }
}
