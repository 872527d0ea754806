using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BrochureGen.Build;

/// <summary>
/// A hash of everything an edition is made from: the program itself, the options that change
/// its files, the templates folder (templates, layouts, themes, fonts, colour profiles) and the
/// brochure's folder (manifest, images, the source locale and this locale — not the other
/// translations, so editing the Spanish file does not rebuild Korean). Equal fingerprints mean
/// equal output, since the output is reproducible.
/// </summary>
public sealed class InputFingerprint(BuildOptions options)
{
    private readonly Lazy<byte[]> _shared = new(() => Shared(options));

    public string Of(EditionJob job)
    {
        var manifest = job.Manifest;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_shared.Value);
        Append(hash, $"edition {manifest.Id} {job.Locale}");

        // The print slug's date comes from the files' dates, not their bytes.
        // Invariant: under a Persian culture "yyyy" would be a year of the Persian calendar.
        Append(hash, string.Create(CultureInfo.InvariantCulture, $"date {BuildDate.Of(manifest, job.Locale, job.Theme.FilePath, job.Theme.Layout.FilePath):yyyy-MM-dd}"));
        AppendFiles(hash, Path.GetFullPath(manifest.Directory), EditionInputs.Files(manifest, job.Locale));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static byte[] Shared(BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, $"program {ProgramIdentity()}");
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
            AppendFiles(hash, templates, Content.SafeFile.FilesUnder(templates));
        }

        return hash.GetHashAndReset();
    }

    // A new build of BrochureGen may lay out differently, so it invalidates every edition. The
    // module version id changes whenever the compiled code does (deterministic compilation);
    // a native executable has no module metadata, so its own bytes stand for the code.
    private static string ProgramIdentity()
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

        return Environment.ProcessPath is { } executable && File.Exists(executable)
            ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(executable)))
            : typeof(InputFingerprint).Assembly.GetName().Version?.ToString() ?? "unknown";
    }

    // Each file is opened as every reader opens it (Content.SafeFile) and streamed: a FIFO, a
    // device or a link out of the folder is never read — its refusal is hashed instead, and
    // reading it as input fails with a diagnostic. A file larger than any input may be (which
    // every reader refuses) counts by its size and date, not its bytes.
    private static void AppendFiles(IncrementalHash hash, string root, IEnumerable<string> files)
    {
        var buffer = new byte[81_920];
        foreach (var file in files)
        {
            Append(hash, Path.GetRelativePath(root, file).Replace('\\', '/'));
            using var stream = Content.SafeFile.TryOpenStream(file, root, out var refusal);
            if (stream is null)
            {
                Append(hash, $"refused: {refusal}");
                continue;
            }

            if (stream.Length > Content.InputLimits.LargestFileBytes)
            {
                Append(hash, string.Create(CultureInfo.InvariantCulture, $"large: {stream.Length} {File.GetLastWriteTimeUtc(file):O}"));
                continue;
            }

            for (var read = stream.Read(buffer); read > 0; read = stream.Read(buffer))
            {
                hash.AppendData(buffer, 0, read);
            }
        }
    }

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
