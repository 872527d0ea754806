using BrochureGen.Vocabulary;
using BrochureGen.Color;
using System.Globalization;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Fonts;
using BrochureGen.Layout.Folds;
using BrochureGen.Document;

namespace BrochureGen.Layout.Theme;

/// <summary>
/// Reads <c>templates/themes/&lt;name&gt;.yaml</c> and the fonts it names (from
/// <c>templates/fonts</c>). Every problem of the file — unknown keys, missing settings, colours,
/// fonts, accessibility — is reported at once, each with its line.
/// </summary>
public sealed partial class ThemeLoader
{
    public const string FolderName = "themes";
    public const string FontsFolderName = "fonts";

    private static readonly string[] Faces = ["regular", "bold", "italic", "bold-italic"];
    private static readonly string[] RequiredStyles = [StyleNames.Body, StyleNames.ListItem, StyleNames.Heading(1), StyleNames.Heading(2), StyleNames.Heading(3)];

    private readonly string _templatesRoot;
    private readonly string _fontsFolder;
    private readonly string _display;

    // The printing condition's output profile, for colours the theme gives no CMYK for.
    private string? _profilePath;
    private byte[]? _profile;
    private bool _profileRefused;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, InkColor> _colors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FontFamily> _families = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FontStack> _stacks = new(StringComparer.Ordinal);

    private ThemeLoader(string templatesRoot, string display)
    {
        _templatesRoot = templatesRoot;
        _fontsFolder = Path.Combine(templatesRoot, FontsFolderName);
        _display = display;
    }

    /// <summary>The names of the themes under <paramref name="templatesRoot"/>.</summary>
    public static IReadOnlyList<string> Available(string templatesRoot)
    {
        var folder = Path.Combine(templatesRoot, FolderName);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public static string PathOf(string templatesRoot, string name) => Path.Combine(templatesRoot, FolderName, name + ".yaml");

    /// <summary>Loads theme <paramref name="name"/> for a brochure laid out on <paramref name="layout"/>.</summary>
    public static BrochureTheme Load(string templatesRoot, string name, FoldLayout layout)
    {
        var path = PathOf(templatesRoot, name);
        var loader = new ThemeLoader(templatesRoot, DisplayPath.For(path))
        {
            _profilePath = Folds.PrintCondition.Find(layout.PrintCondition)?.ProfilePath(templatesRoot),
        };
        var root = YamlContentReader.ReadFile(path, loader._display, parseInlineMarkup: false, templatesRoot, FileKind.Design).AsMap("a theme file");
        var theme = loader.Read(root, layout);
        return loader._diagnostics.Count > 0 || theme is null ? throw new BrochureException(loader._diagnostics) : theme;
    }

    // A theme's names become CSS class names and custom properties of the HTML edition and
    // the gallery (.st-body, .tone-dark, --font-body): a name that could close the style sheet
    // or carry markup ("x</style><script>") is refused where it is written.
    private bool IsName(string name, ContentNode at, string what)
    {
        if (ThemeName().IsMatch(name))
        {
            return true;
        }

        Error(at, $"'{name}' cannot be the name of a {what}: a name is lower-case letters, digits and '-', starting with a letter (it becomes a CSS class name)");
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z][a-z0-9-]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex ThemeName();

    private BrochureTheme? Read(ContentMap root, FoldLayout layout)
    {
        Known(root, ThemeSchema.TopLevel);
        if (root.Find("description") is { } description and not ContentText)
        {
            Error(description, "'description' is one line of text saying what the theme looks like");
        }

        var colors = Section(root, "colors");
        var printColors = Section(root, "print-colors");
        if (colors is not null)
        {
            foreach (var (name, value) in colors.Entries.Where(e => IsName(e.Key, e.Value, "colour")))
            {
                ReadColor(name, value, printColors);
            }
        }

        foreach (var (name, value) in (Section(root, "font-families")?.Entries ?? []).Where(e => IsName(e.Key, e.Value, "font family")))
        {
            if (value is ContentMap faces && ReadFamily(name, faces) is { } family)
            {
                _families[name] = family;
            }
            else if (value is not ContentMap)
            {
                Error(value, $"font family '{name}' must list its faces: {string.Join(", ", Faces)}");
            }
        }

        foreach (var (name, value) in (Section(root, "fonts")?.Entries ?? []).Where(e => IsName(e.Key, e.Value, "font stack")))
        {
            if (ReadStack(name, value) is { } stack)
            {
                _stacks[name] = stack;
            }
        }

        var tones = new Dictionary<string, ToneColors>(StringComparer.Ordinal);
        foreach (var (name, value) in (Section(root, "tones")?.Entries ?? []).Where(e => IsName(e.Key, e.Value, "tone")))
        {
            if (AsMap(value, $"tone '{name}'") is { } map && ReadTone(map) is { } tone)
            {
                tones[name] = tone;
            }
        }

        if (!tones.ContainsKey(BrochureTheme.DefaultToneName) && root.Find("tones") is { } tonesNode)
        {
            Error(tonesNode, $"the theme needs a tone named '{BrochureTheme.DefaultToneName}', used by panels that name none");
        }

        var styles = new Dictionary<string, TextStyle>(StringComparer.Ordinal);
        var stylesNode = Section(root, "styles");
        foreach (var (name, value) in (stylesNode?.Entries ?? []).Where(e => IsName(e.Key, e.Value, "style")))
        {
            if (AsMap(value, $"style '{name}'") is { } map && ReadStyle(name, map) is { } style)
            {
                styles[name] = style;
            }
        }

        foreach (var required in RequiredStyles.Where(r => stylesNode is not null && stylesNode.Find(r) is null))
        {
            Error(stylesNode!, $"the theme needs a style named '{required}'");
        }

        var boxes = new Dictionary<string, BoxStyle>(StringComparer.Ordinal);
        foreach (var (name, value) in (Section(root, "boxes")?.Entries ?? []).Where(e => IsName(e.Key, e.Value, "box")))
        {
            if (AsMap(value, $"box '{name}'") is { } map && ReadBox(name, map, tones) is { } box)
            {
                boxes[name] = box;
            }
        }

        var panels = new Dictionary<string, PanelLook>(StringComparer.Ordinal);
        if (root.Find("panels") is { } panelsNode && AsMap(panelsNode, "'panels'") is { } panelsMap)
        {
            foreach (var (slot, value) in panelsMap.Entries)
            {
                if (AsMap(value, $"panel '{slot}'") is { } map && ReadPanel(slot, map, tones) is { } look)
                {
                    panels[slot] = look;
                }
            }
        }

        var listMap = Section(root, "list");
        var list = listMap is null ? null : ReadList(listMap);
        var tableMap = root.Find("table") is null ? null : Section(root, "table");
        if (tableMap is not null)
        {
            Known(tableMap, ThemeSchema.Table);
        }

        var table = new TableStyle(tableMap is null ? 4 : OptionalNumber(tableMap, "cell-padding", 4), tableMap is null ? 0.75 : OptionalNumber(tableMap, "rule", 0.75));
        var qrMap = root.Find("qr") is null ? null : Section(root, "qr");
        if (qrMap is not null)
        {
            Known(qrMap, ThemeSchema.Qr);
        }

        var qr = new QrStyle(qrMap is null ? 72 : OptionalNumber(qrMap, "size", 72));
        var minimum = Number(root, "minimum-body-size");
        var underline = root.Find("underline-links") is { } underlineNode ? Boolean(underlineNode) : true;
        var fitMap = root.Find("fit") is null ? null : Section(root, "fit");
        if (fitMap is not null)
        {
            Known(fitMap, ThemeSchema.Fit);
        }

        var fit = fitMap is null
            ? new FitSettings([], 0)
            : new FitSettings(
                fitMap.Find("spacing") is ContentList steps ? steps.Items.Select(ParseNumber).ToList() : [],
                OptionalNumber(fitMap, "text-step", 0),
                fitMap.Find("spread-spacing") is ContentList spread ? spread.Items.Select(ParseNumber).ToList() : [],
                OptionalNumber(fitMap, "maximum-body-size", 0));

        if (_diagnostics.Count > 0 || list is null)
        {
            return null;
        }

        // 'scrim: none' has none (text over a picture that is too busy is an error); absent, the panel's tone background.
        var scrimNode = root.Find("scrim");
        var noScrim = scrimNode is ContentText { Raw: "none" };
        var scrim = scrimNode is null || noScrim ? null : Color(scrimNode);
        if (_diagnostics.Count > 0)
        {
            return null;
        }

        var theme = new BrochureTheme(_display, layout, tones, styles, boxes, list, minimum, underline, fit, panels, table, qr) { Scrim = scrim, NoScrim = noScrim };
        var locations = new ThemeAccessibilityCheck.Locations(
            root.Find("minimum-body-size")!.Location,
            stylesNode!.Entries.ToDictionary(e => e.Key, e => e.Value.Location, StringComparer.Ordinal),
            Section(root, "tones")!.Entries
                .SelectMany(tone => ((ContentMap)tone.Value).Entries.Select(role => (Key: (tone.Key, role.Key), role.Value.Location)))
                .ToDictionary(e => e.Key, e => e.Location));
        _diagnostics.AddRange(ThemeAccessibilityCheck.Check(theme, locations));
        return theme with { PrintChecks = new Lazy<IReadOnlyList<Diagnostic>>(() => CheckPrint(theme, locations)) };
    }

    // Run once, after Load has returned: what the profile's reading reports goes with the findings.
    private List<Diagnostic> CheckPrint(BrochureTheme theme, ThemeAccessibilityCheck.Locations locations)
    {
        var before = _diagnostics.Count;
        var findings = new List<Diagnostic>();
        if (PrintProof() is { } proof)
        {
            findings.AddRange(ThemeAccessibilityCheck.CheckPrint(theme, locations, ink =>
            {
                var (r, g, b) = proof.Screen(ink.C, ink.M, ink.Y, ink.K);
                return new RgbColor(r, g, b);
            }));
        }

        return [.. _diagnostics.Skip(before), .. findings];
    }

    // How the print edition's colours look on paper, for the print contrast check. Without the
    // layout's profile or LittleCMS the print edition is refused elsewhere (colours without a
    // print value cannot be separated; the print PDF needs its output intent), so the check is
    // left to that error rather than said twice.
    private SoftProof? PrintProof()
    {
        if (_profilePath is null || !File.Exists(_profilePath) || !ColorSeparation.IsAvailable)
        {
            return null;
        }

        return Profile() is { } profile ? SoftProof.For(profile) : null;
    }

    // The printing condition's profile, read once; a refused file is said once, not for every colour.
    private byte[]? Profile()
    {
        try
        {
            _profile ??= _profileRefused ? null : SafeFile.ReadBytes(_profilePath!, _templatesRoot, FileKind.Profile);
        }
        catch (BrochureException ex)
        {
            _diagnostics.AddRange(ex.Diagnostics);
            _profileRefused = true;
        }

        return _profile;
    }

    /// <summary>The theme's one-line <c>description</c>, or null when it has none (for <c>list --themes</c>).</summary>
    public static string? Description(string templatesRoot, string name)
    {
        var path = PathOf(templatesRoot, name);
        var root = YamlContentReader.ReadFile(path, DisplayPath.For(path), parseInlineMarkup: false, templatesRoot, FileKind.Design).AsMap("a theme file");
        return root.OptionalText("description")?.Raw;
    }

    private void ReadColor(string name, ContentNode value, ContentMap? printColors)
    {
        if (value is not ContentText text || !RgbColor.TryParse(text.Raw, out var color))
        {
            Error(value, $"colour '{name}' must be written #RRGGBB, not '{(value as ContentText)?.Raw}'");
            return;
        }

        if (printColors?.Find(name) is not { } printNode)
        {
            // No fixed CMYK from the brand: separate the sRGB colour through the printing condition's profile.
            if (Separate(color, value, $"colour '{name}'", $"add '{name}: C M Y K' (percent) under print-colors") is { } separated)
            {
                _colors[name] = new InkColor(color, separated);
            }

            return;
        }

        if (printNode is not ContentText printText || !CmykColor.TryParse(printText.Raw, out var print))
        {
            Error(printNode, $"the print value of '{name}' must be four percentages 'C M Y K', not '{(printNode as ContentText)?.Raw}'");
            return;
        }

        _colors[name] = new InkColor(color, print);
    }

    private CmykColor? Separate(RgbColor color, ContentNode at, string what, string alternative)
    {
        if (_profilePath is null || !File.Exists(_profilePath))
        {
            Error(at, $"{what} has no print value and the layout's printing condition has no output profile{(_profilePath is null ? string.Empty : $" ('{DisplayPath.For(_profilePath)}' is missing)")} to separate it with: {alternative}");
            return null;
        }

        if (!ColorSeparation.IsAvailable)
        {
            Error(at, $"{what} has no print value, and separating it through the printing condition's profile needs LittleCMS, which was not found: {ColorSeparation.InstallHint}; or {alternative}");
            return null;
        }

        if (Profile() is not { } profile)
        {
            return null;
        }

        var (c, m, y, k) = ColorSeparation.For(profile).Separate(color.R, color.G, color.B);
        return new CmykColor(c, m, y, k);
    }

    private FontFamily? ReadFamily(string name, ContentMap map)
    {
        Known(map, Faces);
        FontFace? Face(string faceName)
        {
            if (map.Find(faceName) is not ContentText value)
            {
                Error(map, $"font family '{name}' needs a '{faceName}' face");
                return null;
            }

            var relative = value.Raw;
            var path = Path.GetFullPath(Path.Combine(_fontsFolder, relative));
            if (!File.Exists(path))
            {
                _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FontInvalid, $"font file '{relative}' not found in {DisplayPath.For(_fontsFolder)}", value.Location));
                return null;
            }

            // Opened when first needed (FontFace): a build with nothing to do opens no font. What is
            // wrong with the file is said at the theme's line all the same (ThemeFonts.Check).
            var templatesRoot = _templatesRoot;
            var location = value.Location;
            return new FontFace($"{name}-{faceName}", path, () =>
            {
                try
                {
                    return FontCache.Load(path, templatesRoot, location, relative);
                }
                catch (InvalidDataException ex)
                {
                    throw new BrochureException(Diagnostic.Error(DiagnosticCodes.FontInvalid, $"font file '{relative}' cannot be used: {ex.Message}", location));
                }
            });
        }

        var faces = Faces.Select(Face).ToList();
        return faces.Any(f => f is null) ? null : new FontFamily(name, faces[0]!, faces[1]!, faces[2]!, faces[3]!);
    }

    private FontStack? ReadStack(string name, ContentNode value)
    {
        var names = value is ContentList list ? list.Items.OfType<ContentText>().ToList() : value is ContentText single ? [single] : [];
        var families = new List<FontFamily>();
        foreach (var family in names)
        {
            if (_families.TryGetValue(family.Raw, out var found))
            {
                families.Add(found);
            }
            else
            {
                _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FontInvalid, $"font '{name}' lists the family '{family.Raw}', which 'font-families' does not define{DidYouMean.Suggest(family.Raw, _families.Keys)}", family.Location));
            }
        }

        if (names.Count == 0)
        {
            Error(value, $"font '{name}' lists no family");
        }

        return families.Count == names.Count && families.Count > 0 ? new FontStack(name, families) : null;
    }

    private ToneColors? ReadTone(ContentMap map)
    {
        Known(map, ThemeSchema.Tone);
        var background = map.Find("background") is { } node ? Color(node) : null;
        var roles = ToneColors.Roles.Select(role => map.Find(role) is { } roleNode ? Color(roleNode) : Missing(map, role)).ToList();
        return roles.Any(r => r is null) ? null : new ToneColors(background, roles[0]!.Value, roles[1]!.Value, roles[2]!.Value, roles[3]!.Value);
    }

    private TextStyle? ReadStyle(string name, ContentMap map)
    {
        Known(map, ThemeSchema.Style);
        if (map.Find("font") is not ContentText fontNode)
        {
            Error(map, $"style '{name}' needs a 'font' (one of the stacks under 'fonts')");
            return null;
        }

        if (!_stacks.TryGetValue(fontNode.Raw, out var family))
        {
            Error(fontNode, $"style '{name}' names the font '{fontNode.Raw}', which 'fonts' does not define (it has {string.Join(", ", _stacks.Keys)})");
        }

        var role = map.Find("color") is { } colorNode ? (colorNode as ContentText)?.Raw ?? string.Empty : ToneColors.TextRole;
        if (!ToneColors.Roles.Contains(role))
        {
            Error(map.Find("color")!, $"style colour must be one of the tone roles {string.Join(", ", ToneColors.Roles)}, not '{role}'");
        }

        var style = new TextStyle(
            name,
            family!,
            map.Find("bold") is { } bold && Boolean(bold),
            Number(map, "size"),
            Number(map, "leading"),
            OptionalNumber(map, "space-before", 0),
            OptionalNumber(map, "space-after", 0),
            role,
            map.Find("italic") is { } italic && Boolean(italic));
        return family is null ? null : style;
    }

    private BoxStyle? ReadBox(string name, ContentMap map, Dictionary<string, ToneColors> tones)
    {
        Known(map, ThemeSchema.Box);
        var tone = ToneName(map, $"box '{name}'", tones);
        return new BoxStyle(
            name,
            tone ?? BrochureTheme.DefaultToneName,
            Number(map, "padding"),
            OptionalNumber(map, "space-before", 0),
            OptionalNumber(map, "space-after", 0),
            map.Find("reaches-panel-edges") is { } edges && Boolean(edges));
    }

    private PanelLook? ReadPanel(string slot, ContentMap map, Dictionary<string, ToneColors> tones)
    {
        Known(map, ThemeSchema.Panel);
        var tone = map.Find("tone") is null ? BrochureTheme.DefaultToneName : ToneName(map, $"panel '{slot}'", tones);
        var name = map.OptionalText("ornament")?.Raw;
        Ornament? ornament = null;
        if (name is not null)
        {
            if (OrnamentNames.ByName.TryGetValue(name, out var known))
            {
                ornament = known;
            }
            else
            {
                Error(map.Find("ornament")!, $"unknown ornament '{name}'{DidYouMean.Suggest(name, ThemeSchema.Ornaments)}; ornaments are {string.Join(", ", ThemeSchema.Ornaments)}");
            }
        }

        return tone is null ? null : new PanelLook(tone, ornament);
    }

    private string? ToneName(ContentMap map, string owner, Dictionary<string, ToneColors> tones)
    {
        if (map.Find("tone") is not ContentText toneNode)
        {
            Error(map, $"{owner} needs a 'tone'");
            return null;
        }

        if (!tones.ContainsKey(toneNode.Raw))
        {
            Error(toneNode, $"{owner} names the tone '{toneNode.Raw}', which 'tones' does not define{DidYouMean.Suggest(toneNode.Raw, tones.Keys)}");
            return null;
        }

        return toneNode.Raw;
    }

    private ListStyle? ReadList(ContentMap map)
    {
        Known(map, ThemeSchema.List);
        var bullet = map.OptionalText("bullet");
        var nested = map.OptionalText("nested-bullet");
        if (bullet is null || nested is null)
        {
            Error(map, "'list' needs a 'bullet' and a 'nested-bullet'");
            return null;
        }

        var indent = Number(map, "indent");
        return new ListStyle(indent, bullet.Raw, nested.Raw, Number(map, "item-spacing"), OptionalNumber(map, "number-indent", indent));
    }

    private InkColor? Color(ContentNode node)
    {
        var text = (node as ContentText)?.Raw ?? string.Empty;
        if (_colors.TryGetValue(text, out var named))
        {
            return named;
        }

        if (RgbColor.TryParse(text, out var literal))
        {
            return Separate(literal, node, $"the colour '{text}'", "name it under colors and give its CMYK under print-colors") is { } separated ? new InkColor(literal, separated) : null;
        }

        Error(node, $"'{text}' is neither a colour named under 'colors'{DidYouMean.Suggest(text, _colors.Keys)} nor a #RRGGBB colour");
        return null;
    }

    private InkColor? Missing(ContentMap map, string key)
    {
        Error(map, $"the theme needs '{key}' here");
        return null;
    }

    // Unknown keys are errors, not silently ignored: a typo ('wieght') or a setting the
    // program does not support ('align') must not leave a designer wondering.
    private void Known(ContentMap map, IReadOnlyList<string> keys)
    {
        foreach (var (key, value) in map.Entries.Where(e => !keys.Contains(e.Key)))
        {
            var why = ThemeSchema.Unsupported.TryGetValue(key, out var reason) ? $"; {reason}" : $"{DidYouMean.Suggest(key, keys)}; here the theme may have {string.Join(", ", keys)}";
            Error(value, $"unknown theme key '{key}'{why}");
        }
    }

    private ContentMap? Section(ContentMap map, string key)
    {
        var node = map.Find(key);
        if (node is null)
        {
            Error(map, $"the theme needs '{key}'");
            return null;
        }

        return AsMap(node, $"'{key}'");
    }

    private ContentMap? AsMap(ContentNode node, string what)
    {
        if (node is ContentMap map)
        {
            return map;
        }

        Error(node, $"{what} must be a mapping of keys to values");
        return null;
    }

    private double Number(ContentMap map, string key)
    {
        if (map.Find(key) is { } node)
        {
            return ParseNumber(node);
        }

        Error(map, $"the theme needs '{key}' here");
        return 1;
    }

    private double OptionalNumber(ContentMap map, string key, double fallback) => map.Find(key) is { } node ? ParseNumber(node) : fallback;

    private double ParseNumber(ContentNode node)
    {
        var text = (node as ContentText)?.Raw;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        Error(node, $"'{text}' is not a number of points");
        return 1;
    }

    private bool Boolean(ContentNode node)
    {
        var text = (node as ContentText)?.Raw;
        if (text is "true" or "false")
        {
            return text == "true";
        }

        Error(node, $"'{text}' must be true or false");
        return false;
    }

    private void Error(ContentNode node, string message) =>
        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, message, node.Location));
}
