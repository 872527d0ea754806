using System.Text;
using BrochureGen.Diagnostics;

namespace BrochureGen.Build;

/// <summary>
/// Publishes the files of one edition together: once it returns or fails, and for the next
/// build even after a crash, the folder holds all of the edition's new files or all of its old
/// ones, never a mix.
/// </summary>
/// <remarks>
/// <para>
/// Temporary files beside their targets rather than a staging folder: the editions of every
/// locale share <c>output/&lt;id&gt;/</c> (the layout the README promises and the gallery links
/// to), so no single rename of a folder could swap one edition, and the files are renamed one by
/// one either way. A temporary file in its target's own folder is on the same file system, so
/// each rename is atomic and a web server publishing the folder never finds a file missing.
/// </para>
/// <list type="number">
/// <item>Stage: every file's bytes go to <c>.NAME.ID.tmp</c>, flushed to disk. A failure here (a
/// full disk) deletes them, and nothing has changed.</item>
/// <item>Journal: <c>.publish.ID.tmp</c> names the files and whether each replaces one; it is
/// flushed and ends in a line <c>end</c>.</item>
/// <item>Commit: each temporary file is renamed over its target. <see cref="File.Replace(string, string, string)"/>
/// keeps the target's old bytes as <c>.NAME.ID.old.tmp</c>, a hard link: no copy, and no space
/// needed on a full disk.</item>
/// <item>Deleting the journal publishes the edition; the old bytes are deleted after that.</item>
/// </list>
/// <para>
/// A failure in step 3 rolls back from the journal (<see cref="RollBack"/>); so does the next build
/// when the process died in step 3 (kill -9, a crash; see <see cref="LeftoverFiles"/>).
/// </para>
/// </remarks>
public static class AtomicFileSet
{
    /// <summary>
    /// Writes every file of <paramref name="files"/> (all in one folder) or none: on failure the
    /// folder holds what it held before and the exception is rethrown. Throws
    /// <see cref="BrochureException"/> (BG0605) if even the rollback failed.
    /// </summary>
    public static void Write(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var staged = Stage(files);
        try
        {
            while (staged.RenameNext())
            {
            }

            staged.Publish();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            staged.Undo(ex);
            throw;
        }
    }

    /// <summary>Steps 1 and 2: every file staged and the journal written, nothing renamed yet. On failure nothing is left and the exception is rethrown.</summary>
    internal static Staged Stage(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var paths = files.Select(f => Path.GetFullPath(f.Path)).ToList();
        var folder = Path.GetDirectoryName(paths[0])!;
        if (paths.Any(p => Path.GetDirectoryName(p) != folder))
        {
            throw new ArgumentException("the files of one set must share a folder", nameof(files));
        }

        var id = AtomicFileWriter.NewId();
        var staged = new List<string>();
        var journal = JournalPath(folder, id);
        try
        {
            staged.AddRange(AtomicFileWriter.StageAll(paths.Zip(files.Select(f => f.Bytes)).ToList(), id));

            // Decided once, for the journal and the commit alike: which targets have bytes to keep.
            var replaces = paths.Select(File.Exists).ToList();
            WriteJournal(journal, id, paths.Zip(replaces, (path, replace) => (Path.GetFileName(path), replace)));
            return new Staged(folder, id, paths, replaces, journal);
        }
        catch
        {
            staged.ForEach(AtomicFileWriter.TryDelete);
            AtomicFileWriter.TryDelete(journal);
            throw;
        }
    }

    /// <summary>An edition staged and journaled (steps 1 and 2), being committed (steps 3 and 4).</summary>
    internal sealed class Staged(string folder, string id, IReadOnlyList<string> paths, IReadOnlyList<bool> replaces, string journal)
    {
        private int _renamed;

        /// <summary>Step 3 for the next file: renames it into place; false when every file is.</summary>
        public bool RenameNext()
        {
            if (_renamed == paths.Count)
            {
                return false;
            }

            var path = paths[_renamed];
            var temporary = AtomicFileWriter.TemporaryPath(path, id);
            if (replaces[_renamed])
            {
                File.Replace(temporary, path, OldPath(path, id));
            }
            else
            {
                File.Move(temporary, path);
            }

            _renamed++;
            return true;
        }

        /// <summary>Step 4: deleting the journal publishes the files; then the old bytes go.</summary>
        public void Publish()
        {
            File.Delete(journal);
            foreach (var path in paths)
            {
                AtomicFileWriter.TryDelete(OldPath(path, id));
            }
        }

        /// <summary>After <paramref name="failure"/> in step 3 or 4: puts the earlier files back.</summary>
        public void Undo(Exception failure)
        {
            try
            {
                if (File.Exists(journal))
                {
                    RollBack(journal);
                }
            }
            catch (Exception undo) when (undo is IOException or UnauthorizedAccessException or FormatException)
            {
                // The journal, the temporary files and the old bytes all stay: the next build
                // rolls back from them before it writes anything.
                throw new BrochureException(Diagnostic.Error(
                    DiagnosticCodes.PublishIncomplete,
                    $"writing the files failed ({failure.Message}), and so did putting the earlier files back ({undo.Message}); the next build into this folder puts them back before it writes anything ({Path.GetFileName(journal)})",
                    SourceLocation.InFile(DisplayPath.For(folder))));
            }

            // What was never renamed, and the old bytes of a replacement that stopped half-way.
            foreach (var path in paths)
            {
                AtomicFileWriter.TryDelete(AtomicFileWriter.TemporaryPath(path, id));
                AtomicFileWriter.TryDelete(OldPath(path, id));
            }
        }
    }

    /// <summary>Whether a file is a journal of <see cref="Write"/> (one a publication left unfinished, when found by a later build).</summary>
    public static bool IsJournal(string fileName) => fileName.StartsWith(JournalPrefix, StringComparison.Ordinal) && AtomicFileWriter.IsTemporary(fileName);

    /// <summary>
    /// Undoes the publication <paramref name="journal"/> describes and deletes the journal: a target
    /// already replaced gets its old bytes back, a target that is new is deleted, a target whose
    /// temporary file is still there was never touched. A journal without its last line was never
    /// acted on. Leaves the temporary files for the caller to delete.
    /// </summary>
    internal static void RollBack(string journal)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(journal))!;
        var lines = File.ReadAllLines(journal, Encoding.UTF8);
        if (lines.Length >= 2 && lines[^1] == End && lines[0].StartsWith(Header, StringComparison.Ordinal))
        {
            var id = lines[0][Header.Length..];
            foreach (var line in lines[1..^1])
            {
                var (replaced, name) = Parse(line);
                var path = Path.Combine(folder, name);
                if (File.Exists(AtomicFileWriter.TemporaryPath(path, id)))
                {
                    continue;
                }

                if (replaced)
                {
                    File.Move(OldPath(path, id), path, overwrite: true);
                }
                else
                {
                    File.Delete(path);
                }
            }
        }

        File.Delete(journal);
    }

    private const string JournalPrefix = ".publish.";
    private const string Header = "brochuregen publish ";
    private const string End = "end";

    private static string JournalPath(string folder, string id) => AtomicFileWriter.TemporaryPath(Path.Combine(folder, JournalPrefix[1..^1]), id);

    private static string OldPath(string path, string id) => AtomicFileWriter.TemporaryPath(path, id, "old");

    private static void WriteJournal(string journal, string id, IEnumerable<(string Name, bool Replaces)> files)
    {
        var text = new StringBuilder().Append(Header).Append(id).Append('\n');
        foreach (var (name, replaces) in files)
        {
            text.Append(replaces ? "replace\t" : "new\t").Append(name).Append('\n');
        }

        text.Append(End).Append('\n');
        using var stream = new FileStream(journal, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
        stream.Flush(flushToDisk: true);
    }

    // A journal found on disk is read as data: a name that is not a plain file name of its own
    // folder is refused, so a rollback never touches a file elsewhere.
    private static (bool Replaced, string Name) Parse(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var kind = tab < 0 ? string.Empty : line[..tab];
        var name = tab < 0 ? string.Empty : line[(tab + 1)..];
        if (kind is not ("replace" or "new") || name is "" or "." or ".." || name.IndexOfAny(['/', '\\', '\0']) >= 0)
        {
            throw new FormatException($"'{line}' is not a line of a publication journal");
        }

        return (kind == "replace", name);
    }
}
