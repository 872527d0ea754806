namespace BrochureGen.Cli;

/// <summary>
/// Watches the content and templates folders for saved files. Editors save in bursts (a
/// temporary file, a rename, a metadata change), so a change is reported once the folders have
/// been quiet for a moment. Files under the output folder are ignored: the build's own writes
/// must not start another build.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _changed = new(0);
    private readonly string _outputRoot;

    public SourceWatcher(IEnumerable<string> folders, string outputRoot)
    {
        _outputRoot = Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change and then for quiet; false when <paramref name="cancellation"/> fires first.</summary>
    public bool WaitForChange(CancellationToken cancellation)
    {
        try
        {
            _changed.Wait(cancellation);
            while (_changed.Wait(Quiet, cancellation))
            {
                // Still saving: wait until the burst is over.
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _watchers.ForEach(w => w.Dispose());
        _changed.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs change)
    {
        if (!Path.GetFullPath(change.FullPath).StartsWith(_outputRoot, StringComparison.Ordinal))
        {
            _changed.Release();
        }
    }
}
