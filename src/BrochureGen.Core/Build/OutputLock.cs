using System.Diagnostics;
using System.Globalization;
using BrochureGen.Diagnostics;

namespace BrochureGen.Build;

/// <summary>
/// The lock that makes one process at a time the writer of an output folder:
/// <c>output/.brochuregen.lock</c>, held open for exclusive use (on Unix an advisory
/// <c>flock</c>, on Windows a sharing mode). The system releases it when its process ends,
/// however it ends, so a build killed with kill -9 leaves no stale lock behind.
/// </summary>
/// <remarks>
/// A file locked that way cannot be read by anyone else, so who holds it is written beside it,
/// in <c>.brochuregen.lock.owner</c>, for the message of a build that has to wait. The lock file
/// itself is never deleted: a waiting build may already have opened it, and would then hold a lock
/// on a file no longer in the folder while a third build created and locked a new one.
/// </remarks>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".brochuregen.lock";

    /// <summary>How long a build waits for another one by default: longer than a whole catalogue takes to build.</summary>
    public const int DefaultWaitSeconds = 600;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _held;
    private readonly string _ownerFile;

    private OutputLock(FileStream held, string ownerFile)
    {
        _held = held;
        _ownerFile = ownerFile;
    }

    /// <summary>
    /// Takes the lock of <paramref name="outputRoot"/> (creating the folder), waiting up to
    /// <paramref name="wait"/> for another holder; <paramref name="waiting"/> hears once that it
    /// waits, and for whom. Throws <see cref="BrochureException"/> (BG0603) when the time is up,
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> fires first.
    /// </summary>
    public static OutputLock Acquire(string outputRoot, string purpose, TimeSpan wait, Action<string>? waiting = null, CancellationToken cancellation = default)
    {
        var path = Path.Combine(outputRoot, FileName);
        try
        {
            return Take(outputRoot, path, purpose, wait, waiting, cancellation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.OutputFailed, $"cannot lock the output folder, so nothing was written: {ex.Message}", SourceLocation.InFile(DisplayPath.For(path))));
        }
    }

    /// <summary>Releases the lock; the note of who held it goes first, so it never names the next holder wrongly.</summary>
    public void Dispose()
    {
        AtomicFileWriter.TryDelete(_ownerFile);
        _held.Dispose();
    }

    private static OutputLock Take(string outputRoot, string path, string purpose, TimeSpan wait, Action<string>? waiting, CancellationToken cancellation)
    {
        Directory.CreateDirectory(outputRoot);
        var ownerFile = path + ".owner";
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            FileStream held;
            try
            {
                held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                // The file is there and cannot be opened: another process holds it. (.NET gives the
                // sharing violation no portable error code of its own.)
                if (clock.Elapsed >= wait)
                {
                    throw new BrochureException(Diagnostic.Error(
                        DiagnosticCodes.OutputLocked,
                        $"the output folder is being written by {Owner(ownerFile)}, which did not release this lock within {Seconds(wait)} s, so nothing was written; let it finish and run again, or wait longer with --lock-wait SECONDS",
                        SourceLocation.InFile(DisplayPath.For(path))));
                }

                if (!told)
                {
                    waiting?.Invoke($"waiting for {Owner(ownerFile)} to finish writing {DisplayPath.For(outputRoot)} (it holds {DisplayPath.For(path)}; waiting up to {Seconds(wait)} s)");
                    told = true;
                }

                cancellation.WaitHandle.WaitOne(Poll);
                continue;
            }

            try
            {
                // Not flushed to disk: the note only matters while this process holds the lock, and
                // a crash releases the lock with the process.
                AtomicFileWriter.Write(ownerFile, System.Text.Encoding.UTF8.GetBytes($"process {Environment.ProcessId} ({purpose}) on {Environment.MachineName}, since {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC\n"), durable: false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                held.Dispose();
                throw;
            }

            return new OutputLock(held, ownerFile);
        }
    }

    private static string Seconds(TimeSpan wait) => wait.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);

    // Who the holder said it is. A note left by a process that has ended is stale: the holder
    // has only just taken the lock and not written its own yet.
    private static string Owner(string ownerFile)
    {
        try
        {
            var note = File.ReadAllText(ownerFile).Trim();
            var words = note.Split(' ');
            if (words is ["process", var id, ..] && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var processId)
                && (!note.Contains($" on {Environment.MachineName},", StringComparison.Ordinal) || IsRunning(processId)))
            {
                return note;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return "another process (it has not said which)";
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
