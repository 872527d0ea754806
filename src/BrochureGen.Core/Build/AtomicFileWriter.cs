namespace BrochureGen.Build;

/// <summary>
/// Writes a file so that readers only ever see the old or the new content: the bytes go to a
/// temporary file in the same folder, which is then renamed over the target. Every temporary
/// file a build makes in the output folder is named <c>.NAME.ID.tmp</c> (<see cref="IsTemporary"/>),
/// so the next build can tell what an interrupted one left (<see cref="LeftoverFiles"/>).
/// </summary>
public static class AtomicFileWriter
{
    /// <summary>Writes the file unless it already holds exactly these bytes, so an unchanged file keeps its date.</summary>
    public static void WriteIfChanged(string path, byte[] bytes, bool durable = true)
    {
        var existing = new FileInfo(path);
        if (existing.Exists && existing.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        Write(path, bytes, durable);
    }

    /// <summary>
    /// Writes the file atomically; <paramref name="durable"/> false skips the flush to disk, for a
    /// note that only matters while this process runs (a power loss may leave it empty, never
    /// half-written).
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes, bool durable = true)
    {
        var temporary = durable ? Stage(path, bytes, NewId()) : StageAll([(path, bytes.ToArray())], NewId(), flush: false)[0];
        try
        {
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>A fresh id for temporary names: unique, so two writers never share a temporary file.</summary>
    internal static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>The temporary name of <paramref name="path"/> with <paramref name="id"/> and an optional role (<c>old</c>): <c>.NAME.ID[.ROLE].tmp</c>, beside it.</summary>
    internal static string TemporaryPath(string path, string id, string? role = null)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{id}{(role is null ? string.Empty : "." + role)}{Suffix}");
    }

    /// <summary>Whether a file name is one of the temporary names above (<c>.*.tmp</c>).</summary>
    public static bool IsTemporary(string fileName) =>
        fileName.Length > 1 + Suffix.Length && fileName[0] == '.' && fileName.EndsWith(Suffix, StringComparison.Ordinal);

    /// <summary>
    /// Writes <paramref name="bytes"/> to the temporary file of <paramref name="path"/> and flushes
    /// it to disk, so that a rename publishes complete bytes even after a power loss. A failure
    /// (a full disk) deletes the temporary file and leaves the target as it was.
    /// </summary>
    internal static string Stage(string path, ReadOnlySpan<byte> bytes, string id) => StageAll([(path, bytes.ToArray())], id)[0];

    /// <summary>
    /// <see cref="Stage"/> for several files: every file is written first and then all are flushed
    /// to disk at once, each on a thread of its own, so the file system commits them together
    /// (one journal commit instead of one per file: an edition's fourteen files cost about one
    /// flush, not fourteen). On failure none is left.
    /// </summary>
    internal static IReadOnlyList<string> StageAll(IReadOnlyList<(string Path, byte[] Bytes)> files, string id, bool flush = true)
    {
        var temporaries = new List<string>();
        var streams = new List<FileStream>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                var temporary = TemporaryPath(path, id);
                var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                temporaries.Add(temporary);
                streams.Add(stream);
                stream.Write(bytes);
            }

            if (flush)
            {
                FlushToDisk(streams);
            }

            return temporaries;
        }
        catch
        {
            streams.ForEach(s => s.Dispose());
            temporaries.ForEach(TryDelete);
            throw;
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    // Dedicated threads, not the pool's: a flush blocks, and the pool would run two at a time.
    private static void FlushToDisk(List<FileStream> streams)
    {
        if (streams.Count == 1)
        {
            streams[0].Flush(flushToDisk: true);
            return;
        }

        var flushes = streams.Select(s => Task.Factory.StartNew(() => s.Flush(flushToDisk: true), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        try
        {
            Task.WaitAll(flushes);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault() is IOException or UnauthorizedAccessException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>Deletes a temporary file if it can; one that stays is removed by the next build, and the error that matters is the one being reported.</summary>
    internal static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private const string Suffix = ".tmp";
}
