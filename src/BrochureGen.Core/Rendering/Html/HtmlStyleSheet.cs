using System.Globalization;
using System.Text;
using BrochureGen.Layout.Fonts;
using BrochureGen.Layout.Theme;
using BrochureGen.Document;
using BrochureGen.Layout;
using BrochureGen.Vocabulary;

namespace BrochureGen.Rendering.Html;

/// <summary>
/// The HTML edition's style sheet, from the theme: its tones become colour schemes (custom
/// properties per <c>.tone-NAME</c>), its paragraph styles classes (<c>.st-NAME</c>, sizes
/// relative to the body style, so the reader's own text size scales everything).
/// <para>
/// Fonts: the theme's own, embedded as WOFF2 subsets (<see cref="HtmlFonts"/>), so the type
/// carries over (Atkinson Hyperlegible Next, drawn for low-vision readers) and every script
/// renders with the face the PDF uses, not whatever the reader's system has. The subsets are
/// small (33 KB for the whole English page, about 100 KB for Chinese, Korean and Hindi)
/// because they hold only the characters of the edition. After them come the theme's family
/// names and the system's fonts, for anything the theme's fonts do not have.
/// </para>
/// <para>
/// Nothing moves: no animation or transition exists, so <c>prefers-reduced-motion</c> has
/// nothing to stop; its rule only guards against motion a later edit might add.
/// </para>
/// </summary>
internal static class HtmlStyleSheet
{
    /// <summary>The tone of the page itself: the theme's default tone, the one its panels have unless it says otherwise.</summary>
    public const string PageTone = BrochureTheme.DefaultToneName;

    // The body size on screen: the reader's default (16 px) a little larger, as the brochure's
    // 10.5 pt is at arm's length; every other style is sized relative to it.
    private const double BodyRem = 1.125;

    // Styles larger than this (in rem) are capped on narrow screens so a title fits 320 px.
    private const double NarrowCapRem = 2.25;

    private static readonly RgbColor Black = new(0, 0, 0);

    public static string For(BrochureTheme theme, IReadOnlyList<BrochureGen.Document.BlockNode> blocks)
    {
        var css = new StringBuilder();
        css.Append(HtmlFonts.FaceRules(theme, blocks));
        var body = theme.Style(StyleNames.Body);
        Append(css, $":root {{ {FontVariables(theme)} }}");
        Append(css, "*, *::before, *::after { box-sizing: border-box; }");
        Append(css, "html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }");

        // overflow-wrap: anywhere lets a long phone number or web address break at 320 px and at
        // 400 % zoom instead of making the page scroll sideways.
        Append(css, $"body {{ margin: 0; font-family: var(--font-{body.Family.Name}); font-size: {N(BodyRem)}rem; line-height: {N(body.Leading)}; overflow-wrap: anywhere; background: var(--bg); color: var(--text); }}");
        Append(css, ".measure { max-width: 40em; margin-inline: auto; padding-inline: 1rem; }");
        Append(css, "header { padding-block: 1.5rem 1.25rem; background: var(--bg); color: var(--text); }");
        Append(css, "main { padding-block: 0.5rem 2rem; }");
        Append(css, "section { margin-block: 1.5rem; }");
        Append(css, "h1, h2, h3, h4, h5, h6, p { margin-block: 0 0.5em; }");

        // Links are underlined whatever the theme says for print: on screen, colour alone does
        // not tell a link from its sentence (WCAG 1.4.1).
        Append(css, "a { color: var(--link); text-decoration: underline; text-decoration-thickness: 0.08em; text-underline-offset: 0.15em; }");
        // A phone number is dialled whole: never broken at its hyphens, and read left to right
        // inside right-to-left text.
        Append(css, "a[href^=\"tel:\"] { white-space: nowrap; unicode-bidi: isolate; direction: ltr; }");
        Append(css, "a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 2px; }");
        Append(css, $"ul, ol {{ margin-block: 0 {N(body.SpaceAfter / body.Size)}em; padding-inline-start: 1.4em; }}");
        Append(css, "li { margin-block: 0 0.35em; }");
        Append(css, "li > ul, li > ol { margin-block: 0.35em 0; }");
        Append(css, "li::marker { color: var(--accent); font-weight: 700; }");
        Append(css, $"ul {{ list-style-type: {CssString(theme.List.Bullet + " ")}; }} ul ul {{ list-style-type: {CssString(theme.List.NestedBullet + " ")}; }}");
        Append(css, "ul.checklist { list-style: none; padding-inline-start: 0; }");
        Append(css, ".check { color: var(--accent); font-weight: 700; }");
        Append(css, $".box {{ background: var(--bg); color: var(--text); padding: 1rem; border-radius: 0.5rem; margin-block: 1rem; }}");
        Append(css, ".box > :first-child { margin-block-start: 0; } .box > :last-child { margin-block-end: 0; }");
        // The ornaments as the brochure sizes them (OrnamentShape), in proportion to the body text.
        var rule = OrnamentShape.Of(Ornament.Rule);
        var diamonds = OrnamentShape.Of(Ornament.Diamonds);
        Append(css, $".decor-rule {{ width: {N(rule.Width / body.Size)}em; height: {N(rule.Height / body.Size)}em; background: var(--accent); margin-block: 0.75rem {N(rule.SpaceAfter / body.Size)}em; }}");
        Append(css, $".decor-diamonds {{ color: var(--accent); line-height: 0; margin-block: 0.75rem {N(diamonds.SpaceAfter / body.Size)}em; }}");
        Append(css, $".decor-diamonds svg {{ width: {N(diamonds.Width / body.Size)}em; height: {N(diamonds.Height / body.Size)}em; }}");
        // Columns of equal width that never grow past the page: a long word breaks inside its
        // column at 320 px. ("anywhere" with automatic layout would instead shrink a column to
        // a letter's width, "Landlor/d", and break-word alone lets long words widen the table.)
        Append(css, "table { table-layout: fixed; border-collapse: collapse; width: 100%; margin-block: 0 1rem; }");
        Append(css, "th, td { overflow-wrap: break-word; padding: 0.35em 0.5em; border-block-end: 1px solid var(--accent); text-align: start; vertical-align: top; }");
        Append(css, "@media (max-width: 30em) { table { font-size: 0.9em; } th, td { padding-inline: 0.2em; } }");
        Append(css, ".align-center { text-align: center; } .align-end { text-align: end; }");
        Append(css, "img { max-width: 100%; height: auto; } figure { margin: 0 0 1rem; }");
        Append(css, HtmlPictureSize.StyleRules);
        Append(css, ".qr-code svg { display: block; width: 10rem; max-width: 100%; height: auto; }");

        foreach (var style in theme.Styles.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            Append(css, StyleRule(style, body));
        }

        Append(css, "@media (min-width: 40em) {");
        foreach (var style in theme.Styles.Values.Where(s => Rem(s, body) > NarrowCapRem).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            Append(css, $"  .st-{style.Name} {{ font-size: {N(Rem(style, body))}rem; }}");
        }

        Append(css, "}");

        foreach (var (name, tone) in theme.Tones.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Append(css, $".tone-{name} {{ {Variables(tone, (tone.Background ?? InkColor.White).Screen)} }}");
        }

        AppendDarkScheme(css, theme);
        Append(css, "@media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; } }");
        AppendPrint(css, theme);
        return css.ToString();
    }

    private static string StyleRule(TextStyle style, TextStyle body)
    {
        var rem = Rem(style, body);
        var size = Math.Min(rem, NarrowCapRem);
        var weight = style.Bold ? 700 : WeightOf(style.Family.Primary.Regular);
        var italic = style.Italic ? " font-style: italic;" : string.Empty;
        var spaceBefore = style.SpaceBefore / style.Size;
        var spaceAfter = Math.Max(style.SpaceAfter, 0) / style.Size;
        return $".st-{style.Name} {{ font-family: var(--font-{style.Family.Name}); font-size: {N(size)}rem; font-weight: {weight};{italic} line-height: {N(style.Leading)}; color: var(--{style.ColorRole}); margin-block: {N(spaceBefore)}em {N(spaceAfter)}em; }}";
    }

    // In the dark scheme the theme's darkest tone paints the page; a light call-out becomes a
    // panel of that tone, and the page under it a shade darker, so boxes still stand out.
    // The colours are the theme's own, so every pair keeps the contrast the theme check
    // (ThemeAccessibilityCheck) verified for the dark panels of the print edition.
    private static void AppendDarkScheme(StringBuilder css, BrochureTheme theme)
    {
        var darkest = theme.Tones.OrderByDescending(t => ContrastRatio.Between((t.Value.Background ?? InkColor.White).Screen, RgbColor.White)).ThenBy(t => t.Key, StringComparer.Ordinal).First();
        var darkBackground = (darkest.Value.Background ?? InkColor.White).Screen;
        if (ContrastRatio.Between(darkBackground, RgbColor.White) < ContrastRatio.Between(darkBackground, Black))
        {
            // A theme without a dark tone has no colours to offer a dark scheme: the page stays light.
            return;
        }

        var page = Darker(darkBackground);
        Append(css, "@media (prefers-color-scheme: dark) {");
        foreach (var (name, tone) in theme.Tones.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var background = (tone.Background ?? InkColor.White).Screen;
            var isLight = ContrastRatio.Between(background, RgbColor.White) < ContrastRatio.Between(background, Black);
            if (name == PageTone)
            {
                Append(css, $"  .tone-{name} {{ {Variables(darkest.Value, page)} }}");
            }
            else if (isLight)
            {
                Append(css, $"  .tone-{name} {{ {Variables(darkest.Value, darkBackground)} }}");
            }
            else
            {
                // A dark box on the dark page keeps its edge with an accent outline.
                Append(css, $"  .tone-{name} {{ {Variables(tone, background)} }}");
                Append(css, $"  .box.tone-{name} {{ outline: 1px solid var(--accent); }}");
            }
        }

        Append(css, "}");
    }

    // Print: the page's own tone everywhere, no painted panels (they waste ink and browsers
    // drop backgrounds by default, which would leave white text on white paper); boxes keep
    // a rule. The page is the paper the large-print edition uses (Letter or A4, upright; one
    // decision for both reflowed formats).
    private static void AppendPrint(StringBuilder css, BrochureTheme theme)
    {
        var light = theme.Tones.TryGetValue(PageTone, out var tone) ? tone : theme.Tones.Values.First();
        var paper = BrochureGen.Layout.LargePrint.LargePrintPage.For(theme.Layout);
        Append(css, $"@page {{ size: {N(paper.Width)}pt {N(paper.Height)}pt; margin: 18mm 16mm; }}");
        Append(css, "@media print {");
        Append(css, $"  {string.Join(", ", theme.Tones.Keys.Order(StringComparer.Ordinal).Select(t => ".tone-" + t))} {{ {Variables(light, RgbColor.White)} }}");
        Append(css, "  body { font-size: 11pt; }");
        Append(css, "  .measure { max-width: none; padding-inline: 0; }");
        Append(css, "  header { padding-block: 0 0.5rem; border-block-end: 2pt solid var(--accent); }");
        Append(css, "  .box { border: 1pt solid var(--accent); outline: none; }");
        Append(css, "  h1, h2, h3 { break-after: avoid; } li, tr, .box, figure, .qr-code { break-inside: avoid; }");
        Append(css, "}");
    }

    private static string Variables(ToneColors tone, RgbColor background) =>
        $"--bg: {background}; --text: {tone.Text.Screen}; --heading: {tone.Heading.Screen}; --accent: {tone.Accent.Screen}; --link: {tone.Link.Screen}; background: var(--bg); color: var(--text);";

    private static RgbColor Darker(RgbColor color) =>
        new((byte)(color.R * 0.65), (byte)(color.G * 0.65), (byte)(color.B * 0.65));

    // One CSS variable per font stack: the theme's families by name, then the system's.
    private static string FontVariables(BrochureTheme theme)
    {
        var stacks = theme.Styles.Values.Select(s => s.Family).DistinctBy(f => f.Name).OrderBy(f => f.Name, StringComparer.Ordinal);
        return string.Join(" ", stacks.Select(stack =>
        {
            var names = stack.Families.Select(f => f.Regular.Font.FamilyName).Distinct(StringComparer.Ordinal).Select(n => $"\"{n.Replace("\"", string.Empty, StringComparison.Ordinal)}\"");
            // The embedded faces first; where a display face repeats a body face, the body family has it.
            var embedded = stack.Name == StyleNames.Body ? HtmlFonts.FamilyName(stack.Name) : $"{HtmlFonts.FamilyName(stack.Name)}, {HtmlFonts.FamilyName(StyleNames.Body)}";
            return $"--font-{stack.Name}: {embedded}, {string.Join(", ", names)}, system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif;";
        }));
    }

    private static double Rem(TextStyle style, TextStyle body) => BodyRem * style.Size / body.Size;

    // A display family whose "regular" face is extra bold asks the browser for that weight.
    public static int WeightOf(FontFace face) => face.Font.WeightClass;

    private static string CssString(string text) => HtmlEscape.CssString(text);

    /// <summary>A CSS or SVG number: at most four decimals, invariant, no trailing zeros.</summary>
    internal static string N(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static void Append(StringBuilder css, string line) => css.Append(line).Append('\n');
}
