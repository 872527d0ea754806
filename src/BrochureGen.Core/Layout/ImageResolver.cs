using BrochureGen.Diagnostics;

namespace BrochureGen.Layout;

/// <summary>
/// Finds the file of a figure: relative to the brochure's content folder, and never outside it,
/// so a template or translation cannot make the generator read arbitrary files.
/// </summary>
public sealed class ImageResolver(string contentFolder)
{
    private readonly string _root = Path.GetFullPath(contentFolder);

    public string Resolve(string source, SourceLocation location)
    {
        var path = Path.GetFullPath(Path.Combine(_root, source));
        var root = _root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar;
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ImageOutsideContent, $"image '{source}' refused: images must be inside the brochure's content folder", location));
        }

        if (!File.Exists(path))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ImageMissing, $"image '{source}' not found in the brochure's content folder", location));
        }

        if (ImageHeader.Read(path) is null)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ImageUnreadable, $"image '{source}' is not a readable PNG or JPEG file", location));
        }

        return path;
    }
}
