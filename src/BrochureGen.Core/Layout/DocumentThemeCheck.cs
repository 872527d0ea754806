using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

/// <summary>
/// Checks, before anything is laid out, that the theme has every style and tone the edition's
/// markup names, and reports all that are missing at once (a template and a theme written apart
/// must not fail one class per build). Call-out boxes of Markdown content are checked earlier,
/// at their line in the content file.
/// </summary>
public static class DocumentThemeCheck
{
    public static IReadOnlyList<Diagnostic> Check(BrochureDocument document, BrochureTheme theme)
    {
        var styles = new SortedSet<string>(StringComparer.Ordinal);
        var boxes = new SortedSet<string>(StringComparer.Ordinal);
        var tones = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var panel in document.Panels)
        {
            if (panel.Tone is { } tone)
            {
                tones.Add(tone);
            }

            Walk(panel.Blocks, styles, boxes);
        }

        foreach (var section in document.Flow)
        {
            Walk(section.Blocks, styles, boxes);
        }

        var name = Path.GetFileNameWithoutExtension(theme.FilePath);
        var location = SourceLocation.InFile(theme.FilePath);
        var diagnostics = new List<Diagnostic>();
        foreach (var style in styles.Where(s => !theme.Styles.ContainsKey(s)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"the template uses the class '{style}', which theme '{name}' does not define under 'styles'{DidYouMean.Suggest(style, theme.Styles.Keys)}", location));
        }

        foreach (var tone in tones.Where(t => !theme.Tones.ContainsKey(t)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"the template uses the tone '{tone}', which theme '{name}' does not define under 'tones'{DidYouMean.Suggest(tone, theme.Tones.Keys)}", location));
        }

        return diagnostics;
    }

    private static void Walk(IEnumerable<BlockNode> blocks, ISet<string> styles, ISet<string> boxes) =>
        new StylesUsed(styles, boxes).Visit(blocks);

    // The styles and boxes a template's blocks ask the theme for.
    private sealed class StylesUsed(ISet<string> styles, ISet<string> boxes) : StyledRunVisitor
    {
        protected override void Run(string style, IReadOnlyList<InlineElement> content) => styles.Add(style);

        protected override void Box(BoxNode box)
        {
            boxes.Add(box.StyleClass ?? StyleNames.DefaultBox);
            base.Box(box);
        }
    }
}
