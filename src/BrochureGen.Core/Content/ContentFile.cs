using System.Text;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>Reads an input text file: strict UTF-8, a size limit, the byte order mark dropped.</summary>
public static class ContentFile
{
    /// <summary>The largest YAML or Markdown input a brochure needs, with room to spare.</summary>
    public const int DefaultMaximumBytes = 1_000_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadText(string path, string displayPath, int maximumBytes = DefaultMaximumBytes)
    {
        if (!File.Exists(path))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ContentFileMissing, "file not found", SourceLocation.InFile(displayPath)));
        }

        var length = new FileInfo(path).Length;
        if (length > maximumBytes)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ContentLimit, $"the file is {length:N0} bytes; an input file may have at most {maximumBytes:N0}", SourceLocation.InFile(displayPath)));
        }

        var bytes = File.ReadAllBytes(path);
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
