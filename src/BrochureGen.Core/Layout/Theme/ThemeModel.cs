using BrochureGen.Vocabulary;
using BrochureGen.Layout.Fonts;

namespace BrochureGen.Layout.Theme;

/// <summary>The colours of one tone (light panels, dark panels, …).</summary>
public sealed record ToneColors(InkColor? Background, InkColor Text, InkColor Heading, InkColor Accent, InkColor Link)
{
    /// <summary>The role of running text; links in it take <see cref="LinkRole"/>'s colour.</summary>
    public const string TextRole = "text";

    public const string HeadingRole = "heading";

    public const string AccentRole = "accent";

    public const string LinkRole = "link";

    /// <summary>The roles a tone gives a colour, in the order a theme file lists them; a style's <c>color</c> names one.</summary>
    public static readonly IReadOnlyList<string> Roles = [TextRole, HeadingRole, AccentRole, LinkRole];

    /// <summary>The colour of a role (<see cref="Roles"/>; the text colour for any other).</summary>
    public InkColor Of(string role) => role switch
    {
        HeadingRole => Heading,
        AccentRole => Accent,
        LinkRole => Link,
        _ => Text,
    };
}

/// <summary>The four faces of a font family, as the theme lists them.</summary>
public sealed record FontFamily(string Name, FontFace Regular, FontFace Bold, FontFace Italic, FontFace BoldItalic)
{
    public FontFace Select(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };
}

/// <summary>
/// Font families tried in order: text is set in the first family that has every character
/// of the paragraph (so a Vietnamese paragraph stays in one face), falling back word by word
/// and then character by character.
/// </summary>
public sealed record FontStack(string Name, IReadOnlyList<FontFamily> Families)
{
    public FontFamily Primary => Families[0];

    public IReadOnlyList<FontFace> Faces(bool bold, bool italic) => Families.Select(f => f.Select(bold, italic)).ToList();
}

/// <summary>How one kind of text looks. <paramref name="ColorRole"/> is a tone role: text, heading, accent or link.</summary>
public sealed record TextStyle(
    string Name,
    FontStack Family,
    bool Bold,
    double Size,
    double Leading,
    double SpaceBefore,
    double SpaceAfter,
    string ColorRole,
    bool Italic = false);

/// <summary>
/// A call-out box: its tone, padding and whether it reaches the panel's edges.
/// <paramref name="Border"/> (points; 0: none) outlines the box in the tone's accent colour: the
/// large-print look sets boxes apart with a border on white instead of a tint.
/// </summary>
public sealed record BoxStyle(string Name, string Tone, double Padding, double SpaceBefore, double SpaceAfter, bool ReachesPanelEdges, double Border = 0);

/// <summary>
/// Bulleted lists: where text starts after the bullet, the bullet characters (drawn as text, so
/// the list label is real content a screen reader can announce) and the space between items.
/// </summary>
public sealed record ListStyle(double Indent, string Bullet, string NestedBullet, double ItemSpacing, double NumberIndent);

/// <summary>Tables: the space inside each cell and the rule between rows.</summary>
public sealed record TableStyle(double CellPadding, double Rule);

/// <summary>QR codes: the printed size of the code (a square).</summary>
public sealed record QrStyle(double Size);

/// <summary>The look of one panel of the layout: its tone and an ornament drawn at its foot.</summary>
public sealed record PanelLook(string Tone, Ornament? Ornament);

/// <summary>
/// How far layout may tighten a panel whose text runs long (spacing factors tried in order, then
/// text reduced in steps) and spread text that is short (spacing factors up to the last of
/// <paramref name="SpreadSteps"/>, then text enlarged in the same steps up to
/// <paramref name="MaximumBodySize"/>; 0 means never enlarged).
/// </summary>
public sealed record FitSettings(IReadOnlyList<double> SpacingSteps, double TextStep, IReadOnlyList<double> SpreadSteps, double MaximumBodySize)
{
    public FitSettings(IReadOnlyList<double> spacingSteps, double textStep)
        : this(spacingSteps, textStep, [], 0)
    {
    }
}

/// <summary>Panel margins: from the sheet's outer edge, and from a fold.</summary>
public sealed record PanelMargins(double Top, double Bottom, double Outer, double Fold);

/// <summary>The sheet: size, and the panels of each side from left to right with their widths.</summary>
public sealed record SheetGeometry(
    double Width,
    double Height,
    IReadOnlyList<string> OutsidePanels,
    IReadOnlyList<string> InsidePanels,
    IReadOnlyDictionary<string, double> PanelWidths);

/// <summary>
/// Everything layout needs to know about the look of a brochure: the theme's colours, type and
/// blocks, on the fold of the brochure's layout.
/// </summary>
public sealed record BrochureTheme(
    string FilePath,
    Folds.FoldLayout Layout,
    IReadOnlyDictionary<string, ToneColors> Tones,
    IReadOnlyDictionary<string, TextStyle> Styles,
    IReadOnlyDictionary<string, BoxStyle> Boxes,
    ListStyle List,
    double MinimumBodySize,
    bool UnderlineLinks,
    FitSettings Fit,
    IReadOnlyDictionary<string, PanelLook> Panels,
    TableStyle Table,
    QrStyle Qr)
{
    /// <summary>
    /// The tone every theme has: panels that name none are set in it, and a box that would
    /// vanish into its panel's background falls back to it.
    /// </summary>
    public const string DefaultToneName = "light";

    public SheetGeometry Sheet => Layout.Sheet;

    /// <summary>The colours of <see cref="DefaultToneName"/>.</summary>
    public ToneColors DefaultTone => Tones[DefaultToneName];

    /// <summary>The tint band set behind text over a picture it does not contrast with (<c>scrim:</c>); null: the panel's tone background.</summary>
    public InkColor? Scrim { get; init; }

    /// <summary>The theme says <c>scrim: none</c>: text over a picture must contrast with the picture itself.</summary>
    public bool NoScrim { get; init; }

    /// <summary>
    /// The contrast checks of the colours as the press prints them, worked out when first asked:
    /// they need the printing condition's profile and LittleCMS (tens of milliseconds), which a
    /// build whose editions are all up to date never needs. The build asks before the first
    /// edition it makes; a theme that fails them makes no edition.
    /// </summary>
    public Lazy<IReadOnlyList<BrochureGen.Diagnostics.Diagnostic>> PrintChecks { get; init; } = new(() => []);

    public PanelMargins Margins => Layout.Margins;

    public TextStyle Style(string name) => Styles[name];

    /// <summary>The look of a panel; panels the theme does not name are light and plain.</summary>
    public PanelLook PanelLook(string slot) => Panels.TryGetValue(slot, out var look) ? look : new PanelLook(DefaultToneName, null);
}
