using BrochureGen.Diagnostics;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Build;

/// <summary>
/// The output folder's own pages, written from the merged <c>report.json</c> entries under the
/// output lock, by <c>build</c> and by <c>gallery</c> alike: the accessibility statements first,
/// then <c>index.html</c>, which links to them, so a reader of the folder never meets a gallery
/// whose statement link leads nowhere. Each file is written atomically and only when it changed.
/// </summary>
public static class GalleryFiles
{
    /// <summary>
    /// Writes them; returns the warnings (characters without a font, a brochure naming no contact,
    /// gallery.md). <paramref name="publicOnly"/> leaves the part for reviewers and printers out of
    /// the gallery (<c>--public</c>).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Write(string outputRoot, IReadOnlyList<ReportEntry> merged, FontStack fonts, IReadOnlyList<StatementTemplate> statementTemplates, string contentRoot, string templatesRoot, bool publicOnly = false) =>
        Write(outputRoot, merged, fonts, statementTemplates, contentRoot, templatesRoot, publicOnly, out _);

    /// <summary>Writes them; <paramref name="pages"/> are the files with their bytes, in the order written.</summary>
    public static IReadOnlyList<Diagnostic> Write(string outputRoot, IReadOnlyList<ReportEntry> merged, FontStack fonts, IReadOnlyList<StatementTemplate> statementTemplates, string contentRoot, string templatesRoot, bool publicOnly, out IReadOnlyList<(string FileName, byte[] Bytes)> pages)
    {
        var listed = merged.Where(e => e.Files.Count > 0).ToList();
        var manifests = StatementWriter.Manifests(contentRoot, listed);
        var statements = StatementWriter.Write(merged, manifests, statementTemplates, fonts);
        var written = new List<(string, byte[])>();
        foreach (var statement in statements)
        {
            AtomicFileWriter.WriteIfChanged(Path.Combine(outputRoot, statement.FileName), statement.Bytes);
            written.Add((statement.FileName, statement.Bytes));
        }

        var (intro, introFindings) = GalleryIntro.Read(contentRoot, manifests.Values);
        var gallery = GalleryWriter.Write(merged, fonts, statements.Select(s => (s.FileName, s.Locale, s.Label)).ToList(), intro, publicOnly);
        AtomicFileWriter.WriteIfChanged(Path.Combine(outputRoot, GalleryWriter.FileName), gallery);
        written.Add((GalleryWriter.FileName, gallery));
        pages = written;
        return [.. GalleryFonts.Undrawn(merged, fonts, templatesRoot), .. statements.Count > 0 ? StatementWriter.Findings(manifests) : [], .. introFindings];
    }
}
