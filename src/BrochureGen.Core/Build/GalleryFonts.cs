using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Folds;
using BrochureGen.Layout.Theme;

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
    private const string Style = "body";

    /// <summary>The body font stack of the default theme; throws <see cref="BrochureException"/> with what is wrong.</summary>
    public static FontStack Load(string templatesRoot)
    {
        var themeFile = ThemeLoader.PathOf(templatesRoot, ThemeLoader.DefaultTheme);
        var layoutFile = FoldLayoutLoader.PathOf(templatesRoot, ContentLoader.DefaultLayout);
        var missing = new[] { themeFile, layoutFile }.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            throw new BrochureException(missing.Select(file => Diagnostic.Error(
                DiagnosticCodes.ThemeInvalid,
                $"the gallery is set in the fonts of the default theme '{ThemeLoader.DefaultTheme}' on layout '{ContentLoader.DefaultLayout}', and this file is missing (is the templates folder '{DisplayPath.For(templatesRoot)}' the right one?)",
                SourceLocation.InFile(DisplayPath.For(file)))).ToList());
        }

        var layout = FoldLayoutLoader.Load(templatesRoot, ContentLoader.DefaultLayout);
        return ThemeLoader.Load(templatesRoot, ThemeLoader.DefaultTheme, layout).Style(Style).Family;
    }
}
