using System.Globalization;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout.Folds;

/// <summary>Reads a layout file from <c>templates/layouts/&lt;name&gt;.yaml</c>; every problem is reported at once with its line.</summary>
public sealed class FoldLayoutLoader
{
    public const string FolderName = "layouts";

    /// <summary>The keys a layout file may have, with what each means (docs/layouts.md is checked against it).</summary>
    public static readonly IReadOnlyList<(string Key, string Meaning)> Keys =
    [
        ("name", "what the layout is, in words (shown by `list`)"),
        ("template", "the Scriban template (a folder of `templates/`) that turns Markdown content into brochure markup; default `flow`"),
        ("sheet.width, sheet.height", "the flat sheet, in points"),
        ("pages.outside, pages.inside", "the panels of each printed side, left to right"),
        ("panel-widths", "the width of every panel, in points; each side must add up to the sheet width"),
        ("reading-order", "the order a reader meets the panels of the folded brochure; text flows and the tag tree reads in this order"),
        ("margins.top, margins.bottom, margins.outer, margins.fold", "the space kept free at the top and bottom, at the sheet's outer edges and on each side of a fold"),
        ("print.bleed", "how far backgrounds extend past the trim in the print edition, in points"),
        ("print.condition", "the printing condition of the print edition (`gracol-2006-coated` or `fogra39-coated`)"),
    ];

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly string _display;

    private FoldLayoutLoader(string display)
    {
        _display = display;
    }

    /// <summary>The names of the layouts under <paramref name="templatesRoot"/>.</summary>
    public static IReadOnlyList<string> Available(string templatesRoot)
    {
        var folder = Path.Combine(templatesRoot, FolderName);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public static string PathOf(string templatesRoot, string name) => Path.Combine(templatesRoot, FolderName, name + ".yaml");

    public static FoldLayout Load(string templatesRoot, string name)
    {
        var path = PathOf(templatesRoot, name);
        var loader = new FoldLayoutLoader(DisplayPath.For(path));
        var root = YamlContentReader.ReadFile(path, loader._display, parseInlineMarkup: false, templatesRoot, FileKind.Design).AsMap("a layout file");
        var layout = loader.Read(root, name);
        return loader._diagnostics.Count > 0 || layout is null ? throw new BrochureException(loader._diagnostics) : layout;
    }

    private FoldLayout? Read(ContentMap root, string name)
    {
        Known(root, ["name", "template", "sheet", "pages", "panel-widths", "reading-order", "margins", "print"]);
        var sheet = Map(root, "sheet");
        var pages = Map(root, "pages");
        var widthsMap = Map(root, "panel-widths");
        var margins = Map(root, "margins");
        var print = Map(root, "print");
        if (sheet is null || pages is null || widthsMap is null || margins is null || print is null)
        {
            return null;
        }

        Known(sheet, ["width", "height"]);
        Known(pages, ["outside", "inside"]);
        Known(margins, ["top", "bottom", "outer", "fold"]);
        Known(print, ["bleed", "condition"]);
        var width = Number(sheet, "width");
        var height = Number(sheet, "height");
        var outside = Names(pages, "outside");
        var inside = Names(pages, "inside");
        var widths = widthsMap.Entries.ToDictionary(e => e.Key, e => Number(e.Value), StringComparer.Ordinal);
        foreach (var (side, panels) in new[] { ("outside", outside), ("inside", inside) })
        {
            foreach (var missing in panels.Where(p => !widths.ContainsKey(p)))
            {
                Error(widthsMap, $"panel-widths has no width for '{missing}'");
            }

            var total = panels.Where(widths.ContainsKey).Sum(p => widths[p]);
            if (panels.All(widths.ContainsKey) && Math.Abs(total - width) > 0.01)
            {
                Error(pages.Find(side)!, $"the {side} panels are {F(total)} pt wide together, but the sheet is {F(width)} pt");
            }
        }

        var slots = outside.Concat(inside).ToList();
        foreach (var duplicate in slots.GroupBy(s => s).Where(g => g.Count() > 1))
        {
            Error(pages, $"the panel '{duplicate.Key}' is named twice");
        }

        var order = Names(root, "reading-order");
        if (order.Count != slots.Count || order.Except(slots).Any() || slots.Except(order).Any())
        {
            Error(root.Find("reading-order") ?? root, $"reading-order must name each panel once: {string.Join(", ", slots)}");
        }

        var condition = Text(print, "condition");
        if (condition.Length > 0 && PrintCondition.Find(condition) is null)
        {
            Error(print.Find("condition") ?? print, $"unknown printing condition '{condition}'{DidYouMean.Suggest(condition, PrintCondition.Known.Select(c => c.Name))}; known: {string.Join(", ", PrintCondition.Known.Select(c => c.Name))}");
        }

        var template = root.OptionalText("template")?.Raw ?? "flow";
        if (!Templating.TemplateRenderer.IsValidName(template))
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateNameInvalid, $"'template: {template}' must name a folder of templates/, not a path", root.Find("template")!.Location));
        }

        return new FoldLayout(
            name,
            root.OptionalText("name")?.Raw ?? name,
            _display,
            template,
            new SheetGeometry(width, height, outside, inside, widths),
            order,
            new PanelMargins(Number(margins, "top"), Number(margins, "bottom"), Number(margins, "outer"), Number(margins, "fold")),
            Number(print, "bleed"),
            condition);
    }

    private void Known(ContentMap map, string[] keys)
    {
        foreach (var (key, value) in map.Entries.Where(e => !keys.Contains(e.Key)))
        {
            Error(value, $"unknown key '{key}'{DidYouMean.Suggest(key, keys)}; here a layout may have {string.Join(", ", keys)}");
        }
    }

    private ContentMap? Map(ContentMap map, string key)
    {
        var node = map.Find(key);
        if (node is ContentMap found)
        {
            return found;
        }

        Error(node ?? map, node is null ? $"the layout needs '{key}'" : $"'{key}' must be a mapping of keys to values");
        return null;
    }

    private List<string> Names(ContentMap map, string key)
    {
        if (map.Find(key) is ContentList list)
        {
            return list.Items.OfType<ContentText>().Select(t => t.Raw).ToList();
        }

        Error(map.Find(key) ?? map, $"'{key}' must be a list of panel names, e.g. [flap, back, cover]");
        return [];
    }

    private string Text(ContentMap map, string key)
    {
        if (map.Find(key) is ContentText text)
        {
            return text.Raw;
        }

        Error(map.Find(key) ?? map, $"the layout needs '{key}' here");
        return string.Empty;
    }

    private double Number(ContentMap map, string key)
    {
        if (map.Find(key) is { } node)
        {
            return Number(node);
        }

        Error(map, $"the layout needs '{key}' here");
        return 0;
    }

    private double Number(ContentNode node)
    {
        if (node is ContentText text && double.TryParse(text.Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        Error(node, $"'{(node as ContentText)?.Raw}' is not a number of points");
        return 0;
    }

    private void Error(ContentNode node, string message) => _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LayoutInvalid, message, node.Location));

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
