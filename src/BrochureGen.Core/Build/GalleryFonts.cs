using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Folds;
using BrochureGen.Layout.Theme;
using BrochureGen.Rendering.Html;
using BrochureGen.Document;

namespace BrochureGen.Build;

/// <summary>
/// The fonts the gallery is set in: the body stack of the default theme (on the default layout),
/// from the templates folder. The gallery is the project's page, not one brochure's — a catalogue
/// may hold brochures in different themes — so it takes the look a brochure gets when it names
/// none. It names every language in that language, so without these fonts a reader whose system
/// has no Chinese or Devanagari font would see empty boxes; a missing or broken theme is
/// therefore an error, never a silent fall back to the system's fonts.
/// </summary>
public static class GalleryFonts
{
    private const string Style = StyleNames.Body;

    /// <summary>The body font stack of the default theme; throws <see cref="BrochureException"/> with what is wrong.</summary>
    public static FontStack Load(string templatesRoot)
    {
        var themeFile = ThemeLoader.PathOf(templatesRoot, ContentLoader.DefaultTheme);
        var layoutFile = FoldLayoutLoader.PathOf(templatesRoot, ContentLoader.DefaultLayout);
        var missing = new[] { themeFile, layoutFile }.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            throw new BrochureException(missing.Select(file => Diagnostic.Error(
                DiagnosticCodes.ThemeInvalid,
                $"the gallery is set in the fonts of the default theme '{ContentLoader.DefaultTheme}' on layout '{ContentLoader.DefaultLayout}', and this file is missing (is the templates folder '{DisplayPath.For(templatesRoot)}' the right one?)",
                SourceLocation.InFile(DisplayPath.For(file)))).ToList());
        }

        var layout = FoldLayoutLoader.Load(templatesRoot, ContentLoader.DefaultLayout);
        return ThemeLoader.Load(templatesRoot, ContentLoader.DefaultTheme, layout).Style(Style).Family;
    }

    /// <summary>
    /// A warning for each edition whose language name or title has characters no family of
    /// <paramref name="fonts"/> has. The gallery embeds no face for them, so the reader's system
    /// draws them — empty boxes where it has no font for the script. (Editions are checked against
    /// their own theme when laid out; this is for a brochure whose theme has a script the default
    /// theme lacks.)
    /// </summary>
    public static IReadOnlyList<Diagnostic> Undrawn(IEnumerable<ReportEntry> editions, FontStack fonts, string templatesRoot)
    {
        const int Listed = 8;
        var theme = SourceLocation.InFile(DisplayPath.For(ThemeLoader.PathOf(templatesRoot, ContentLoader.DefaultTheme)));
        var findings = new List<Diagnostic>();
        foreach (var edition in editions.Where(e => e.Files.Count > 0))
        {
            var undrawn = HtmlFonts.CodePoints(edition.Language + edition.Title)
                .Where(c => !(c < 0x10000 && char.IsWhiteSpace((char)c)) && !fonts.Families.Any(f => f.Regular.Font.HasGlyph(c)))
                .Distinct()
                .ToList();
            if (undrawn.Count > 0)
            {
                var list = string.Join(", ", undrawn.Take(Listed).Select(c => $"'{char.ConvertFromUtf32(c)}' (U+{c:X4})")) + (undrawn.Count > Listed ? $" and {undrawn.Count - Listed} more" : string.Empty);
                findings.Add(Diagnostic.Warning(
                    DiagnosticCodes.GlyphMissing,
                    $"the gallery names the {edition.Locale} edition of {edition.Brochure} '{edition.Language}' with the title '{edition.Title}'; no family of the font stack '{fonts.Name}' of the default theme has {list}, so a reader whose system has no font for them sees empty boxes; add a family that has them to that stack",
                    theme));
            }
        }

        return findings;
    }
}
