using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>
/// What an input file is for: the folder it must stay inside, its size limit (from
/// <see cref="InputLimits"/>) and the diagnostic codes of its refusals, so that a refused image
/// is an image diagnostic and a refused font a font diagnostic. <see cref="SafeFile"/> opens
/// every kind the same way.
/// </summary>
public sealed record FileKind(
    string Noun,
    string FolderName,
    long MaximumBytes,
    string MissingCode,
    string OutsideCode,
    string NotRegularCode,
    string TooLargeCode,
    string UnreadableCode)
{
    private const string BrochureFolder = "the brochure's content folder";
    private const string TemplatesFolder = "the templates folder";

    /// <summary><c>brochure.yaml</c> and the locale files, inside the brochure's folder.</summary>
    public static readonly FileKind Content = new("content file", BrochureFolder, InputLimits.ContentFileBytes, DiagnosticCodes.ContentFileMissing, DiagnosticCodes.FileOutsideFolder, DiagnosticCodes.FileNotRegular, DiagnosticCodes.ContentLimit, DiagnosticCodes.FileUnreadable);

    /// <summary>A figure's PNG or JPEG, inside the brochure's folder.</summary>
    public static readonly FileKind Image = new("image", BrochureFolder, InputLimits.ImageFileBytes, DiagnosticCodes.ImageMissing, DiagnosticCodes.ImageOutsideContent, DiagnosticCodes.ImageNotRegular, DiagnosticCodes.ImageTooLarge, DiagnosticCodes.ImageUnreadable);

    /// <summary>A Scriban template or an included partial, inside the templates folder.</summary>
    public static readonly FileKind Template = new("template", TemplatesFolder, InputLimits.TemplateFileBytes, DiagnosticCodes.TemplateNotFound, DiagnosticCodes.FileOutsideFolder, DiagnosticCodes.FileNotRegular, DiagnosticCodes.FileTooLarge, DiagnosticCodes.FileUnreadable);

    /// <summary>A theme or layout file, inside the templates folder.</summary>
    public static readonly FileKind Design = new("theme or layout file", TemplatesFolder, InputLimits.DesignFileBytes, DiagnosticCodes.ThemeInvalid, DiagnosticCodes.FileOutsideFolder, DiagnosticCodes.FileNotRegular, DiagnosticCodes.FileTooLarge, DiagnosticCodes.FileUnreadable);

    /// <summary>A font a theme names, inside the templates folder.</summary>
    public static readonly FileKind Font = new("font file", TemplatesFolder, InputLimits.FontFileBytes, DiagnosticCodes.FontInvalid, DiagnosticCodes.FontFileOutside, DiagnosticCodes.FontFileNotRegular, DiagnosticCodes.FontFileTooLarge, DiagnosticCodes.FontFileUnreadable);

    /// <summary>
    /// An XLIFF file named on the command line (<c>xliff import</c>): wherever the user keeps it
    /// (its root is its own folder), but a regular file within its limit like every input.
    /// </summary>
    public static readonly FileKind Xliff = new("XLIFF file", "its folder", InputLimits.XliffFileBytes, DiagnosticCodes.XliffUnreadable, DiagnosticCodes.XliffUnreadable, DiagnosticCodes.XliffUnreadable, DiagnosticCodes.XliffUnreadable, DiagnosticCodes.XliffUnreadable);

    /// <summary>A printing condition's ICC output profile, inside the templates folder.</summary>
    public static readonly FileKind Profile = new("colour profile", TemplatesFolder, InputLimits.ProfileFileBytes, DiagnosticCodes.ThemeInvalid, DiagnosticCodes.FileOutsideFolder, DiagnosticCodes.FileNotRegular, DiagnosticCodes.FileTooLarge, DiagnosticCodes.FileUnreadable);
}
