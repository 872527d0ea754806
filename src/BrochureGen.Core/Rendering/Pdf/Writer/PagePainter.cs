using System.Globalization;
using BrochureGen.Layout;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// Writes one page's content from layout items and builds the structure elements the items'
/// tag markers open. Every marked-content sequence is opened and closed around whole painting
/// operations — never across a text object — so the nesting is right by construction; content
/// inside an artifact marker is marked as an artifact. It measures nothing.
/// </summary>
internal sealed class PagePainter(PdfFile file, PdfReference page, double pageHeight, bool print, FontTable fonts, ImageTable images)
{
    private readonly ContentStream _content = new();
    private readonly Stack<StructureElement?> _open = new();
    private readonly List<StructureElement> _markedContent = [];
    private readonly List<PendingAnnotation> _annotations = [];
    private int _artifactDepth;
    private StructureElement? _openElement;
    private bool _artifactOpen;

    // The outermost open artifact is a page number: marked as pagination so that tools which
    // read artifacts (reflow, text-to-speech of headers and footers) know what it is.
    private bool _pageNumberArtifact;

    /// <summary>For each marked-content id of the page, the element it belongs to (the page's parent tree entry).</summary>
    public IReadOnlyList<StructureElement> MarkedContent => _markedContent;

    /// <summary>The link annotations of the page with the Link elements they belong to, written once their parent-tree keys are known.</summary>
    public IReadOnlyList<PendingAnnotation> Annotations => _annotations;

    /// <summary>True once anything was painted in RGB (the print edition must never).</summary>
    public bool WroteRgb { get; private set; }

    public byte[] Content => _content.ToBytes();

    /// <summary>Names of the print edition's graphics states: black text overprints, everything else knocks out.</summary>
    public const string OverprintState = "OP1";
    public const string KnockoutState = "OP0";

    // Whether the current graphics state overprints (print edition only).
    private bool _overprint;

    // The runs of a right-to-left line, each with its own marked content, waiting to be drawn
    // left to right (see DrawLater).
    private readonly List<LineRun> _line = [];
    private TextLine? _lineBeingDrawn;

    // The offset of the group being painted (a panel's corner on the page).
    private double _dx;
    private double _dy;

    /// <summary>Paints a group of items placed at (<paramref name="dx"/>, <paramref name="dy"/>); returns the elements opened at its top level (a panel's Sect).</summary>
    public IReadOnlyList<StructureElement> Paint(IReadOnlyList<LayoutItem> items, double dx = 0, double dy = 0)
    {
        (_dx, _dy) = (dx, dy);
        var grouped = dx != 0 || dy != 0;
        var outerOverprint = _overprint;
        if (grouped)
        {
            _content.Append("q").Op("cm", 1, 0, 0, 1, dx, -dy);
        }

        var roots = PaintItems(items);
        if (grouped)
        {
            // Q restores the graphics state, overprint included.
            _content.Append("Q");
            _overprint = outerOverprint;
        }

        return roots;
    }

    private List<StructureElement> PaintItems(IReadOnlyList<LayoutItem> items)
    {
        var roots = new List<StructureElement>();
        foreach (var item in items)
        {
            switch (item)
            {
                case TagStartItem start:
                    Begin(start, roots);
                    break;
                case TagEndItem:
                    CloseMarkedContent();
                    if (_open.Pop() is null)
                    {
                        _artifactDepth--;
                        _pageNumberArtifact &= _artifactDepth > 0;
                    }

                    break;
                case LinkAreaItem area:
                    AddLink(area);
                    break;
                case TextRunItem { Line.RightToLeft: true } run:
                    DrawLater(run);
                    break;
                default:
                    Mark();
                    Draw(item);
                    break;
            }
        }

        FlushLine();
        CloseMarkedContent();
        if (_open.Count != 0)
        {
            throw new InvalidOperationException($"layout left {_open.Count} tagged element(s) open on a page");
        }

        return roots;
    }

    private void Begin(TagStartItem start, List<StructureElement> roots)
    {
        CloseMarkedContent();
        if (start.Role == StructureRole.Artifact || _artifactDepth > 0)
        {
            _pageNumberArtifact = _artifactDepth == 0 ? start.IsPageNumber : _pageNumberArtifact;
            _artifactDepth++;
            _open.Push(null);
            return;
        }

        var parent = _open.Count > 0 ? _open.Peek() : null;
        // Paper is not clickable: the print edition has no link annotations (AddLink), so a link
        // is a Span there — a Link element without one would announce a link that cannot be
        // followed. It keeps the description.
        var type = print && start.Role == StructureRole.Link ? StructureTypes.Of(StructureRole.Span) : StructureTypes.Of(start.Role);
        var element = new StructureElement(type, parent) { Page = page };
        if (start.Language is { } language)
        {
            element.Entries.Add("/Lang" + PdfSyntax.Text(language));
        }

        if (start.Role == StructureRole.Figure)
        {
            element.Entries.Add("/Alt" + PdfSyntax.Text(start.AltText ?? string.Empty));
            if (start.Box is var (x, y, width, height))
            {
                element.Entries.Add($"/A<</O/Layout/BBox{PdfSyntax.Rectangle(_dx + x, pageHeight - _dy - y - height, _dx + x + width, pageHeight - _dy - y)}>>");
            }
        }

        if (start.ActualText is { } actual)
        {
            element.Entries.Add("/ActualText" + PdfSyntax.Text(actual));
        }

        if (start.Scope is { } scope)
        {
            element.Entries.Add($"/A<</O/Table/Scope/{scope}>>");
        }

        // A link's name holds its visible text and says what following it does (LinkName); on
        // paper (a Span) the visible address is the text.
        if (start.Role == StructureRole.Link && !print && start.Title is { } name)
        {
            element.Entries.Add("/Alt" + PdfSyntax.Text(name));
        }

        if (parent is null)
        {
            roots.Add(element);
        }
        else
        {
            parent.Kids.Add(element);
        }

        _open.Push(element);
    }

    // Opens the marked content the next painting operation belongs to, if it is not open yet.
    private void Mark()
    {
        FlushLine();
        if (_artifactDepth > 0 || _open.Count == 0 || _open.Peek() is null)
        {
            if (!_artifactOpen)
            {
                CloseMarkedContent();
                _content.Append(_artifactDepth > 0 && _pageNumberArtifact ? "/Artifact <</Type /Pagination /Subtype /Footer>> BDC" : "/Artifact BMC");
                _artifactOpen = true;
            }

            return;
        }

        var element = _open.Peek()!;
        if (_openElement == element)
        {
            return;
        }

        CloseMarkedContent();
        var id = _markedContent.Count;
        _markedContent.Add(element);
        element.Kids.Add(new StructureElement.MarkedContent(page, id));
        _content.Append(string.Create(CultureInfo.InvariantCulture, $"/{element.Type} <</MCID {id}>> BDC"));
        _openElement = element;
    }

    private void CloseMarkedContent()
    {
        if (_openElement is not null || _artifactOpen)
        {
            _content.Append("EMC");
        }

        _openElement = null;
        _artifactOpen = false;
    }

    private void Draw(LayoutItem item)
    {
        switch (item)
        {
            case TextRunItem run:
                SetOverprint(IsPureBlack(run.Color));
                _content.Append(TextOperators(run));
                break;
            case RectItem rect:
                SetOverprint(false);
                Fill(rect.Fill);
                _content.Op("re", rect.X, pageHeight - rect.Y - rect.Height, rect.Width, rect.Height).Append("f");
                break;
            case PolygonItem polygon:
                SetOverprint(false);
                Fill(polygon.Fill);
                _content.Op("m", polygon.Points[0].X, pageHeight - polygon.Points[0].Y);
                foreach (var point in polygon.Points.Skip(1))
                {
                    _content.Op("l", point.X, pageHeight - point.Y);
                }

                _content.Append("h f");
                break;
            case LineItem line:
                Stroke(line.Color, line.Thickness);
                _content.Op("m", line.X1, pageHeight - line.Y1).Op("l", line.X2, pageHeight - line.Y2).Append("S");
                break;
            case StrokeRectItem box:
                Stroke(box.Color, box.Thickness);
                _content.Op("re", box.X, pageHeight - box.Y - box.Height, box.Width, box.Height).Append("S");
                break;
            case ImageItem image:
                var name = images.For(image.Image);
                _content.Append("q");
                if (image.Clip is { } clip)
                {
                    _content.Op("re", clip.X, pageHeight - clip.Y - clip.Height, clip.Width, clip.Height).Append("W n");
                }

                _content.Op("cm", image.Width, 0, 0, image.Height, image.X, pageHeight - image.Y - image.Height).Append($"/{name} Do").Append("Q");
                break;
        }
    }

    private string TextOperators(TextRunItem run) =>
        FillOperators(run.Color) + "\n" + fonts.For(run.Face).Show(run.Glyphs, run.X, pageHeight - run.Baseline, run.SpaceLeftOfStretch, run.EndsBrokenLine);

    // A run of a right-to-left line comes in reading order but is drawn with the line's other
    // runs from left to right, as the text extraction engines expect a line (GlyphText). Each
    // run gets marked content of its own, registered now, so the structure tree keeps the
    // reading order whatever order the page draws it in.
    private void DrawLater(TextRunItem run)
    {
        if (!ReferenceEquals(_lineBeingDrawn, run.Line))
        {
            FlushLine();
        }

        // Whatever marked content is open is closed before this line's runs are drawn.
        CloseMarkedContent();
        _lineBeingDrawn = run.Line;
        StructureElement? owner = null;
        object? place = null;
        if (_artifactDepth == 0 && _open.Count > 0 && _open.Peek() is { } element)
        {
            // The element's kid is held in reading order now and numbered when drawn.
            owner = element;
            place = new object();
            element.Kids.Add(place);
        }

        _line.Add(new LineRun(run.X, owner, place, TextOperators(run), IsPureBlack(run.Color)));
    }

    // Draws the waiting line from left to right. Runs of one element that stand side by side
    // share one marked-content sequence: pdf.js reads each sequence as a text item of its own,
    // and orders a right-to-left line right only within an item.
    private void FlushLine()
    {
        if (_line.Count == 0)
        {
            return;
        }

        var runs = _line.OrderBy(r => r.X).ToList();
        _line.Clear();
        _lineBeingDrawn = null;
        for (var i = 0; i < runs.Count;)
        {
            var j = i + 1;
            while (j < runs.Count && runs[j].Owner == runs[i].Owner)
            {
                j++;
            }

            // Runs merge only where nothing else of their element stands between them in reading
            // order (a link or a span in another language between two parts of a paragraph):
            // their kids must be side by side in the element, or the merged sequence would jump
            // ahead of what comes between.
            if (runs[i].Owner is { } owner && j - i > 1)
            {
                var places = runs.GetRange(i, j - i).Select(r => owner.Kids.IndexOf(r.Place!)).Order().ToList();
                if (places[^1] - places[0] != places.Count - 1)
                {
                    j = i + 1;
                }
            }

            var group = runs.GetRange(i, j - i);
            if (group[0].Owner is { } element)
            {
                var id = _markedContent.Count;
                _markedContent.Add(element);
                var first = group.Select(r => element.Kids.IndexOf(r.Place!)).Min();
                element.Kids[first] = new StructureElement.MarkedContent(page, id);
                element.Kids.RemoveAll(kid => group.Any(r => ReferenceEquals(r.Place, kid)));
                _content.Append(string.Create(CultureInfo.InvariantCulture, $"/{element.Type} <</MCID {id}>> BDC"));
            }
            else
            {
                _content.Append("/Artifact BMC");
            }

            foreach (var run in group)
            {
                SetOverprint(run.Overprint);
                _content.Append(run.Operators);
            }

            _content.Append("EMC");
            i = j;
        }
    }

    private void AddLink(LinkAreaItem area)
    {
        // PDF/X allows no annotation inside the bleed box (a press could print it over the
        // page), and paper is not clickable: the print edition keeps the Link elements and
        // their text, without link annotations.
        var link = _open.Count > 0 ? _open.Peek() : null;
        if (link is null || print)
        {
            return;
        }

        // Annotations are placed on the page, not in the group's coordinates.
        var rectangle = PdfSyntax.Rectangle(_dx + area.X, pageHeight - _dy - area.Y - area.Height, _dx + area.X + area.Width, pageHeight - _dy - area.Y);
        var annotation = file.Reserve();
        link.Kids.Add(new StructureElement.Annotation(page, annotation));
        _annotations.Add(new PendingAnnotation(annotation, link, $"/Type/Annot/Subtype/Link/Rect{rectangle}/Border[0 0 0]/F 4/Contents{PdfSyntax.Text(area.Description)}/A<</S/URI/URI{PdfSyntax.Text(area.Target)}>>/P {page}"));
    }

    // Black text overprints in the print edition: 100 % K on top of whatever is below, so a
    // slightly misregistered plate never shows a white halo around small type.
    private void SetOverprint(bool on)
    {
        if (!print || on == _overprint)
        {
            return;
        }

        _content.Append($"/{(on ? OverprintState : KnockoutState)} gs");
        _overprint = on;
    }

    private static bool IsPureBlack(InkColor color) => color.Print is { C: 0, M: 0, Y: 0, K: 100 };

    private void Fill(InkColor color) => _content.Append(FillOperators(color));

    private string FillOperators(InkColor color)
    {
        if (print)
        {
            var cmyk = color.Print;
            return $"{PdfSyntax.Number(cmyk.C / 100)} {PdfSyntax.Number(cmyk.M / 100)} {PdfSyntax.Number(cmyk.Y / 100)} {PdfSyntax.Number(cmyk.K / 100)} k";
        }

        WroteRgb = true;
        return $"{PdfSyntax.Number(color.Screen.R / 255.0)} {PdfSyntax.Number(color.Screen.G / 255.0)} {PdfSyntax.Number(color.Screen.B / 255.0)} rg";
    }

    private void Stroke(InkColor color, double width)
    {
        _content.Op("w", width);
        if (print)
        {
            var cmyk = color.Print;
            _content.Op("K", cmyk.C / 100, cmyk.M / 100, cmyk.Y / 100, cmyk.K / 100);
        }
        else
        {
            WroteRgb = true;
            _content.Op("RG", color.Screen.R / 255.0, color.Screen.G / 255.0, color.Screen.B / 255.0);
        }
    }
}

/// <summary>A link annotation whose dictionary waits for its parent-tree key (/StructParent).</summary>
internal sealed record PendingAnnotation(PdfReference Reference, StructureElement Link, string Entries);

/// <summary>A run of a right-to-left line waiting to be drawn: where it starts, the element it belongs to (none: an artifact) and its kid's place there.</summary>
internal sealed record LineRun(double X, StructureElement? Owner, object? Place, string Operators, bool Overprint);
