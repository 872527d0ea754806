using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using BrochureGen.Diagnostics;
using BrochureGen.Templating;
using BrochureGen.Vocabulary;

namespace BrochureGen.Document.Resolve;

/// <summary>
/// The one pass from content to the resolved document, for every route (Markdown through the
/// stock template, YAML keys through a designer's template): it reads the rendered markup into
/// a <see cref="BrochureDocument"/> and decides there what every later stage would otherwise
/// work out again — each link's kind and its description (never missing: the writer's, else the
/// enclosing link's, else its words on screen), a list's labels, a table's header rows and
/// scopes, a QR code's visible address, ornaments as typed values, each span's language — and
/// checks the document rules (the URL policy, alt text for pictures and QR codes) on whatever
/// wrote the markup. A malformed document stops at its first structural error; the rules are
/// all reported at once, each at the content's line when the content wrote the words, else at
/// the template's. The heading outline is a document rule too (<see cref="HeadingOutline"/>),
/// checked once the fold has given the reading order.
/// </summary>
public sealed partial class DocumentResolver
{
    private readonly RenderedMarkup _rendered;
    private readonly int[] _lineStarts;
    private readonly List<Diagnostic> _problems = [];

    // The description of the link being read, for a link inside it (an auto-linked number in
    // a template's link) that was given none: it says what following the outer link does.
    private string? _enclosingDescription;

    private DocumentResolver(RenderedMarkup rendered)
    {
        _rendered = rendered;
        _lineStarts = ComputeLineStarts(rendered.Markup);
    }

    /// <summary>The resolved document, or every breach of the document rules at once.</summary>
    public static BrochureDocument Resolve(RenderedMarkup rendered)
    {
        var resolver = new DocumentResolver(rendered);
        BrochureDocument document;
        try
        {
            document = resolver.Parse();
        }
        catch (BrochureException structural) when (resolver._problems.Count > 0)
        {
            throw new BrochureException([.. resolver._problems, .. structural.Diagnostics]);
        }

        return resolver._problems.Count > 0 ? throw new BrochureException(resolver._problems) : document;
    }

    private BrochureDocument Parse()
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(_rendered.Markup, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.MarkupSyntax, $"the template produced malformed markup: {StripPosition(ex.Message)}", Locate(ex.LineNumber, ex.LinePosition)));
        }

        var root = document.Root!;
        Validate(root);
        if (root.Name.LocalName != "brochure")
        {
            throw Error(DiagnosticCodes.MarkupStructure, root, $"the markup must start with <brochure>, not <{root.Name.LocalName}>");
        }

        var language = root.Attribute("lang")?.Value ?? throw Error(DiagnosticCodes.MarkupStructure, root, "<brochure> needs a lang attribute");
        var panels = new List<PanelNode>();
        var flow = new List<FlowSection>();
        var pendingBreak = false;
        foreach (var child in root.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "panel":
                    var panel = ParsePanel(child);
                    if (panels.Any(p => p.Slot == panel.Slot))
                    {
                        throw Error(DiagnosticCodes.MarkupStructure, child, $"the brochure has two panels with slot=\"{panel.Slot}\"");
                    }

                    panels.Add(panel);
                    break;
                case "section":
                    var blocks = ParseBlocks(child);
                    if (pendingBreak)
                    {
                        blocks.Insert(0, new PanelBreakNode());
                        pendingBreak = false;
                    }

                    flow.Add(new FlowSection(child.Attribute("pin")?.Value, blocks, LocationOf(child)));
                    break;
                case "panel-break":
                    pendingBreak = true;
                    break;
                default:
                    throw Error(DiagnosticCodes.MarkupStructure, child, $"<brochure> holds <panel>, <section> and <panel-break/> elements, not <{child.Name.LocalName}>");
            }
        }

        if (panels.Count == 0 && flow.Count == 0)
        {
            throw Error(DiagnosticCodes.MarkupStructure, root, "the brochure is empty: write <panel slot=\"…\"> or <section> elements");
        }

        return new BrochureDocument(language, panels, flow);
    }

    private PanelNode ParsePanel(XElement element)
    {
        var slot = element.Attribute("slot")?.Value ?? throw Error(DiagnosticCodes.MarkupStructure, element, "<panel> needs a slot attribute");
        return new PanelNode(slot, element.Attribute("tone")?.Value, ParseBlocks(element), LocationOf(element));
    }

    private SourceLocation LocationOf(XElement element)
    {
        var info = (IXmlLineInfo)element;
        return Locate(info.LineNumber, info.LinePosition, isElementName: true);
    }

    private List<BlockNode> ParseBlocks(XElement container)
    {
        var blocks = new List<BlockNode>();
        foreach (var node in container.Nodes())
        {
            switch (node)
            {
                case XText text when string.IsNullOrWhiteSpace(text.Value):
                    break;
                case XText text:
                    throw Error(DiagnosticCodes.MarkupStructure, container, $"text '{Shorten(text.Value)}' must be inside a <p>, heading or list item, not directly in <{container.Name.LocalName}>");
                case XElement element:
                    blocks.Add(ParseBlock(element));
                    break;
            }
        }

        return blocks;
    }

    private BlockNode ParseBlock(XElement element)
    {
        var name = element.Name.LocalName;
        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return new HeadingNode(name[1] - '0', element.Attribute("class")?.Value, ParseInlines(element)) { Location = LocationOf(element), TextLocation = TextWrittenAt(element) };
            case "p":
                return new ParagraphNode(element.Attribute("class")?.Value, ParseInlines(element));
            case "ul" or "ol":
                return ParseList(element);
            case "table":
                return ParseTable(element);
            case "qr":
                var target = Href(element, "<qr> needs an href attribute");
                return new QrNode(
                    target,
                    Required(element, "alt", "<qr> needs alt text that says where the code leads"),
                    Content.AutoLinker.VisibleAddress(target));
            case "panel-break":
                return new PanelBreakNode();
            case "box":
                return new BoxNode(element.Attribute("class")?.Value, ParseBlocks(element));
            case "figure":
                return ParseFigure(element);
            case "decor":
                var kind = element.Attribute("kind")?.Value ?? OrnamentNames.NameOf(Ornament.Rule);
                return OrnamentNames.ByName.TryGetValue(kind, out var ornament)
                    ? new DecorNode(ornament)
                    : throw Error(DiagnosticCodes.MarkupStructure, element, $"<decor kind=\"{kind}\"> is not an ornament; ornaments are {string.Join(" and ", OrnamentNames.Names)}");
            case "fill":
                return new FillNode();
            default:
                throw Error(DiagnosticCodes.MarkupStructure, element, $"<{name}> is an inline element; put it inside a <p>, heading or list item");
        }
    }

    private ListNode ParseList(XElement element)
    {
        var ordered = element.Name.LocalName == "ol";
        var items = new List<ListItemNode>();
        foreach (var child in element.Elements())
        {
            if (child.Name.LocalName != "li")
            {
                throw Error(DiagnosticCodes.MarkupStructure, child, $"<{element.Name.LocalName}> holds only <li> elements, not <{child.Name.LocalName}>");
            }

            static bool IsList(XNode n) => n is XElement { Name.LocalName: "ul" or "ol" };
            var nested = child.Elements().Where(IsList).ToList();
            if (nested.Count > 1 || (nested.Count == 1 && nested[0].NodesAfterSelf().Any(n => n is XElement || (n is XText t && !string.IsNullOrWhiteSpace(t.Value)))))
            {
                throw Error(DiagnosticCodes.MarkupStructure, child, "a list item may end with one nested list, after its text");
            }

            var inlineNodes = child.Nodes().TakeWhile(n => !IsList(n));
            bool? ticked = child.Attribute("checked")?.Value switch
            {
                null => null,
                "true" => true,
                "false" => false,
                var other => throw Error(DiagnosticCodes.MarkupStructure, child, $"checked must be true or false, not '{other}'"),
            };
            items.Add(new ListItemNode(ParseInlineNodes(inlineNodes, child), nested.Count == 1 ? ParseList(nested[0]) : null, ticked));
        }

        if (items.Count > 0 && items.Any(i => i.Checked is null) && items.Any(i => i.Checked is not null))
        {
            throw Error(DiagnosticCodes.MarkupStructure, element, "either every item of a checklist has checked=\"true|false\" or none does");
        }

        var start = 1;
        if (ordered && element.Attribute("start") is { } startAttribute && !int.TryParse(startAttribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out start))
        {
            throw Error(DiagnosticCodes.MarkupStructure, element, $"start must be a whole number, not '{startAttribute.Value}'");
        }

        var kind = items.Any(i => i.Checked is not null) ? ListKind.Checklist : ordered ? ListKind.Numbered : ListKind.Bulleted;
        return new ListNode(items, kind, start);
    }

    private TableNode ParseTable(XElement element)
    {
        var rows = new List<TableRowNode>();
        foreach (var row in element.Elements())
        {
            if (row.Name.LocalName != "tr")
            {
                throw Error(DiagnosticCodes.MarkupStructure, row, $"<table> holds only <tr> elements, not <{row.Name.LocalName}>");
            }

            var cells = new List<TableCellNode>();
            foreach (var cell in row.Elements())
            {
                var header = cell.Name.LocalName == "th";
                if (!header && cell.Name.LocalName != "td")
                {
                    throw Error(DiagnosticCodes.MarkupStructure, cell, $"<tr> holds only <th> and <td> elements, not <{cell.Name.LocalName}>");
                }

                var scope = cell.Attribute("scope")?.Value;
                if (scope is not (null or "col" or "row"))
                {
                    throw Error(DiagnosticCodes.MarkupStructure, cell, $"scope must be col or row, not '{scope}'");
                }

                var alignment = cell.Attribute("align")?.Value switch
                {
                    null or "start" => ColumnAlignment.Start,
                    "center" => ColumnAlignment.Center,
                    "end" => ColumnAlignment.End,
                    var other => throw Error(DiagnosticCodes.MarkupStructure, cell, $"align must be start, center or end, not '{other}'"),
                };
                cells.Add(new TableCellNode(header, header ? (scope == "row" ? TableScope.Row : TableScope.Column) : null, alignment, ParseInlines(cell)));
            }

            rows.Add(new TableRowNode(cells));
        }

        if (rows.Count == 0 || rows.Any(r => r.Cells.Count != rows[0].Cells.Count) || rows[0].Cells.Count == 0)
        {
            throw Error(DiagnosticCodes.MarkupStructure, element, "a table needs rows that all have the same number of cells");
        }

        return new TableNode(rows);
    }

    // A rule breach is noted and reading goes on, so every missing text is reported in one run.
    private string Required(XElement element, string attribute, string message)
    {
        var value = element.Attribute(attribute)?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            _problems.Add(Error(DiagnosticCodes.MarkupStructure, element, message).Diagnostics[0]);
            return string.Empty;
        }

        return value;
    }

    private FigureNode ParseFigure(XElement element)
    {
        var src = element.Attribute("src")?.Value ?? throw Error(DiagnosticCodes.MarkupStructure, element, "<figure> needs a src attribute");
        var decorative = element.Attribute("decorative")?.Value == "true";
        var alt = decorative ? null : Required(element, "alt", "<figure> needs alt text that says what the image shows, or decorative=\"true\" for an image without meaning");

        var width = element.Attribute("width") is null ? (PictureLength?)null : FigureLength(element, "width", percentAllowed: true);
        var height = element.Attribute("height") is null ? (PictureLength?)null : FigureLength(element, "height", percentAllowed: false);
        var placeName = element.Attribute("place")?.Value ?? "start";
        var place = placeName == "start" ? PicturePlace.Start : PicturePlaceNames.Classes.TryGetValue(placeName, out var known) ? known
            : throw Error(DiagnosticCodes.MarkupStructure, element, $"<figure place=\"{placeName}\"> is not a place; a figure's place is start, center, right or full-bleed");
        return new FigureNode(src, alt, width is { IsPercent: false } w ? w.Value : null, height?.Value, TextWrittenAt(element))
        {
            WidthPercent = width is { IsPercent: true } percent ? percent.Value : null,
            Place = place,
        };
    }

    private PictureLength FigureLength(XElement element, string attribute, bool percentAllowed) =>
        PictureLength.Parse(element.Attribute(attribute)?.Value, percentAllowed, bareAllowed: true)
        ?? throw Error(DiagnosticCodes.MarkupStructure, element, $"<figure> needs a {attribute} that is {(percentAllowed ? PictureLength.Forms : "a length in in, cm, mm or pt (or points)")}");

    private List<InlineElement> ParseInlines(XElement element) => ParseInlineNodes(element.Nodes(), element);

    private List<InlineElement> ParseInlineNodes(IEnumerable<XNode> nodes, XElement parent)
    {
        var result = new List<InlineElement>();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText text:
                    result.Add(new TextElement(text.Value));
                    break;
                case XElement { Name.LocalName: "a" } link:
                    result.AddRange(LinksInline.Hoist(ResolveLink(link)));
                    break;
                case XElement child:
                    result.Add(ParseInline(child));
                    break;
            }
        }

        return result;
    }

    private InlineElement ParseInline(XElement element)
    {
        var name = element.Name.LocalName;
        if (!MarkupVocabulary.InlineElements.Contains(name))
        {
            throw Error(DiagnosticCodes.MarkupStructure, element, $"<{name}> is a block element and cannot stand inside text");
        }

        return name switch
        {
            "b" => new StyledElement(InlineKind.Strong, ParseInlines(element)),
            "em" => new StyledElement(InlineKind.Emphasis, ParseInlines(element)),
            "sup" => new StyledElement(InlineKind.Superscript, ParseInlines(element)),
            "br" => new LineBreakElement(),
            "span" => new LanguageElement(
                element.Attribute("lang")?.Value ?? throw Error(DiagnosticCodes.MarkupStructure, element, "<span> needs a lang attribute"),
                ParseInlines(element)),
            _ => new SourceElement(OriginOf(ResolveSource(element)), ParseInlines(element)),
        };
    }

    private LinkElement ResolveLink(XElement element)
    {
        var target = Href(element, "<a> needs an href attribute");
        var written = element.Attribute("title")?.Value is { } title && !string.IsNullOrWhiteSpace(title) ? title : null;
        var described = written ?? _enclosingDescription;
        var outer = _enclosingDescription;
        _enclosingDescription = described;
        var children = ParseInlines(element);
        _enclosingDescription = outer;
        return new LinkElement(target, described ?? InlineText.Words(children), LinkPolicy.KindOf(target), children);
    }

    // The one URL policy, applied to every link and QR code whatever wrote it: reported at the
    // content's line when the link came from content, else at the template's.
    private string Href(XElement element, string missing)
    {
        var href = element.Attribute("href")?.Value ?? throw Error(DiagnosticCodes.MarkupStructure, element, missing);
        if (LinkPolicy.Refusal(href) is not { } refusal)
        {
            return href;
        }

        var source = element.Ancestors("src").FirstOrDefault();
        var location = source is null ? null : ResolveSource(source).Location;
        _problems.Add(location is null ? Error(DiagnosticCodes.LinkRefused, element, refusal).Diagnostics[0] : Diagnostic.Error(DiagnosticCodes.LinkRefused, refusal, location));
        return href;
    }

    // Where an element's words were written: the content's line when they came from content,
    // else the template's.
    private SourceLocation TextWrittenAt(XElement element) =>
        element.Descendants("src").FirstOrDefault() is { } source ? ResolveSource(source).Location : LocationOf(element);

    private static TextOrigin OriginOf(Content.ContentText text) => new(text.KeyPath, text.Location);

    private Content.ContentText ResolveSource(XElement element)
    {
        var value = element.Attribute("ref")?.Value;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _rendered.ContentSources.Count)
        {
            throw Error(DiagnosticCodes.MarkupStructure, element, "<src> is written by BrochureGen itself; templates must not use it");
        }

        return _rendered.ContentSources[index];
    }

    // One pass over the whole tree first, so an unknown element is reported even where a
    // structural error would otherwise be found earlier.
    private void Validate(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            var name = element.Name.LocalName;
            if (element.Name.Namespace != XNamespace.None || !MarkupVocabulary.IsKnown(name))
            {
                throw Error(DiagnosticCodes.MarkupUnknownElement, element, $"unknown element <{element.Name}>; known elements are {MarkupVocabulary.KnownElements}");
            }

            foreach (var attribute in element.Attributes())
            {
                if (attribute.IsNamespaceDeclaration || !MarkupVocabulary.Accepts(name, attribute.Name.LocalName) || attribute.Name.Namespace != XNamespace.None)
                {
                    throw Error(DiagnosticCodes.MarkupUnknownAttribute, element, $"<{name}> has no attribute '{attribute.Name}'; it accepts: {MarkupVocabulary.Describe(name)}");
                }
            }
        }
    }

    private BrochureException Error(string code, XObject node, string message)
    {
        var info = (IXmlLineInfo)node;
        return new BrochureException(Diagnostic.Error(code, message, Locate(info.LineNumber, info.LinePosition, isElementName: node is XElement)));
    }

    private SourceLocation Locate(int line, int column, bool isElementName = false)
    {
        if (line <= 0 || line > _lineStarts.Length)
        {
            return SourceLocation.InFile(_rendered.TemplateFile);
        }

        // XElement positions point at the name; the template wrote the '<' before it.
        var offset = _lineStarts[line - 1] + Math.Max(0, column - 1) - (isElementName ? 1 : 0);
        return _rendered.SourceMap.Resolve(Math.Max(0, offset)) ?? SourceLocation.InFile(_rendered.TemplateFile);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static string Shorten(string text)
    {
        var collapsed = WhitespaceRun().Replace(text.Trim(), " ");
        return collapsed.Length > 40 ? collapsed[..40] + "…" : collapsed;
    }

    private static string StripPosition(string message) => PositionSuffix().Replace(message, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@" Line \d+, position \d+\.$")]
    private static partial Regex PositionSuffix();
}
