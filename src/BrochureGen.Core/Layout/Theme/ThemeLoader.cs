using System.Globalization;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Fonts;

namespace BrochureGen.Layout.Theme;

/// <summary>Reads <c>theme.yaml</c> and the fonts it names; every error names the theme line.</summary>
public sealed class ThemeLoader
{
    public const string ThemeFileName = "theme.yaml";

    private static readonly string[] ToneRoles = ["text", "heading", "accent", "link"];
    private readonly string _folder;
    private readonly string _display;
    private readonly Dictionary<string, InkColor> _colors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FontFamily> _families = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FontStack> _stacks = new(StringComparer.Ordinal);

    private ThemeLoader(string templateFolder)
    {
        _folder = templateFolder;
        _display = DisplayPath.For(Path.Combine(templateFolder, ThemeFileName));
    }

    public static BrochureTheme Load(string templateFolder) => new ThemeLoader(templateFolder).Load();

    private BrochureTheme Load()
    {
        var root = YamlContentReader.ReadFile(Path.Combine(_folder, ThemeFileName), _display, parseInlineMarkup: false).AsMap(ThemeFileName);

        var sheet = ReadSheet(Section(root, "sheet"));
        var marginsMap = Section(root, "margins");
        var margins = new PanelMargins(Number(marginsMap, "top"), Number(marginsMap, "bottom"), Number(marginsMap, "outer"), Number(marginsMap, "fold"));

        var printColors = Section(root, "print-colors");
        foreach (var (name, value) in Section(root, "colors").Entries)
        {
            var text = Text(value);
            if (!RgbColor.TryParse(text.Raw, out var color))
            {
                throw Error(value, $"colour '{name}' must be written #RRGGBB, not '{text.Raw}'");
            }

            var printNode = printColors.Find(name) ?? throw Error(printColors, $"colour '{name}' has no print value: add '{name}: C M Y K' (percent) under print-colors");
            if (!CmykColor.TryParse(Text(printNode).Raw, out var print))
            {
                throw Error(printNode, $"the print value of '{name}' must be four percentages 'C M Y K', not '{Text(printNode).Raw}'");
            }

            _colors[name] = new InkColor(color, print);
        }

        foreach (var (name, value) in Section(root, "font-families").Entries)
        {
            _families[name] = ReadFamily(name, value.AsMap($"font family '{name}'"));
        }

        foreach (var (name, value) in Section(root, "fonts").Entries)
        {
            _stacks[name] = ReadStack(name, value);
        }

        var tones = Section(root, "tones").Entries.ToDictionary(e => e.Key, e => ReadTone(e.Value.AsMap($"tone '{e.Key}'")), StringComparer.Ordinal);
        if (!tones.ContainsKey("light"))
        {
            throw Error(root, "the theme needs a tone named 'light', used by panels that name none");
        }

        var styles = Section(root, "styles").Entries.ToDictionary(e => e.Key, e => ReadStyle(e.Key, e.Value.AsMap($"style '{e.Key}'")), StringComparer.Ordinal);
        foreach (var required in new[] { "body", "list-item", "h1", "h2", "h3" })
        {
            if (!styles.ContainsKey(required))
            {
                throw Error(root, $"the theme needs a style named '{required}'");
            }
        }

        var boxes = Section(root, "boxes").Entries.ToDictionary(e => e.Key, e => ReadBox(e.Key, e.Value.AsMap($"box '{e.Key}'"), tones), StringComparer.Ordinal);
        var listMap = Section(root, "list");
        var list = new ListStyle(Number(listMap, "indent"), Text(Required(listMap, "bullet")).Raw, Text(Required(listMap, "nested-bullet")).Raw, Number(listMap, "item-spacing"));
        var minimum = Number(root, "minimum-body-size");
        var underline = root.OptionalText("underline-links")?.Raw != "false";
        var fitMap = root.Find("fit") as ContentMap;
        var fit = fitMap is null
            ? new FitSettings([], 0)
            : new FitSettings(
                fitMap.Find("spacing") is ContentList steps ? steps.Items.Select(ParseNumber).ToList() : [],
                OptionalNumber(fitMap, "text-step"));
        var theme = new BrochureTheme(_display, sheet, margins, tones, styles, boxes, list, minimum, underline, fit);

        var locations = new ThemeAccessibilityCheck.Locations(
            Required(root, "minimum-body-size").Location,
            Section(root, "styles").Entries.ToDictionary(e => e.Key, e => e.Value.Location, StringComparer.Ordinal),
            Section(root, "tones").Entries
                .SelectMany(tone => ((ContentMap)tone.Value).Entries.Select(role => (Key: (tone.Key, role.Key), role.Value.Location)))
                .ToDictionary(e => e.Key, e => e.Location));
        var problems = ThemeAccessibilityCheck.Check(theme, locations);
        if (problems.Count > 0)
        {
            throw new BrochureException(problems);
        }

        return theme;
    }

    private SheetGeometry ReadSheet(ContentMap map)
    {
        var outside = Names(map, "outside");
        var inside = Names(map, "inside");
        var widthsMap = Section(map, "panel-widths");
        var widths = widthsMap.Entries.ToDictionary(e => e.Key, e => ParseNumber(e.Value), StringComparer.Ordinal);
        var width = Number(map, "width");
        foreach (var (side, panels) in new[] { ("outside", outside), ("inside", inside) })
        {
            var missing = panels.FirstOrDefault(p => !widths.ContainsKey(p));
            if (missing is not null)
            {
                throw Error(widthsMap, $"panel-widths has no width for '{missing}'");
            }

            var total = panels.Sum(p => widths[p]);
            if (Math.Abs(total - width) > 0.01)
            {
                throw Error(map.Find(side)!, $"the {side} panels are {total.ToString(CultureInfo.InvariantCulture)} pt wide together, but the sheet is {width.ToString(CultureInfo.InvariantCulture)} pt");
            }
        }

        return new SheetGeometry(width, Number(map, "height"), outside, inside, widths);
    }

    private FontFamily ReadFamily(string name, ContentMap map)
    {
        FontFace Face(string faceName)
        {
            var value = map.Find(faceName) ?? throw Error(map, $"font family '{name}' needs a '{faceName}' face");
            var relative = Text(value).Raw;
            var path = Path.GetFullPath(Path.Combine(_folder, relative));
            if (!File.Exists(path))
            {
                throw new BrochureException(Diagnostic.Error(DiagnosticCodes.FontInvalid, $"font file '{relative}' not found", value.Location));
            }

            try
            {
                return new FontFace($"{name}-{faceName}", path, FontCache.Load(path));
            }
            catch (InvalidDataException ex)
            {
                throw new BrochureException(Diagnostic.Error(DiagnosticCodes.FontInvalid, $"font file '{relative}' cannot be used: {ex.Message}", value.Location));
            }
        }

        return new FontFamily(name, Face("regular"), Face("bold"), Face("italic"), Face("bold-italic"));
    }

    private FontStack ReadStack(string name, ContentNode value)
    {
        var names = value is ContentList list ? list.Items.Select(Text).ToList() : [Text(value)];
        var families = names.Select(n => _families.TryGetValue(n.Raw, out var family)
            ? family
            : throw new BrochureException(Diagnostic.Error(DiagnosticCodes.FontInvalid, $"font '{name}' lists the family '{n.Raw}', which 'font-families' does not define", n.Location))).ToList();
        return families.Count > 0 ? new FontStack(name, families) : throw Error(value, $"font '{name}' lists no family");
    }

    private ToneColors ReadTone(ContentMap map)
    {
        var background = map.Find("background") is { } node ? Color(node) : (InkColor?)null;
        return new ToneColors(background, Color(Required(map, "text")), Color(Required(map, "heading")), Color(Required(map, "accent")), Color(Required(map, "link")));
    }

    private TextStyle ReadStyle(string name, ContentMap map)
    {
        var fontNode = Required(map, "font");
        var stackName = Text(fontNode).Raw;
        if (!_stacks.TryGetValue(stackName, out var family))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"style '{name}' names the font '{stackName}', which 'fonts' does not define (it has {string.Join(", ", _stacks.Keys)})", fontNode.Location));
        }

        var colorNode = map.Find("color");
        var role = colorNode is null ? "text" : Text(colorNode).Raw;
        if (!ToneRoles.Contains(role))
        {
            throw Error(colorNode!, $"style colour must be one of the tone roles {string.Join(", ", ToneRoles)}, not '{role}'");
        }

        var leadingNode = Required(map, "leading");
        var leading = ParseNumber(leadingNode);
        return new TextStyle(
            name,
            family,
            map.OptionalText("bold")?.Raw == "true",
            Number(map, "size"),
            leading,
            OptionalNumber(map, "space-before"),
            OptionalNumber(map, "space-after"),
            role);
    }

    private BoxStyle ReadBox(string name, ContentMap map, Dictionary<string, ToneColors> tones)
    {
        var toneNode = Required(map, "tone");
        var tone = Text(toneNode).Raw;
        if (!tones.ContainsKey(tone))
        {
            throw Error(toneNode, $"box '{name}' names the tone '{tone}', which 'tones' does not define");
        }

        return new BoxStyle(name, tone, Number(map, "padding"), OptionalNumber(map, "space-before"), OptionalNumber(map, "space-after"), map.OptionalText("reaches-panel-edges")?.Raw == "true");
    }

    private InkColor Color(ContentNode node)
    {
        var text = Text(node).Raw;
        if (_colors.TryGetValue(text, out var named))
        {
            return named;
        }

        if (RgbColor.TryParse(text, out var literal))
        {
            return new InkColor(literal, CmykColor.FromRgb(literal));
        }

        throw Error(node, $"'{text}' is neither a colour named under 'colors' nor a #RRGGBB colour");
    }

    private List<string> Names(ContentMap map, string key) =>
        Required(map, key) is ContentList list ? list.Items.Select(i => Text(i).Raw).ToList() : throw Error(map.Find(key)!, $"'{key}' must be a list");

    private ContentMap Section(ContentMap map, string key) => Required(map, key).AsMap($"'{key}'");

    private ContentNode Required(ContentMap map, string key) => map.Find(key) ?? throw Error(map, $"the theme needs '{key}' here");

    private double Number(ContentMap map, string key) => ParseNumber(Required(map, key));

    private double OptionalNumber(ContentMap map, string key) => map.Find(key) is { } node ? ParseNumber(node) : 0;

    private double ParseNumber(ContentNode node)
    {
        var text = Text(node).Raw;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw Error(node, $"'{text}' is not a number of points");
    }

    private ContentText Text(ContentNode node) => node as ContentText ?? throw Error(node, $"expected a single value here, not a {ContentNodeExtensions.KindOf(node)}");

    private static BrochureException Error(ContentNode node, string message) =>
        new(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, message, node.Location));
}
