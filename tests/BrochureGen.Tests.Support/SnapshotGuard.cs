using Snapshooter.Xunit;

namespace BrochureGen.Tests.Support;

/// <summary>
/// Snapshooter writes a missing snapshot and passes. That is right on a developer's machine
/// (the first run records it, the developer reviews and commits it) but wrong in CI, where a
/// missing snapshot means the test checks nothing: there it fails.
/// </summary>
public static class SnapshotGuard
{
    public static void Match(object value)
    {
        var name = Snapshot.FullName();
        var path = Path.Combine(name.FolderPath, "__snapshots__", name.Filename);
        if (RepoPaths.IsCi)
        {
            Assert.True(File.Exists(path), $"snapshot {path} is missing; run the tests locally, review the new snapshot and commit it");
        }

        Snapshot.Match(value);
    }
}
