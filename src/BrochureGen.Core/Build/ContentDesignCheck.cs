using BrochureGen.Content;
using BrochureGen.Content.Markdown;
using BrochureGen.Diagnostics;
using BrochureGen.Layout;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Build;

/// <summary>
/// Checks what a Markdown file names against the brochure's design before anything is laid
/// out — pins against the layout's panels, call-out kinds against the theme's boxes, images
/// against the content folder — so every such mistake is reported at once, at its line in the
/// content file, with the names that would work.
/// </summary>
public static class ContentDesignCheck
{
    public static IReadOnlyList<Diagnostic> Check(LocaleContent content, BrochureTheme theme)
    {
        if (content.Markdown is not { } markdown)
        {
            return [];
        }

        var diagnostics = new List<Diagnostic>();
        var slots = theme.Layout.Slots;
        foreach (var section in markdown.Sections.Where(s => s.Pin is not null && !slots.Contains(s.Pin)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FlowInvalid, $"this section is pinned to '{section.Pin}', which layout '{theme.Layout.Name}' does not have{DidYouMean.Suggest(section.Pin!, slots)}; its panels are {string.Join(", ", slots)}", section.Location));
        }

        foreach (var section in markdown.Sections.Where(s => s.Box is not null))
        {
            CheckBox(section.Box!, section.Location, theme, diagnostics);
        }

        var images = new ImageResolver(content.Brochure.Directory);
        foreach (var block in markdown.AllBlocks.SelectMany(Descendants))
        {
            switch (block)
            {
                case CalloutBlock callout:
                    CheckBox(callout.Kind, callout.Location, theme, diagnostics);
                    break;
                case ImageBlock image:
                    try
                    {
                        images.Resolve(image.Source, image.Location);
                    }
                    catch (BrochureException ex)
                    {
                        diagnostics.AddRange(ex.Diagnostics);
                    }

                    break;
            }
        }

        return diagnostics;
    }

    private static void CheckBox(string kind, SourceLocation location, BrochureTheme theme, List<Diagnostic> diagnostics)
    {
        if (!theme.Boxes.ContainsKey(kind))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"there is no call-out '{kind}' in theme '{Path.GetFileNameWithoutExtension(theme.FilePath)}'{DidYouMean.Suggest(kind, theme.Boxes.Keys)}; its call-outs are {string.Join(", ", theme.Boxes.Keys)}", location));
        }
    }

    private static IEnumerable<ContentBlock> Descendants(ContentBlock block) => block switch
    {
        CalloutBlock callout => new[] { block }.Concat(callout.Blocks.SelectMany(Descendants)),
        ListBlock list => list.Items.SelectMany(i => i.Children).SelectMany(Descendants),
        _ => [block],
    };
}
