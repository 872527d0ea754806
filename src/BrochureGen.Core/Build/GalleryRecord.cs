using System.Globalization;
using System.IO.Hashing;
using System.Text;
using BrochureGen.Diagnostics;

namespace BrochureGen.Build;

/// <summary>
/// What the last build wrote of the output folder's own pages (<see cref="GalleryFiles"/>): the
/// fingerprint of their inputs, each file with its XXH128 hash (change detection, as the
/// input files' own), and the warnings writing them gave.
/// Kept in the build's state file (<see cref="BuildState"/>): when the inputs are as recorded
/// and the files are still as written, the pages are not made again — their fonts are not even
/// opened — and the warnings are given again as they were.
/// </summary>
public sealed record GalleryRecord(string Fingerprint, IReadOnlyList<(string FileName, string Hash)> Files, IReadOnlyList<Diagnostic> Findings)
{
    /// <summary>
    /// The fingerprint of the pages' inputs: the program and the templates folder (their part of
    /// the editions' fingerprint, which includes the gallery's fonts and the statement templates),
    /// the merged report and each listed brochure's folder (its manifest names the contact the
    /// statement prints), and the working folder, which the warnings' paths are relative to.
    /// </summary>
    public static string FingerprintOf(byte[] shared, byte[] report, IEnumerable<ReportEntry> merged, string contentRoot, BuildState state, bool publicOnly)
    {
        var hash = new XxHash128();
        void Append(string text)
        {
            hash.Append(Encoding.UTF8.GetBytes(text));
            hash.Append([0]);
        }

        hash.Append(shared);
        hash.Append(report);
        Append(Environment.CurrentDirectory);
        Append(Path.GetFullPath(contentRoot));
        // The public page (--public) and the agency's introduction (gallery.md) change the page too.
        Append(publicOnly ? "public" : "with reviewers");
        var intro = Path.Combine(contentRoot, GalleryIntro.FileName);
        Append(File.Exists(intro) ? state.Of(intro, contentRoot) : "no introduction");
        foreach (var id in merged.Select(e => e.Brochure).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetFullPath(Path.Combine(contentRoot, id));
            Append(id);
            foreach (var file in Content.SafeFile.FilesUnder(folder).Where(f => Path.GetDirectoryName(f) == folder))
            {
                Append(Path.GetFileName(file));
                if (Path.GetFileName(file) == Content.ContentLoader.ManifestFileName)
                {
                    Append(state.Of(file, folder));
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>Whether every page is in <paramref name="outputRoot"/> with the bytes written.</summary>
    public bool FilesIntact(string outputRoot) => Files.All(f =>
    {
        var path = Path.Combine(outputRoot, f.FileName);
        return File.Exists(path) && HashOf(File.ReadAllBytes(path)) == f.Hash;
    });

    /// <summary>The hash a page is recorded with.</summary>
    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    /// <summary>The record as lines of the state file.</summary>
    public IEnumerable<string> ToLines()
    {
        yield return $"gallery\t{Fingerprint}";
        foreach (var (name, hash) in Files)
        {
            yield return $"page\t{hash}\t{Encoded(name)}";
        }

        foreach (var d in Findings)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"finding\t{(int)d.Severity}\t{Encoded(d.Code)}\t{Encoded(d.Message)}\t{(d.Location is { } at ? $"{Encoded(at.File)}\t{at.Line}\t{at.Column}" : "-")}");
        }
    }

    /// <summary>The record of these lines of the state file; null when they are not one.</summary>
    public static GalleryRecord? FromLines(IReadOnlyList<string> lines)
    {
        try
        {
            string? fingerprint = null;
            var files = new List<(string, string)>();
            var findings = new List<Diagnostic>();
            foreach (var fields in lines.Select(l => l.Split('\t')))
            {
                switch (fields[0])
                {
                    case "gallery" when fields.Length == 2:
                        fingerprint = fields[1];
                        break;
                    case "page" when fields.Length == 3:
                        files.Add((Decoded(fields[2]), fields[1]));
                        break;
                    case "finding" when fields.Length is 5 or 7:
                        var location = fields.Length == 7 ? new SourceLocation(Decoded(fields[4]), int.Parse(fields[5], CultureInfo.InvariantCulture), int.Parse(fields[6], CultureInfo.InvariantCulture)) : null;
                        findings.Add(new Diagnostic((Severity)int.Parse(fields[1], CultureInfo.InvariantCulture), Decoded(fields[2]), Decoded(fields[3]), location));
                        break;
                    default:
                        return null;
                }
            }

            return fingerprint is null ? null : new GalleryRecord(fingerprint, files, findings);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // Base64 of UTF-8: a message or path may hold tabs and line breaks.
    private static string Encoded(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Decoded(string text) => Encoding.UTF8.GetString(Convert.FromBase64String(text));
}
