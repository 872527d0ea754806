using BrochureGen.Layout.Theme;
using BrochureGen.Document;

namespace BrochureGen.Layout.LargePrint;

/// <summary>
/// The large-print look, derived from an edition's theme in this one place, after the large-print
/// guidance of APH and ACB: every text at least 18 pt in the theme's body (sans) face, headings
/// larger and bold, line height at least 1.5 × the size, dark text on white only (tinted panels
/// and call-outs become white, call-outs get a border instead), every text colour at least 7:1
/// against white, and nothing that tightens or shrinks text to fit.
/// </summary>
public static class LargePrintTheme
{
    /// <summary>The body text size, in points (APH: 18 pt at least).</summary>
    public const double BodySize = 18;

    /// <summary>The smallest line height, as a multiple of the text size.</summary>
    public const double MinimumLeading = 1.5;

    /// <summary>The contrast every text colour keeps against the white page (WCAG 2.2 AAA, 1.4.6).</summary>
    public const double MinimumContrast = 7;

    /// <summary>The border that sets a call-out apart, in points.</summary>
    public const double BoxBorder = 2;

    // Heading sizes as multiples of the body size, by level: the first three visibly apart; the
    // deeper ones (rare in a brochure) share the third's size, since they must stay above every
    // paragraph style, and are told apart by their bold weight and their place.
    private static readonly double[] HeadingScale = [2.0, 1.5, 1.25, 1.25, 1.25, 1.25];

    // The largest a paragraph style (a phone number, a subtitle) may grow, below every heading.
    private const double LargestParagraphScale = 1.2;

    private static readonly InkColor Black = InkColor.RegistrationBlack;

    public static BrochureTheme Of(BrochureTheme theme)
    {
        var body = theme.Style(StyleNames.Body);
        var scale = BodySize / body.Size;
        var largestParagraph = BodySize * LargestParagraphScale;

        // Every style keeps its weight and colour role, set in the body face and never italic
        // (italic is harder to read in large print); sizes grow with the body, between 18 pt and
        // a little below a third-level heading, so that every heading stays larger than any text.
        var styles = theme.Styles.ToDictionary(
            e => e.Key,
            e => e.Value with
            {
                Family = body.Family,
                Italic = false,
                Size = Math.Clamp(e.Value.Size * scale, BodySize, largestParagraph),
                Leading = Math.Max(MinimumLeading, e.Value.Leading),
                SpaceBefore = e.Value.SpaceBefore * scale,
                SpaceAfter = e.Value.SpaceAfter * scale,
            },
            StringComparer.Ordinal);
        for (var level = 1; level <= HeadingScale.Length; level++)
        {
            var name = StyleNames.Heading(level);
            var original = theme.Styles.GetValueOrDefault(name) ?? theme.Styles.GetValueOrDefault("h2") ?? body;
            styles[name] = original with
            {
                Name = name,
                Family = body.Family,
                Bold = true,
                Italic = false,
                Size = BodySize * HeadingScale[level - 1],
                Leading = Math.Max(MinimumLeading, original.Leading),
                SpaceBefore = Math.Max(original.SpaceBefore * scale, level == 1 ? 0 : BodySize),
                SpaceAfter = Math.Max(original.SpaceAfter * scale, BodySize / 2),
                ColorRole = ToneColors.HeadingRole,
            };
        }

        // One tone for everything: the light tone's colours where they are dark enough, on white.
        var light = theme.DefaultTone;
        var text = Readable(light.Text, Black);
        var heading = Readable(light.Heading, text);
        var tone = new ToneColors(InkColor.White, text, heading, Readable(light.Accent, heading), Readable(light.Link, text));
        var tones = theme.Tones.Keys.ToDictionary(name => name, _ => tone, StringComparer.Ordinal);

        var boxes = theme.Boxes.ToDictionary(
            e => e.Key,
            e => e.Value with
            {
                Tone = BrochureTheme.DefaultToneName,
                Padding = e.Value.Padding * scale,
                SpaceBefore = Math.Max(e.Value.SpaceBefore * scale, BodySize),
                SpaceAfter = Math.Max(e.Value.SpaceAfter * scale, BodySize),
                ReachesPanelEdges = false,
                Border = BoxBorder,
            },
            StringComparer.Ordinal);

        return theme with
        {
            Tones = tones,
            Styles = styles,
            Boxes = boxes,
            List = theme.List with { Indent = theme.List.Indent * scale, NumberIndent = theme.List.NumberIndent * scale, ItemSpacing = theme.List.ItemSpacing * scale },
            MinimumBodySize = BodySize,
            Fit = new FitSettings([], 0),

            // No panel is tinted and no ornament sits at a page's foot.
            Panels = new Dictionary<string, PanelLook>(StringComparer.Ordinal),
            Table = theme.Table with { CellPadding = theme.Table.CellPadding * scale },
        };
    }

    /// <summary>The colour if it keeps <see cref="MinimumContrast"/> against white, else the fallback.</summary>
    private static InkColor Readable(InkColor color, InkColor fallback) =>
        ContrastRatio.Between(color.Screen, RgbColor.White) >= MinimumContrast ? color : fallback;
}
