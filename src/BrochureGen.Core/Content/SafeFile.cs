using System.Runtime.InteropServices;
using BrochureGen.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace BrochureGen.Content;

/// <summary>
/// The one way BrochureGen opens an input file (content, locale files, images, templates,
/// themes, layouts, fonts, colour profiles). A file is read only when
/// <list type="bullet">
/// <item>its real path — every symbolic link of every component resolved — is inside its
/// allowed folder (the brochure's folder for content and images, the templates folder for the
/// rest): a link to a runner's files is refused, not published;</item>
/// <item>it is a regular file: no FIFO (which would block forever), device (<c>/dev/zero</c>
/// never ends), socket or folder;</item>
/// <item>its size is within its kind's limit (<see cref="InputLimits"/>), checked before a byte
/// is read; it is then read into a buffer of that size, never more.</item>
/// </list>
/// <para>
/// The checks and the read are one operation, so nothing can be swapped in between. On Linux the
/// file is opened with <c>O_NONBLOCK | O_NOCTTY | O_NOFOLLOW</c> (opening a FIFO does not wait
/// for a writer and a terminal never becomes the controlling one), and its type and size come
/// from <c>statx</c> on the opened descriptor and its real path from <c>/proc/self/fd</c>: what
/// is checked is what is read. Links are also resolved before opening, so that a link out of the
/// folder is refused without being opened, with a message that says where it leads. Elsewhere
/// (macOS, Windows) the same checks run on the resolved path and the opened handle's length.
/// </para>
/// </summary>
public static class SafeFile
{
    /// <summary>Reads a whole file; throws <see cref="BrochureException"/> naming it when it is refused.</summary>
    /// <param name="path">The file.</param>
    /// <param name="root">The folder it must stay inside.</param>
    /// <param name="kind">What the file is for: its limit, its folder's name and its codes.</param>
    /// <param name="namedAt">Where the file is named (the figure in the content, the font in the theme); by default the file itself.</param>
    /// <param name="name">The file's name as written there; by default its display path.</param>
    /// <param name="pinned">Whether native code will read the bytes in place for the rest of the run (fonts): they are then allocated where the garbage collector never moves them.</param>
    public static byte[] ReadBytes(string path, string root, FileKind kind, SourceLocation? namedAt = null, string? name = null, bool pinned = false)
    {
        using var file = Open(path, root, kind.MaximumBytes, out var refusal);
        if (file is null)
        {
            throw new BrochureException(Diagnose(refusal!, path, kind, namedAt, name));
        }

        try
        {
            return file.ReadAll(pinned);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BrochureException(Diagnose(new Refusal(Problem.Unreadable, ex.Message), path, kind, namedAt, name));
        }
    }

    /// <summary>
    /// Reads parts of a file under the same checks as <see cref="ReadBytes"/>:
    /// <paramref name="read"/> gets the file's length and a function that reads
    /// <c>count</c> bytes at <c>offset</c> (fewer at the end of the file). For formats with a
    /// table of contents (fonts), where a reader needs a few tables of a large file.
    /// </summary>
    public static T ReadParts<T>(string path, string root, FileKind kind, Func<long, Func<long, int, byte[]>, T> read, SourceLocation? namedAt = null, string? name = null)
    {
        using var file = Open(path, root, kind.MaximumBytes, out var refusal);
        if (file is null)
        {
            throw new BrochureException(Diagnose(refusal!, path, kind, namedAt, name));
        }

        try
        {
            return read(file.Length, file.ReadAt);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BrochureException(Diagnose(new Refusal(Problem.Unreadable, ex.Message), path, kind, namedAt, name));
        }
    }

    /// <summary>
    /// Opens a file for streaming (hashing) under the same checks, without a size limit; null, with
    /// the reason in words, when it is refused. Used for files that are fingerprinted but may
    /// never be read as input.
    /// </summary>
    public static Stream? TryOpenStream(string path, string root, out string? refusal)
    {
        var file = Open(path, root, long.MaxValue, out var why);
        refusal = why?.Detail;
        return file?.AsStream();
    }

    /// <summary>
    /// What identifies a file's version without reading it (links followed): size, modification
    /// and change times, inode and device, as build tools compare them; null when it is not a
    /// regular file or cannot be looked at. Where <c>statx</c> is missing, size and modification
    /// time alone.
    /// </summary>
    public static FileVersion? VersionOf(string path)
    {
        try
        {
            if (Posix.IsAvailable)
            {
                return Posix.Version(path);
            }

            var info = new FileInfo(path);
            return info.Exists && (info.Attributes & (FileAttributes.Directory | FileAttributes.Device)) == 0
                ? new FileVersion(info.Length, info.LastWriteTimeUtc.Ticks * 100, 0, 0, 0)
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The files under <paramref name="root"/>, in ordinal order, without descending into links
    /// to folders (which could lead anywhere, even to <c>/</c>). Links to files are listed: opening
    /// them checks where they lead.
    /// </summary>
    public static IReadOnlyList<string> FilesUnder(string root)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = true, ReturnSpecialDirectories = false };
        var files = new List<string>();
        var folders = new Stack<string>([root]);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Path, bool Folder)>(
                folder,
                (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0),
                options);
            foreach (var (path, isFolder) in entries)
            {
                if (isFolder)
                {
                    folders.Push(path);
                }
                else
                {
                    files.Add(path);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The path with every symbolic link of every component resolved (components that do not exist are kept as written).</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Components(full[current.Length..]).Reverse());
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > 40)
            {
                // The kernel's own limit (ELOOP): the path cannot be opened at all.
                throw new IOException($"too many levels of symbolic links at '{next}'");
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
                target = Path.GetFullPath(target)[current.Length..];
            }

            foreach (var component in Components(target).Reverse())
            {
                pending.Push(component);
            }
        }

        return current;
    }

    /// <summary>The real path, or null when its links go round in a loop.</summary>
    public static string? TryRealPath(string path)
    {
        try
        {
            return RealPath(path);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="realPath"/> is strictly inside <paramref name="realRoot"/> (both real paths).</summary>
    public static bool IsInside(string realPath, string realRoot)
    {
        var root = Path.EndsInDirectorySeparator(realRoot) ? realRoot : realRoot + Path.DirectorySeparatorChar;
        return realPath.StartsWith(root, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private enum Problem
    {
        Missing,
        Outside,
        NotRegular,
        TooLarge,
        Unreadable,
    }

    private sealed record Refusal(Problem Problem, string Detail);

    private static Diagnostic Diagnose(Refusal refusal, string path, FileKind kind, SourceLocation? namedAt, string? name)
    {
        var at = namedAt ?? SourceLocation.InFile(DisplayPath.For(path));
        var what = $"{kind.Noun} '{name ?? DisplayPath.For(path)}'";
        return refusal.Problem switch
        {
            Problem.Missing => Diagnostic.Error(kind.MissingCode, $"{what} not found", at),
            Problem.Outside => Diagnostic.Error(kind.OutsideCode, $"{what} refused: {refusal.Detail}; {kind.Noun}s must be inside {kind.FolderName}", at),
            Problem.NotRegular => Diagnostic.Error(kind.NotRegularCode, $"{what} refused: {refusal.Detail}, not a regular file", at),
            Problem.TooLarge => Diagnostic.Error(kind.TooLargeCode, $"{what} is {refusal.Detail} bytes; a {kind.Noun} may have at most {kind.MaximumBytes:N0}", at),
            _ => Diagnostic.Error(kind.UnreadableCode, $"{what} cannot be read: {refusal.Detail}", at),
        };
    }

    // Every check, then the open, then the same checks on what was opened.
    private static OpenedFile? Open(string path, string root, long maximumBytes, out Refusal? refusal)
    {
        refusal = null;
        var full = Path.GetFullPath(path);
        var fullRoot = Path.GetFullPath(root);
        if (!IsInside(full, fullRoot))
        {
            refusal = new Refusal(Problem.Outside, "its path leads out of the folder");
            return null;
        }

        string real, realRoot;
        try
        {
            real = RealPath(full);
            realRoot = RealPath(fullRoot);
        }
        catch (IOException ex)
        {
            refusal = new Refusal(Problem.Unreadable, ex.Message);
            return null;
        }

        if (!IsInside(real, realRoot))
        {
            refusal = new Refusal(Problem.Outside, $"it is a link to '{real}', outside the folder");
            return null;
        }

        if (!File.Exists(real) && !Directory.Exists(real))
        {
            refusal = new Refusal(Problem.Missing, string.Empty);
            return null;
        }

        try
        {
            return Posix.IsAvailable ? OpenPosix(real, realRoot, maximumBytes, out refusal) : OpenManaged(real, maximumBytes, out refusal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            refusal = new Refusal(Problem.Unreadable, ex.Message);
            return null;
        }
    }

    private static OpenedFile? OpenPosix(string real, string realRoot, long maximumBytes, out Refusal? refusal)
    {
        refusal = null;
        var fd = Posix.OpenReadOnly(real, out var errno);
        if (fd < 0)
        {
            refusal = errno switch
            {
                Posix.ENOENT => new Refusal(Problem.Missing, string.Empty),
                Posix.ELOOP => new Refusal(Problem.Outside, "it became a link while being opened"),
                Posix.ENXIO => new Refusal(Problem.NotRegular, "it is a socket"),
                _ => new Refusal(Problem.Unreadable, Marshal.GetPInvokeErrorMessage(errno)),
            };
            return null;
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            var (type, length) = Posix.TypeAndSize(fd);
            if (type != Posix.S_IFREG)
            {
                refusal = new Refusal(Problem.NotRegular, "it is " + Posix.Describe(type));
            }
            else if (Posix.PathOf(fd) is { } opened && !IsInside(opened, realRoot))
            {
                refusal = new Refusal(Problem.Outside, $"what was opened is '{opened}', outside the folder");
            }
            else if (length > maximumBytes)
            {
                refusal = new Refusal(Problem.TooLarge, $"{length:N0}");
            }

            if (refusal is not null)
            {
                handle.Dispose();
                return null;
            }

            return new OpenedFile(handle, length);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    // Without the POSIX calls (Windows, macOS): the resolved path is opened and the handle's length checked.
    private static OpenedFile? OpenManaged(string real, long maximumBytes, out Refusal? refusal)
    {
        refusal = null;
        if (Directory.Exists(real))
        {
            refusal = new Refusal(Problem.NotRegular, "it is a folder");
            return null;
        }

        var handle = File.OpenHandle(real, FileMode.Open, FileAccess.Read, FileShare.Read);
        var attributes = File.GetAttributes(handle);
        if ((attributes & (FileAttributes.Device | FileAttributes.Directory | FileAttributes.ReparsePoint)) != 0)
        {
            handle.Dispose();
            refusal = new Refusal(Problem.NotRegular, "it is a device or link");
            return null;
        }

        var length = RandomAccess.GetLength(handle);
        if (length > maximumBytes)
        {
            handle.Dispose();
            refusal = new Refusal(Problem.TooLarge, $"{length:N0}");
            return null;
        }

        return new OpenedFile(handle, length);
    }

    private sealed class OpenedFile(SafeFileHandle handle, long length) : IDisposable
    {
        public long Length => length;

        // At most count bytes at offset, within the length the checks saw.
        public byte[] ReadAt(long offset, int count)
        {
            var buffer = new byte[Math.Clamp(length - offset, 0, count)];
            var read = 0;
            while (read < buffer.Length)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(read), offset + read);
                if (n == 0)
                {
                    Array.Resize(ref buffer, read);
                    break;
                }

                read += n;
            }

            return buffer;
        }

        // Reads the length the checks saw, and no more: a file that grows meanwhile is cut there.
        // Pinned buffers (fonts, which native code reads for the whole run) go on the pinned
        // object heap, where a buffer fixed for good does not fragment the heap the GC compacts.
        public byte[] ReadAll(bool pinned)
        {
            var buffer = GC.AllocateUninitializedArray<byte>((int)length, pinned);
            var read = 0;
            while (read < buffer.Length)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(read), read);
                if (n == 0)
                {
                    var cut = GC.AllocateUninitializedArray<byte>(read, pinned);
                    buffer.AsSpan(0, read).CopyTo(cut);
                    return cut;
                }

                read += n;
            }

            return buffer;
        }

        public Stream AsStream() => new FileStream(handle, FileAccess.Read, bufferSize: 0);

        public void Dispose() => handle.Dispose();
    }

    /// <summary>The few libc calls of the Linux path, bound at run time (no marshalling, AOT-safe).</summary>
    private static unsafe class Posix
    {
        public const int ENOENT = 2;
        public const int ENXIO = 6;
        public const int ELOOP = 40;
        public const int S_IFMT = 0xF000;
        public const int S_IFREG = 0x8000;

        private const int O_RDONLY = 0;
        private const int O_NOCTTY = 0x100;
        private const int O_NONBLOCK = 0x800;
        private const int O_CLOEXEC = 0x80000;
        private const int AT_EMPTY_PATH = 0x1000;
        private const uint STATX_TYPE = 0x1;
        private const uint STATX_SIZE = 0x200;

        private static readonly delegate* unmanaged[Cdecl]<byte*, int, int> OpenFunction;
        private static readonly delegate* unmanaged[Cdecl]<int, byte*, int, uint, byte*, int> StatxFunction;

        static Posix()
        {
            if (!OperatingSystem.IsLinux())
            {
                return;
            }

            foreach (var name in new[] { "libc.so.6", "libc.so", $"libc.musl-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}.so.1" })
            {
                if (NativeLibrary.TryLoad(name, out var library)
                    && NativeLibrary.TryGetExport(library, "open", out var open)
                    && NativeLibrary.TryGetExport(library, "statx", out var statx))
                {
                    OpenFunction = (delegate* unmanaged[Cdecl]<byte*, int, int>)open;
                    StatxFunction = (delegate* unmanaged[Cdecl]<int, byte*, int, uint, byte*, int>)statx;
                    return;
                }
            }
        }

        public static bool IsAvailable => OpenFunction != null;

        // O_NOFOLLOW is 0100000 on ARM and POWER, 0400000 elsewhere (asm-generic).
        private static int NoFollow => RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64 or Architecture.Armv6 or Architecture.Ppc64le ? 0x8000 : 0x20000;

        public static int OpenReadOnly(string path, out int errno)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(path + '\0');
            fixed (byte* p = bytes)
            {
                var fd = OpenFunction(p, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC | NoFollow);
                errno = fd < 0 ? Marshal.GetLastSystemError() : 0;
                return fd;
            }
        }

        // struct statx has one layout on every architecture: stx_mode (u16) at 28, stx_size (u64) at 40.
        public static (int Type, long Size) TypeAndSize(int fd)
        {
            var buffer = stackalloc byte[256];
            byte empty = 0;
            if (StatxFunction(fd, &empty, AT_EMPTY_PATH, STATX_TYPE | STATX_SIZE, buffer) != 0)
            {
                throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastSystemError()));
            }

            var mode = *(ushort*)(buffer + 28);
            var size = *(ulong*)(buffer + 40);
            return (mode & S_IFMT, size > long.MaxValue ? long.MaxValue : (long)size);
        }

        // stx_ino at 32, stx_size at 40, stx_ctime at 96 and stx_mtime at 112 (each tv_sec s64,
        // tv_nsec u32), stx_dev_major/minor at 136/140. Links are followed, as opening follows them.
        public static FileVersion? Version(string path)
        {
            const int AT_FDCWD = -100;
            const uint STATX_BASIC_STATS = 0x7FF;
            var buffer = stackalloc byte[256];
            var bytes = System.Text.Encoding.UTF8.GetBytes(path + '\0');
            fixed (byte* p = bytes)
            {
                if (StatxFunction(AT_FDCWD, p, 0, STATX_BASIC_STATS, buffer) != 0)
                {
                    return null;
                }
            }

            if ((*(ushort*)(buffer + 28) & S_IFMT) != S_IFREG)
            {
                return null;
            }

            static long Nanoseconds(byte* at) => (*(long*)at * 1_000_000_000L) + *(uint*)(at + 8);
            var device = ((long)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140);
            return new FileVersion((long)*(ulong*)(buffer + 40), Nanoseconds(buffer + 112), Nanoseconds(buffer + 96), (long)*(ulong*)(buffer + 32), device);
        }

        // The kernel's name of the opened file; null where /proc is not mounted (the checks before opening then stand).
        public static string? PathOf(int fd)
        {
            try
            {
                var target = new FileInfo($"/proc/self/fd/{fd}").LinkTarget;
                return target is null || !Path.IsPathRooted(target) ? null : target.EndsWith(" (deleted)", StringComparison.Ordinal) ? target[..^10] : target;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        public static string Describe(int type) => type switch
        {
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x4000 => "a folder",
            0x6000 => "a block device",
            0xA000 => "a symbolic link",
            0xC000 => "a socket",
            _ => "a special file",
        };
    }
}
