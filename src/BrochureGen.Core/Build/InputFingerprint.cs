using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace BrochureGen.Build;

/// <summary>
/// A hash of everything an edition is made from: the program itself, the options that change
/// its files, the templates folder (templates, layouts, themes, fonts, colour profiles) and the
/// brochure's folder (manifest, images, the source locale and this locale — not the other
/// translations, so editing the Spanish file does not rebuild Korean). Equal fingerprints mean
/// equal output, since the output is reproducible. Each file stands in it by its path and the
/// hash of its bytes (<see cref="BuildState"/>: read once per build, and not at all when its
/// version is as the last build recorded). The hash is XXH128, as the files' own: it detects
/// change, it guards nothing, and it keeps a build with nothing to do from loading OpenSSL.
/// </summary>
public sealed class InputFingerprint(BuildOptions options, BuildState hashes)
{
    private readonly Lazy<byte[]> _shared = new(() => Shared(options, hashes));

    public InputFingerprint(BuildOptions options)
        : this(options, BuildState.Empty())
    {
    }

    /// <summary>Hashes what every edition shares (the program, the options, the templates folder) now, rather than in the first edition.</summary>
    public void Prepare() => _ = _shared.Value;

    /// <summary>The hash of what every edition shares (also an input of the gallery, <see cref="GalleryRecord"/>).</summary>
    public byte[] SharedHash => _shared.Value;

    public string Of(EditionJob job)
    {
        var manifest = job.Manifest;
        var hash = new XxHash128();
        hash.Append(_shared.Value);
        Append(hash, $"edition {manifest.Id} {job.Locale}");

        // The print slug's date comes from the files' dates, not their bytes.
        // Invariant: under a Persian culture "yyyy" would be a year of the Persian calendar.
        Append(hash, string.Create(CultureInfo.InvariantCulture, $"date {BuildDate.Of(manifest, job.Locale, job.Theme.FilePath, job.Theme.Layout.FilePath):yyyy-MM-dd}"));
        AppendFiles(hash, hashes, Path.GetFullPath(manifest.Directory), EditionInputs.Files(manifest, job.Locale));
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static byte[] Shared(BuildOptions options, BuildState hashes)
    {
        var hash = new XxHash128();
        Append(hash, $"program {ProgramIdentity(hashes)}");
        Append(hash, $"kinds {options.Kinds} overlay {options.ProofOverlay} soft-proof {options.SoftProof}");
        Append(hash, $"SOURCE_DATE_EPOCH {Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")}");
        if (options.Kinds.HasFlag(EditionKinds.Braille))
        {
            // Installing or updating liblouis changes the braille editions. Its tables are not hashed
            // (thousands of files, on every build): Debian ships liblouis20 and liblouis-data from one
            // source package in lockstep, so the library's version stands for the tables' too;
            // after changing tables by hand, build with --force.
            Append(hash, $"braille {Rendering.Braille.BrailleEdition.TranslatorIdentity}");
        }

        if (Directory.Exists(options.TemplatesRoot))
        {
            var templates = Path.GetFullPath(options.TemplatesRoot);
            AppendFiles(hash, hashes, templates, Content.SafeFile.FilesUnder(templates));
        }

        return hash.GetCurrentHash();
    }

    // A new build of BrochureGen may lay out differently, so it invalidates every edition. The
    // module version id changes whenever the compiled code does (deterministic compilation);
    // a native executable has no module metadata, so its own bytes stand for the code.
    private static string ProgramIdentity(BuildState hashes)
    {
        try
        {
            var id = typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId;
            if (id != Guid.Empty)
            {
                return id.ToString();
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException)
        {
            // Native AOT: fall through to the executable.
        }

        return Environment.ProcessPath is { } path && File.Exists(path) && Content.SafeFile.RealPath(path) is var executable
            ? hashes.Of(executable, Path.GetDirectoryName(executable)!)
            : typeof(InputFingerprint).Assembly.GetName().Version?.ToString() ?? "unknown";
    }

    // A file that is not read as input (a FIFO, a device, a link out of the folder, one larger
    // than any input may be) counts by why it is not (BuildState.Of).
    private static void AppendFiles(XxHash128 hash, BuildState hashes, string root, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            Append(hash, Path.GetRelativePath(root, file).Replace('\\', '/'));
            Append(hash, hashes.Of(file, root));
        }
    }

    private static void Append(XxHash128 hash, string text)
    {
        hash.Append(Encoding.UTF8.GetBytes(text));
        hash.Append([0]);
    }
}
