using BrochureGen.Vocabulary;
namespace BrochureGen.Layout.Theme;

/// <summary>
/// Every key a theme file may have, with what it means. The loader refuses any other key, and
/// <c>docs/theme.md</c> is checked against this list by a test, so the documentation cannot drift.
/// </summary>
public static class ThemeSchema
{
    public static readonly IReadOnlyList<string> TopLevel =
        ["description", "font-families", "fonts", "colors", "print-colors", "tones", "panels", "minimum-body-size", "fit", "underline-links", "scrim", "list", "table", "qr", "styles", "boxes"];

    public static readonly IReadOnlyList<string> Tone = ["background", .. ToneColors.Roles];

    public static readonly IReadOnlyList<string> Style = ["font", "bold", "italic", "size", "leading", "space-before", "space-after", "color"];

    public static readonly IReadOnlyList<string> Box = ["tone", "padding", "space-before", "space-after", "reaches-panel-edges"];

    public static readonly IReadOnlyList<string> Panel = ["tone", "ornament"];

    public static readonly IReadOnlyList<string> List = ["indent", "number-indent", "bullet", "nested-bullet", "item-spacing"];

    public static readonly IReadOnlyList<string> Table = ["cell-padding", "rule"];

    public static readonly IReadOnlyList<string> Qr = ["size"];

    public static readonly IReadOnlyList<string> Fit = ["spacing", "text-step", "spread-spacing", "maximum-body-size"];

    public static readonly IReadOnlyList<string> Ornaments = OrnamentNames.Names;

    /// <summary>Settings people expect that BrochureGen deliberately does not offer, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Unsupported = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["align"] = "text is always set flush to the start of the line (left, or right in right-to-left editions) and ragged at the end: centred and justified text is harder to read (WCAG 1.4.8)",
        ["justify"] = "justified text is harder to read (WCAG 1.4.8); text is set ragged",
        ["weight"] = "use 'bold: true', or a font family whose regular face is the weight you want",
        ["font-weight"] = "use 'bold: true', or a font family whose regular face is the weight you want",
    };

    /// <summary>Every documented key path and what it does (rendered into docs/theme.md).</summary>
    public static readonly IReadOnlyList<(string Key, string Meaning)> Documentation =
    [
        ("description", "optional: one line saying what the theme looks like, shown by `list --themes`"),
        ("font-families.NAME.regular / bold / italic / bold-italic", "the four faces of a family: TrueType (.ttf) files in `templates/fonts`; a family without a true bold or italic repeats a face"),
        ("fonts.NAME", "a font stack: families tried in order; a paragraph is set in the first family that has all of its characters"),
        ("colors.NAME", "a colour, `#RRGGBB` (sRGB), used by the screen edition and the proofs"),
        ("print-colors.NAME", "optional: the same colour as the print edition paints it, four percentages `C M Y K` (a brand's fixed values); without it the colour is separated from its sRGB value through the layout's printing condition profile (LittleCMS, relative colorimetric with black point compensation; #000000 is 100 % K)"),
        ("tones.NAME.background / text / heading / accent / link", "a colour scheme for a panel or box: its background and the colour of each text role; `light` is required"),
        ("panels.SLOT.tone", "the tone of a panel of the layout (panels not named are `light`)"),
        ("panels.SLOT.ornament", "an ornament drawn at the foot of the panel: `diamonds` or `rule`"),
        ("minimum-body-size", "no text style may be smaller (at least 9 pt); translations are never shrunk below it"),
        ("fit.spacing", "factors tried in turn for the space between blocks when a translation runs long"),
        ("fit.text-step", "then the text is made smaller in steps of this many points, down to minimum-body-size"),
        ("fit.spread-spacing", "factors (above 1) tried in turn for the space between blocks when the text leaves the panels emptier than they should be (see docs/layouts.md)"),
        ("fit.maximum-body-size", "then the body text is made larger in steps of `text-step`, up to this size (every other style grows with it); 0 or absent: never larger"),
        ("underline-links", "`true` (default) underlines links as well as colouring them"),
        ("scrim", "the tint band set behind text over a picture (a `{.full-bleed}` cover photo) where the pixels under the text give it less than 4.5:1 contrast (WCAG 1.4.3): a colour named under `colors` or `#RRGGBB`; default: the panel's tone background; `none`: no band, and such text is an error naming the picture and the worst area"),
        ("list.indent", "from a bullet's left edge to the text of the item"),
        ("list.number-indent", "the same for numbered lists (room for `10.`)"),
        ("list.bullet / nested-bullet", "the bullet characters of top-level and nested lists, drawn in the accent colour"),
        ("list.item-spacing", "space between list items"),
        ("table.cell-padding", "space inside each table cell"),
        ("table.rule", "thickness of the rules between table rows (accent colour)"),
        ("qr.size", "printed size of a QR code, a square"),
        ("styles.NAME.font", "the font stack of a text style (a name under `fonts`)"),
        ("styles.NAME.bold / italic", "`true` for the bold or italic faces"),
        ("styles.NAME.size / leading", "size in points; line height as a multiple of the size (at least 1.2)"),
        ("styles.NAME.space-before / space-after", "space above and below; between two blocks the larger of the two applies"),
        ("styles.NAME.color", "a tone role: `text`, `heading`, `accent` or `link`"),
        ("boxes.NAME.tone / padding / space-before / space-after", "a call-out (`::: NAME` in Markdown): its tone and spacing"),
        ("boxes.NAME.reaches-panel-edges", "`true`: the box's background runs to the panel's sides and foot (a footer)"),
    ];
}
