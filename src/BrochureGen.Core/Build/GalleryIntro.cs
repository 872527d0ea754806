using BrochureGen.Content;
using BrochureGen.Diagnostics;

namespace BrochureGen.Build;

/// <summary>
/// Who publishes the gallery and what it says first: from <c>gallery.md</c> at the content root
/// (its <c># heading</c> is the agency's name, the paragraphs after it the introduction), else
/// the one author every brochure names. The text is content — hostile like any other — so it is
/// read as plain text (no markup, no links) and escaped where it is written.
/// </summary>
public sealed record GalleryIntro(string? Agency, IReadOnlyList<string> Paragraphs)
{
    public const string FileName = "gallery.md";

    // A gallery's introduction is a few sentences; more would push the brochures off the first screen.
    private const int MostParagraphs = 6;

    /// <summary>The gallery's heading: the agency's name, or "Brochures" when none is known.</summary>
    public string Heading => Agency ?? "Brochures";

    /// <summary>Reads <c>gallery.md</c> when there is one; a refused file is an error naming it.</summary>
    public static (GalleryIntro Intro, IReadOnlyList<Diagnostic> Findings) Read(string contentRoot, IEnumerable<BrochureManifest> manifests)
    {
        // Only when every brochure names the same author: one agency's name is never put over another's brochure.
        var authors = manifests.Select(m => m.Author?.Trim() ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        var byline = authors is [{ Length: > 0 } only] ? only : null;
        var path = Path.Combine(contentRoot, FileName);
        if (!File.Exists(path))
        {
            return (new GalleryIntro(byline, []), []);
        }

        string text;
        try
        {
            text = System.Text.Encoding.UTF8.GetString(SafeFile.ReadBytes(path, contentRoot, FileKind.Content));
        }
        catch (BrochureException ex)
        {
            return (new GalleryIntro(byline, []), ex.Diagnostics);
        }

        var findings = new List<Diagnostic>();
        string? agency = null;
        var paragraphs = new List<string>();
        var paragraph = new List<string>();
        var lineNumber = 0;
        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                paragraphs.Add(string.Join(' ', paragraph));
                paragraph.Clear();
            }
        }

        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                EndParagraph();
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal) && agency is null && paragraphs.Count == 0 && paragraph.Count == 0)
            {
                agency = line[2..].Trim();
            }
            else if (line.StartsWith('#'))
            {
                findings.Add(Diagnostic.Warning(DiagnosticCodes.MarkdownContent, "gallery.md has one heading, the agency's name on its first line ('# Name'); this heading is shown as a paragraph", new SourceLocation(DisplayPath.For(path), lineNumber, 1)));
                paragraph.Add(line.TrimStart('#').Trim());
            }
            else
            {
                paragraph.Add(line);
            }
        }

        EndParagraph();
        if (paragraphs.Count > MostParagraphs)
        {
            findings.Add(Diagnostic.Warning(DiagnosticCodes.MarkdownContent, $"gallery.md has {paragraphs.Count} paragraphs; the gallery shows the first {MostParagraphs}, so that the brochures stay near the top of the page", SourceLocation.InFile(DisplayPath.For(path))));
            paragraphs = paragraphs.Take(MostParagraphs).ToList();
        }

        return (new GalleryIntro(agency is { Length: > 0 } ? agency : byline, paragraphs), findings);
    }
}
