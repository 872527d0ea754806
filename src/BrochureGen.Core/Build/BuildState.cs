using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using BrochureGen.Content;

namespace BrochureGen.Build;

/// <summary>
/// What a build keeps for the next one in the output folder's state file
/// (<c>.brochuregen.state</c>): what it wrote of the gallery (<see cref="Gallery"/>), and the hash
/// of each input file, kept by path with the file's version — size, modification and change
/// times, inode, device (<see cref="FileVersion"/>) — as build tools keep theirs: a file whose
/// version is as recorded is not read again, so a build with nothing to do reads no font, profile
/// or image. A file written within <see cref="RacyWindow"/> of being hashed is not recorded (a
/// second write in the same clock tick would leave its version as it was), so it is read again
/// next time. Within one build each file is hashed once, however many editions read it.
/// </summary>
/// <remarks>
/// The state file is a cache, never an input: one that is missing, unreadable or malformed only
/// means that every file is read again. Whoever can write the output folder could make a build
/// skip editions by editing it — but could as well edit <c>report.json</c>'s fingerprints or the
/// files themselves.
/// </remarks>
public sealed class BuildState
{
    public const string FileName = ".brochuregen.state";

    /// <summary>How recently written a file may be and still be recorded.</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    // 2: the hashes are XXH128 (32 hex digits); a state file of SHA-256 hashes (1) is not read.
    private const string Header = "brochuregen input hashes 2";

    // What a content hash is written as in a fingerprint.
    private const string ContentHashName = "xxh128 ";
    private const long LargestStateBytes = 64_000_000;

    private readonly Dictionary<string, (FileVersion Version, string Hash)> _earlier;
    private readonly ConcurrentDictionary<string, Lazy<string>> _thisBuild = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (FileVersion Version, string Hash)> _recorded = new(StringComparer.Ordinal);
    private int _read;

    private BuildState(Dictionary<string, (FileVersion, string)> earlier, GalleryRecord? gallery = null)
    {
        _earlier = earlier;
        Gallery = gallery;
    }

    /// <summary>The gallery pages the last build wrote; set by this build when it writes them.</summary>
    public GalleryRecord? Gallery { get; set; }

    /// <summary>How many files this build read to hash them (the others were known by their version).</summary>
    public int FilesRead => _read;

    /// <summary>No earlier hashes: every file is read once.</summary>
    public static BuildState Empty() => new([]);

    /// <summary>The hashes the state file in <paramref name="outputRoot"/> recorded; none when it is missing or unreadable.</summary>
    public static BuildState Load(string outputRoot)
    {
        var earlier = new Dictionary<string, (FileVersion, string)>(StringComparer.Ordinal);
        try
        {
            var file = new FileInfo(Path.Combine(outputRoot, FileName));
            if (!file.Exists || file.Length > LargestStateBytes)
            {
                return new(earlier);
            }

            var lines = File.ReadAllLines(file.FullName, Encoding.UTF8);
            if (lines.Length == 0 || lines[0] != Header)
            {
                return new(earlier);
            }

            var galleryLines = lines.Skip(1).SkipWhile(l => !l.StartsWith("gallery\t", StringComparison.Ordinal)).ToList();
            foreach (var line in lines.Skip(1).Take(lines.Length - 1 - galleryLines.Count))
            {
                var fields = line.Split('\t', 7);
                if (fields.Length == 7 && fields[0].Length == 32
                    && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                    && long.TryParse(fields[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var modified)
                    && long.TryParse(fields[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var changed)
                    && long.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var inode)
                    && long.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var device))
                {
                    earlier[fields[6]] = (new FileVersion(size, modified, changed, inode, device), fields[0]);
                }
            }

            return new(earlier, galleryLines.Count > 0 ? GalleryRecord.FromLines(galleryLines) : null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return new([]);
        }
    }

    /// <summary>
    /// What stands for the file's bytes in a fingerprint: their XXH128 hash, or — for a file that is not
    /// read as input — why (a refusal: a FIFO, a device, a link out of <paramref name="root"/>;
    /// or a file larger than any input may be, by its size and date). Opened as every reader
    /// opens it (<see cref="SafeFile"/>).
    /// </summary>
    public string Of(string path, string root) =>
        _thisBuild.GetOrAdd(path, p => new Lazy<string>(() => Hash(p, root))).Value;

    /// <summary>Writes the hashes known now into the state file of <paramref name="outputRoot"/>, keeping earlier ones of files that are still there.</summary>
    public void Save(string outputRoot)
    {
        var entries = new SortedDictionary<string, (FileVersion Version, string Hash)>(StringComparer.Ordinal);
        foreach (var (path, entry) in _earlier)
        {
            if (!_thisBuild.ContainsKey(path) && File.Exists(path))
            {
                entries[path] = entry;
            }
        }

        foreach (var (path, entry) in _recorded)
        {
            entries[path] = entry;
        }

        var text = new StringBuilder(Header).Append('\n');
        foreach (var (path, (version, hash)) in entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"{hash}\t{version.Size}\t{version.Modified}\t{version.Changed}\t{version.Inode}\t{version.Device}\t{path}\n");
        }

        foreach (var line in Gallery?.ToLines() ?? [])
        {
            text.Append(line).Append('\n');
        }

        // Not flushed to disk: a cache, and one a crash leaves empty or short is read as far as its
        // lines are whole (each names a file by its inode, which no other file has).
        AtomicFileWriter.WriteIfChanged(Path.Combine(outputRoot, FileName), Encoding.UTF8.GetBytes(text.ToString()), durable: false);
    }

    private string Hash(string path, string root)
    {
        var before = SafeFile.VersionOf(path);
        if (before is { } known && _earlier.TryGetValue(path, out var earlier) && earlier.Version == known)
        {
            _recorded[path] = earlier;
            return ContentHashName + earlier.Hash;
        }

        using var stream = SafeFile.TryOpenStream(path, root, out var refusal);
        if (stream is null)
        {
            return $"refused: {refusal}";
        }

        if (stream.Length > InputLimits.LargestFileBytes)
        {
            return string.Create(CultureInfo.InvariantCulture, $"large: {stream.Length} {File.GetLastWriteTimeUtc(path):O}");
        }

        Interlocked.Increment(ref _read);
        // A change detector, not a seal: XXH128 reads 25 MB of fonts in a few milliseconds where
        // SHA-256 took 20–30 (the published files' own checksums in report.json stay SHA-256).
        var content = new XxHash128();
        content.Append(stream);
        var hash = Convert.ToHexStringLower(content.GetCurrentHash());

        // Recorded only when the file was not written just before it was read, nor while it was.
        var now = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
        if (before is { } version && version.Latest < now - (RacyWindow.Ticks * 100) && SafeFile.VersionOf(path) == version
            && !path.Contains('\t', StringComparison.Ordinal) && !path.Contains('\n', StringComparison.Ordinal) && !path.Contains('\r', StringComparison.Ordinal))
        {
            _recorded[path] = (version, hash);
        }

        return ContentHashName + hash;
    }
}
