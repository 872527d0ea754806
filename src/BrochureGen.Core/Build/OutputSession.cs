namespace BrochureGen.Build;

/// <summary>
/// A command's hold on the output folder it writes (<see cref="OutputLock"/>): taken before the
/// first file is written, or at the start of a build when the folder is already there, and kept
/// until the command ends, so builds into one folder follow each other. Whoever takes it first
/// clears what interrupted builds left (<see cref="LeftoverFiles"/>): only then can no other
/// build be writing those files.
/// </summary>
/// <remarks>
/// Taken lazily because a build whose editions all fail must not create the output folder; a
/// build that did not find the folder has no report to read and nothing to clear, so it loses
/// nothing by taking the lock only when it has an edition to write.
/// </remarks>
public sealed class OutputSession(string outputRoot, string purpose, TimeSpan wait, Action<string>? note = null, CancellationToken cancellation = default) : IDisposable
{
    private readonly Lock _gate = new();
    private OutputLock? _held;
    private Diagnostics.BrochureException? _failed;

    /// <summary>
    /// Makes sure this command holds the folder's lock (waiting for another build) and the folder
    /// is cleared. Safe to call from every edition at once; the first does the work, the others
    /// wait for it. Throws <see cref="Diagnostics.BrochureException"/> when the lock cannot be had
    /// or the folder cleared (and every later call again, without waiting again), and
    /// <see cref="OperationCanceledException"/> when the wait is interrupted.
    /// </summary>
    public void Enter()
    {
        lock (_gate)
        {
            if (_held is not null)
            {
                return;
            }

            if (_failed is not null)
            {
                throw new Diagnostics.BrochureException(_failed.Diagnostics);
            }

            OutputLock? held = null;
            try
            {
                held = OutputLock.Acquire(outputRoot, purpose, wait, note, cancellation);
                var cleared = LeftoverFiles.Clear(outputRoot);
                if (cleared > 0)
                {
                    note?.Invoke($"removed {cleared} file(s) an interrupted build left in {Diagnostics.DisplayPath.For(outputRoot)} (its editions keep their earlier files)");
                }

                _held = held;
            }
            catch (Diagnostics.BrochureException ex)
            {
                held?.Dispose();
                _failed = ex;
                throw;
            }
            catch
            {
                held?.Dispose();
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _held?.Dispose();
            _held = null;
        }
    }
}
