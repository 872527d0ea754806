using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content.Review;

/// <summary>
/// What a reviewer approved, block by block: for each translation unit
/// (<see cref="Markdown.TranslationUnits"/>) a fingerprint of the source text it was reviewed
/// against and of the translation. Kept in <c>&lt;locale&gt;.review.lock</c> beside the
/// translation, not in its front matter: the record is written by <c>review</c>, never by the
/// translator, so neither their editor nor an XLIFF import (which rewrites <c>&lt;locale&gt;.md</c>)
/// can touch it; one file per locale keeps two languages reviewed on two branches from
/// conflicting; its diff in a pull request shows which blocks were signed off; and it is an
/// input of that edition only.
/// </summary>
public sealed record ReviewRecord(string SourceLocale, IReadOnlyDictionary<string, ReviewedBlock> Blocks)
{
    public const string Extension = ".review.lock";

    public static string PathFor(BrochureManifest brochure, string locale) => Path.Combine(brochure.Directory, locale + Extension);

    /// <summary>A text's fingerprint: its Markdown as written (NFC), so a change of words, numbers, links or formatting counts.</summary>
    public static string Fingerprint(ContentText text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Raw.Trim().Normalize(NormalizationForm.FormC))))[..16];

    /// <summary>The record beside a translation, or null when it has none.</summary>
    public static ReviewRecord? Read(BrochureManifest brochure, string locale)
    {
        var path = PathFor(brochure, locale);
        if (!File.Exists(path))
        {
            return null;
        }

        var display = DisplayPath.For(path);
        var lines = ContentFile.ReadText(path, display, brochure.Directory, FileKind.Content).Split('\n');
        string? source = null;
        var blocks = new Dictionary<string, ReviewedBlock>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ');
            if (parts is ["source:", var locale1] && ContentLoader.IsValidLanguageTag(locale1))
            {
                source = locale1;
            }
            else if (parts is ["block", var id, var sourcePrint, var translationPrint] && IsFingerprint(sourcePrint) && IsFingerprint(translationPrint) && blocks.TryAdd(id, new ReviewedBlock(sourcePrint, translationPrint)))
            {
                continue;
            }
            else
            {
                problems.Add(Diagnostic.Error(DiagnosticCodes.ReviewRecordInvalid, "this line of the review record cannot be read; the file is written by 'brochuregen review': delete it and review the translation again", new SourceLocation(display, i + 1, 1)));
            }
        }

        if (source is null && problems.Count == 0)
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.ReviewRecordInvalid, "the review record does not say which source it was reviewed against ('source: en'); delete it and review the translation again", SourceLocation.InFile(display)));
        }

        return problems.Count > 0 ? throw new BrochureException(problems) : new ReviewRecord(source!, blocks);
    }

    /// <summary>The record's file: a header, the source locale, one line per block in file order.</summary>
    public byte[] Write(string locale)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Review record of {locale}.md, written by 'brochuregen review': for each block, a fingerprint of\n");
        text.Append(CultureInfo.InvariantCulture, $"# the {SourceLocale}.md text it was reviewed against and of its translation. A block whose source or\n");
        text.Append("# translation changed since needs review again. Commit it; do not edit it by hand.\n");
        text.Append(CultureInfo.InvariantCulture, $"source: {SourceLocale}\n");
        foreach (var (id, block) in Blocks)
        {
            text.Append(CultureInfo.InvariantCulture, $"block {id} {block.Source} {block.Translation}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static bool IsFingerprint(string text) => text.Length == 16 && text.All(char.IsAsciiHexDigitLower);
}
