namespace BrochureGen.Content;

/// <summary>
/// A regular file's size, modification and change times (nanoseconds since 1970) and inode and
/// device (<see cref="SafeFile.VersionOf"/>): when all are as they were, the file has not been
/// written since, so a hash taken then still holds. The change time moves on every write and
/// rename and cannot be set back (<c>touch -d</c> sets only the modification time).
/// </summary>
public readonly record struct FileVersion(long Size, long Modified, long Changed, long Inode, long Device)
{
    /// <summary>The later of the two times.</summary>
    public long Latest => Math.Max(Modified, Changed);
}
