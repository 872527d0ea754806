using BrochureGen.Diagnostics;

namespace BrochureGen.Build;

/// <summary>
/// Makes sure every folder a build will write to can be written before any edition is built:
/// an unwritable <c>--output</c> is then one error up front, not the same error once per edition
/// after all the work of laying them out. The check leaves nothing behind (a build whose
/// editions all fail must not create the output folder), so a folder that does not exist yet is
/// judged by the nearest folder above it that does.
/// </summary>
public static class OutputFolderCheck
{
    /// <summary>The error for the first folder that cannot be written (the output folder, then each brochure's), or null.</summary>
    public static Diagnostic? Check(string outputRoot, IEnumerable<string> brochureIds)
    {
        var folders = brochureIds.Distinct(StringComparer.Ordinal).Select(id => Path.Combine(outputRoot, id)).Prepend(outputRoot);
        foreach (var folder in folders)
        {
            if (Problem(Path.GetFullPath(folder)) is { } problem)
            {
                return Diagnostic.Error(DiagnosticCodes.OutputFailed, $"cannot write to the output folder, so no edition was built: {problem}", SourceLocation.InFile(DisplayPath.For(folder)));
            }
        }

        return null;
    }

    private static string? Problem(string folder)
    {
        for (var path = folder; !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                return $"'{DisplayPath.For(path)}' is a file, not a folder";
            }

            if (Directory.Exists(path))
            {
                return AcceptsNewFiles(path) ? null : path == folder
                    ? $"'{DisplayPath.For(path)}' does not accept new files"
                    : $"it cannot be created in '{DisplayPath.For(path)}', which does not accept new files";
            }
        }

        return null;
    }

    // Creating a file, the way AtomicFileWriter creates its temporary files, is the only sure
    // test: permissions, read-only mounts and pseudo file systems such as /proc all refuse it.
    private static bool AcceptsNewFiles(string folder)
    {
        try
        {
            using (new FileStream(Path.Combine(folder, $".brochuregen-write-check.{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose))
            {
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
