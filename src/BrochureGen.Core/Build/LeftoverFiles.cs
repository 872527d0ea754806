using BrochureGen.Diagnostics;

namespace BrochureGen.Build;

/// <summary>
/// Clears what interrupted builds left in an output folder (kill -9, a crash, a full disk):
/// first every edition they were publishing is rolled back to its earlier files
/// (<see cref="AtomicFileSet.RollBack"/>), then their temporary files (<c>.*.tmp</c>,
/// <see cref="AtomicFileWriter.IsTemporary"/>) are deleted. Only those names, and only in the
/// output folder and the folders inside it: a link to a folder elsewhere is not followed. Run by
/// the holder of the folder's lock (<see cref="OutputSession"/>), so no other build is writing
/// the files it deletes.
/// </summary>
public static class LeftoverFiles
{
    /// <summary>The number of files removed or put back; throws <see cref="BrochureException"/> (BG0605) naming a file it cannot clear.</summary>
    public static int Clear(string outputRoot)
    {
        const string Looking = "cannot look for what interrupted builds left in the output folder";
        List<string> folders = [];
        List<string> journals = [];
        Try(outputRoot, () => folders = Folders(Path.GetFullPath(outputRoot)).ToList(), Looking);
        Try(outputRoot, () => journals = folders.SelectMany(f => Files(f, AtomicFileSet.IsJournal)).ToList(), Looking);
        var cleared = journals.Count;
        foreach (var journal in journals)
        {
            Try(journal, () => AtomicFileSet.RollBack(journal), "cannot put back the earlier files of an edition an interrupted build was writing");
        }

        List<string> temporaries = [];
        Try(outputRoot, () => temporaries = folders.SelectMany(f => Files(f, AtomicFileWriter.IsTemporary)).ToList(), Looking);
        foreach (var temporary in temporaries)
        {
            Try(temporary, () => File.Delete(temporary), "cannot delete this temporary file an interrupted build left");
            cleared++;
        }

        return cleared;
    }

    private static void Try(string path, Action clear, string problem)
    {
        try
        {
            clear();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.PublishIncomplete, $"{problem}, so nothing was built: {ex.Message}", SourceLocation.InFile(DisplayPath.For(path))));
        }
    }

    // Dot files are "hidden" to .NET, which skips them by default; links are skipped instead.
    private static readonly EnumerationOptions Entries = new() { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };

    private static IEnumerable<string> Folders(string root)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var folder))
        {
            yield return folder;
            foreach (var inside in Directory.EnumerateDirectories(folder, "*", Entries))
            {
                pending.Push(inside);
            }
        }
    }

    private static IEnumerable<string> Files(string folder, Func<string, bool> named) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { AttributesToSkip = 0 }).Where(f => named(Path.GetFileName(f)));
}
