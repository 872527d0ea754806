using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using BrochureGen.Diagnostics;

namespace BrochureGen.Layout;

/// <summary>
/// Reads an SVG picture as the hostile input it may be, before any renderer sees it, and admits
/// only what the renderer was measured to draw faithfully (docs/notes/svg-fidelity.md): shapes
/// and paths, linear and radial gradients, clip paths, <c>use</c> of a <c>#fragment</c>,
/// transforms, strokes, opacity, <c>viewBox</c> with <c>preserveAspectRatio</c> and CSS. Refused,
/// each at the SVG's line and column: a DOCTYPE (so no entity can expand or reach a file), any
/// reference that is not a <c>#fragment</c> (no file, no web address, no <c>data:</c>), scripts
/// and <c>foreignObject</c>, processing instructions (an <c>xml-stylesheet</c> would be a
/// reference), nesting deeper than <see cref="MostDepth"/>, more than
/// <see cref="MostElements"/> elements or <c>use</c> chains that expand past
/// <see cref="MostExpanded"/> (the "billion laughs" of SVG), and absurd sizes. Elements that
/// were not measured or not drawn faithfully (<c>text</c>: its font is whatever the machine has)
/// are named with what to do instead. Event attributes (<c>onload</c>, …) are ignored: nothing
/// runs them, and the SVG's markup never reaches an output (every edition gets pixels).
/// </summary>
public static partial class SvgCheck
{
    /// <summary>Deepest element nesting admitted; real logos nest a handful of groups.</summary>
    public const int MostDepth = 32;

    /// <summary>Most elements in a file.</summary>
    public const int MostElements = 20_000;

    /// <summary>Most elements drawn once every <c>use</c> is expanded.</summary>
    public const int MostExpanded = 100_000;

    /// <summary>Largest width or height in CSS pixels (a thousand inches): beyond it the size is nonsense.</summary>
    public const double MostSide = 96_000;

    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>The SVG elements drawn faithfully (measured), by name.</summary>
    public static readonly IReadOnlyList<string> Supported =
    [
        "svg", "g", "defs", "use", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "linearGradient", "radialGradient", "stop", "clipPath", "style", "title", "desc", "metadata",
    ];

    // Elements that are code or a window onto other content: refused as unsafe.
    private static readonly HashSet<string> Unsafe = new(StringComparer.Ordinal) { "script", "foreignObject", "iframe", "handler" };

    // What to do instead of an element that is not drawn, where there is a clear answer.
    private static readonly Dictionary<string, string> Instead = new(StringComparer.Ordinal)
    {
        ["text"] = "its letters would be drawn in whatever font this machine has (measured: not at all, or in another face); convert the text to outlines (paths) in the drawing program",
        ["tspan"] = "its letters would be drawn in whatever font this machine has; convert the text to outlines (paths)",
        ["textPath"] = "its letters would be drawn in whatever font this machine has; convert the text to outlines (paths)",
        ["image"] = "a picture inside the SVG is not drawn (it would be a reference to another file or a data: address); export the whole logo as a PNG",
    };

    /// <summary>
    /// Checks the SVG and gives its drawing, or throws a <see cref="BrochureException"/> naming the
    /// SVG's line and column (<paramref name="displayPath"/>), the figure's <paramref name="source"/>
    /// and where it is used (<paramref name="usedAt"/>).
    /// </summary>
    public static SvgDrawing Read(byte[] bytes, string displayPath, string source, SourceLocation usedAt)
    {
        var settings = Text.UntrustedXml.Settings();
        settings.IgnoreWhitespace = true;
        settings.CloseInput = true;

        var used = $"(the picture '{source}' at {usedAt})";
        var nodes = new List<Node>();
        var open = new Stack<Node>();
        var byId = new Dictionary<string, Node>(StringComparer.Ordinal);
        (double Width, double Height)? size = null;
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
        var info = (IXmlLineInfo)reader;
        SourceLocation Here() => new(displayPath, info.LineNumber, info.LinePosition);
        BrochureException Refused(string code, string what) => new(Diagnostic.Error(code, $"SVG '{source}' {what} {used}", Here()));
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.ProcessingInstruction:
                        throw Refused(DiagnosticCodes.ImageSvgUnsafe, $"has a processing instruction '<?{reader.Name}'; an SVG picture may not refer to a style sheet or anything else outside it: remove it");
                    case XmlNodeType.Text or XmlNodeType.CDATA when open.Count > 0 && open.Peek().Name == "style":
                        CheckCss(reader.Value, "its style sheet", Refused);
                        break;
                    case XmlNodeType.Element:
                        var isEmpty = reader.IsEmptyElement;
                        var node = Element(reader, open.Count == 0, Refused);
                        if (open.Count == 0)
                        {
                            size = RootSize(reader, Refused);
                        }
                        else
                        {
                            open.Peek().Children.Add(node);
                        }

                        nodes.Add(node);
                        if (nodes.Count > MostElements)
                        {
                            throw Refused(DiagnosticCodes.ImageSvgUnsafe, $"has more than {MostElements:N0} elements; a logo needs far fewer: simplify it or export a PNG");
                        }

                        if (open.Count >= MostDepth)
                        {
                            throw Refused(DiagnosticCodes.ImageSvgUnsafe, $"nests elements more than {MostDepth} deep; flatten its groups or export a PNG");
                        }

                        if (node.Id is { } id)
                        {
                            byId.TryAdd(id, node);
                        }

                        if (!isEmpty)
                        {
                            open.Push(node);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        open.Pop();
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            var what = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "has a DOCTYPE; an SVG picture may not declare a DTD or entities (they can expand without bound or read other files): remove the <!DOCTYPE …> line"
                : $"is not well-formed XML: {e.Message}";
            var code = what.StartsWith("has a DOCTYPE", StringComparison.Ordinal) ? DiagnosticCodes.ImageSvgUnsafe : DiagnosticCodes.ImageUnreadable;
            throw new BrochureException(Diagnostic.Error(code, $"SVG '{source}' {what} {used}", e.LineNumber > 0 ? new SourceLocation(displayPath, e.LineNumber, e.LinePosition) : Doctype(bytes, displayPath)));
        }

        if (size is not var (width, height))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ImageUnreadable, $"SVG '{source}' has no <svg> element {used}", SourceLocation.InFile(displayPath)));
        }

        var expanded = Expanded(nodes[0], byId, [], new Dictionary<Node, long>());
        if (expanded is null or > MostExpanded)
        {
            var what = expanded is null ? "has a <use> that refers to itself, directly or through others" : $"expands to {expanded:N0} elements through its <use> references (at most {MostExpanded:N0})";
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ImageSvgUnsafe, $"SVG '{source}' {what}; simplify it or export a PNG {used}", SourceLocation.InFile(displayPath)));
        }

        return new SvgDrawing(bytes, width, height);
    }

    private static Node Element(XmlReader reader, bool isRoot, Func<string, string, BrochureException> refused)
    {
        var name = reader.LocalName;
        if (reader.NamespaceURI != SvgNamespace)
        {
            if (isRoot)
            {
                throw refused(DiagnosticCodes.ImageUnreadable, $"starts with <{reader.Name}>, not an <svg> element in the SVG namespace ({SvgNamespace})");
            }

            // Editors' own elements (Inkscape's, Illustrator's metadata): not drawn by any renderer.
            return new Node(name, null);
        }

        if (Unsafe.Contains(name))
        {
            throw refused(DiagnosticCodes.ImageSvgUnsafe, $"has a <{name}> element; an SVG picture may hold no script or embedded document: remove it");
        }

        if (!Supported.Contains(name))
        {
            var instead = Instead.TryGetValue(name, out var reason) ? reason : "it was not measured to draw faithfully";
            throw refused(DiagnosticCodes.ImageVector, $"has a <{name}> element, which is not drawn: {instead}. Supported in an SVG picture: {string.Join(", ", Supported)}; or give the picture as PNG or JPEG");
        }

        string? id = null;
        string? uses = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                var attribute = reader.LocalName;
                var value = reader.Value;
                if (attribute == "href" && (reader.NamespaceURI.Length == 0 || reader.NamespaceURI == "http://www.w3.org/1999/xlink"))
                {
                    if (!value.TrimStart().StartsWith('#'))
                    {
                        throw refused(DiagnosticCodes.ImageSvgUnsafe, $"refers to '{Shortened(value)}'; an SVG picture may refer only to its own parts ('#id'), never to a file, a web address or data");
                    }

                    uses = name == "use" ? value.Trim()[1..] : null;
                }
                else if (attribute == "style")
                {
                    CheckCss(value, "its style attribute", refused);
                }
                else if (value.Contains("url(", StringComparison.OrdinalIgnoreCase))
                {
                    CheckUrls(value, $"its {attribute} attribute", refused);
                }

                if (attribute == "id" && reader.NamespaceURI.Length == 0)
                {
                    id = value.Trim();
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return new Node(name, id) { Uses = uses };
    }

    // The drawing's own size in CSS pixels: its width and height, else its viewBox's.
    private static (double, double) RootSize(XmlReader reader, Func<string, string, BrochureException> refused)
    {
        double[]? box = null;
        if (reader.GetAttribute("viewBox") is { } viewBox)
        {
            var parts = viewBox.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            box = parts.Length == 4 ? parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray() : null;
            if (box is null || box.Any(v => !double.IsFinite(v) || Math.Abs(v) > 1e9) || box[2] <= 0 || box[3] <= 0)
            {
                throw refused(DiagnosticCodes.ImageUnreadable, $"has viewBox '{Shortened(viewBox)}'; it must be four numbers: x y width height, width and height above 0");
            }
        }

        var width = Length(reader.GetAttribute("width"), "width", refused) ?? box?[2];
        var height = Length(reader.GetAttribute("height"), "height", refused) ?? box?[3];
        if (width is not { } w || height is not { } h)
        {
            throw refused(DiagnosticCodes.ImageUnreadable, "gives no size: the <svg> element needs a width and height or a viewBox");
        }

        if (w is <= 0 or > MostSide || h is <= 0 or > MostSide)
        {
            throw refused(DiagnosticCodes.ImageTooLarge, $"is {w:0.##} × {h:0.##} CSS pixels; each side must be above 0 and at most {MostSide:N0} (1,000 inches): give it its real size");
        }

        return (w, h);
    }

    // A length in CSS pixels; null for none or a percentage (the viewBox then gives the size).
    private static double? Length(string? text, string attribute, Func<string, string, BrochureException> refused)
    {
        if (text is null || text.Trim().EndsWith('%'))
        {
            return null;
        }

        var match = LengthPattern().Match(text);
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            throw refused(DiagnosticCodes.ImageUnreadable, $"has {attribute}=\"{Shortened(text)}\"; give a length in px, pt, pc, mm, cm or in");
        }

        return number * match.Groups[2].Value switch
        {
            "" or "px" => 1,
            "pt" => 96.0 / 72,
            "pc" => 16,
            "mm" => 96 / 25.4,
            "cm" => 96 / 2.54,
            _ => 96,
        };
    }

    private static void CheckCss(string css, string where, Func<string, string, BrochureException> refused)
    {
        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase) || css.Contains("@font-face", StringComparison.OrdinalIgnoreCase))
        {
            throw refused(DiagnosticCodes.ImageSvgUnsafe, $"imports a style sheet or font in {where}; an SVG picture may refer to nothing outside it");
        }

        CheckUrls(css, where, refused);
    }

    // Every url(…) must name a part of the file itself: url(#id).
    private static void CheckUrls(string text, string where, Func<string, string, BrochureException> refused)
    {
        foreach (Match url in UrlPattern().Matches(text))
        {
            if (!url.Groups[1].Value.StartsWith('#'))
            {
                throw refused(DiagnosticCodes.ImageSvgUnsafe, $"refers to '{Shortened(url.Groups[1].Value)}' in {where}; an SVG picture may refer only to its own parts (url(#id))");
            }
        }
    }

    // Elements drawn once every use is expanded; null for a cycle.
    private static long? Expanded(Node node, Dictionary<string, Node> byId, HashSet<Node> visiting, Dictionary<Node, long> known)
    {
        if (known.TryGetValue(node, out var count))
        {
            return count;
        }

        if (!visiting.Add(node))
        {
            return null;
        }

        long total = 1;
        if (node.Uses is { } target && byId.TryGetValue(target, out var referred))
        {
            if (Expanded(referred, byId, visiting, known) is not { } more)
            {
                return null;
            }

            total += more;
        }

        foreach (var child in node.Children)
        {
            if (Expanded(child, byId, visiting, known) is not { } more)
            {
                return null;
            }

            total = Math.Min(total + more, long.MaxValue / 2);
        }

        visiting.Remove(node);
        known[node] = total;
        return total;
    }

    // Where the DOCTYPE stands: the reader refuses it without saying where.
    private static SourceLocation Doctype(byte[] bytes, string displayPath)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var at = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return SourceLocation.InFile(displayPath);
        }

        var line = 1 + text.AsSpan(0, at).Count('\n');
        var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
        return new SourceLocation(displayPath, line, column);
    }

    private static string Shortened(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*$")]
    private static partial Regex LengthPattern();

    [GeneratedRegex(@"url\(\s*['""]?\s*([^'"")]*)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    private sealed class Node(string name, string? id)
    {
        public string Name { get; } = name;

        public string? Id { get; } = id;

        public string? Uses { get; init; }

        public List<Node> Children { get; } = [];
    }
}
