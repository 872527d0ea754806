using System.Text;
using BrochureGen.Layout;
using BrochureGen.Rendering.Pdf.Writer;

namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>
/// The tag pre-pass over one page's groups of items (its panels, then its decorations): builds
/// the structure elements the items' tag markers open and decides every marked-content sequence
/// the painter will open — which items it draws, in which order, under which element and id.
/// A sequence is opened and closed around whole painting operations, never across a text
/// object, so the nesting is right by construction; content inside an artifact marker is an
/// artifact. Ids are handed out in drawing order, page by page.
/// </summary>
internal sealed class PageTagger(int page, double pageHeight, bool print)
{
    private readonly Stack<StructureElement?> _open = new(); // null: an artifact
    private readonly List<MarkedSequence> _sequences = [];
    private readonly List<int> _annotatedLinkAreas = [];
    private IReadOnlyList<LayoutItem> _items = [];
    private int _nextId;
    private int _nextAnnotation;
    private int _artifactDepth;

    // The outermost open artifact is a page number: marked as pagination so that tools which
    // read artifacts (reflow, text-to-speech of headers and footers) know what it is.
    private bool _pageNumberArtifact;

    // The sequence being filled, if one is open.
    private ContentMark? _openMark;
    private StructureElement? _openElement;
    private MarkedContentKid? _openKid;
    private List<int> _openItems = [];

    // The runs of a right-to-left line waiting to be drawn left to right.
    private readonly RightToLeftLine _line = new();

    // The heading being read, for its bookmark.
    private StructureElement? _heading;
    private readonly StringBuilder _headingText = new();
    private double? _headingTop;

    // The offset of the group being tagged (a panel's corner on the page).
    private double _dx;
    private double _dy;

    /// <summary>
    /// Tags a group of items placed at (<paramref name="dx"/>, <paramref name="dy"/>): adds the
    /// elements opened at its top level (a panel's Sect) to <paramref name="roots"/> and returns what the painter does.
    /// </summary>
    public GroupMarking Tag(IReadOnlyList<LayoutItem> items, List<StructureElement> roots, double dx = 0, double dy = 0)
    {
        (_items, _dx, _dy) = (items, dx, dy);
        _sequences.Clear();
        _annotatedLinkAreas.Clear();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is TextRunItem text)
            {
                ReadHeading(text);
            }

            switch (items[i])
            {
                case TagStartItem start:
                    Begin(start, roots);
                    break;
                case TagEndItem end:
                    End(end);
                    break;
                case LinkAreaItem area:
                    AddLink(i, area);
                    break;
                case TextRunItem { Line.RightToLeft: true } run:
                    DrawLater(i, run);
                    break;
                default:
                    Mark(i);
                    break;
            }
        }

        FlushLine();
        CloseSequence();
        if (_open.Count != 0)
        {
            throw new InvalidOperationException($"layout left {_open.Count} tagged element(s) open on a page");
        }

        return new GroupMarking([.. _sequences], [.. _annotatedLinkAreas]);
    }

    private void Begin(TagStartItem start, List<StructureElement> roots)
    {
        CloseSequence();
        if (start.Role == StructureRole.Artifact || _artifactDepth > 0)
        {
            _pageNumberArtifact = _artifactDepth == 0 ? start.IsPageNumber : _pageNumberArtifact;
            _artifactDepth++;
            _open.Push(null);
            return;
        }

        var element = StructureElementOf(start);
        if (_open.Count > 0 && _open.Peek() is { } parent)
        {
            parent.Add(element);
        }
        else
        {
            roots.Add(element);
        }

        if (start.Role is >= StructureRole.H1 and <= StructureRole.H6)
        {
            (_heading, _headingTop) = (element, null);
            _headingText.Clear();
        }

        _open.Push(element);
    }

    private StructureElement StructureElementOf(TagStartItem start)
    {
        // Paper is not clickable: the print edition has no link annotations (AddLink), so a link
        // is a Span there — a Link element without one would announce a link that cannot be
        // followed. Its visible address is its text, so it needs no /Alt.
        var link = start.Role == StructureRole.Link;
        var figure = start.Role == StructureRole.Figure;
        return new StructureElement(StructureTypes.Of(print && link ? StructureRole.Span : start.Role), page)
        {
            Language = start.Language,
            // A link's name holds its visible text and says what following it does (LinkName);
            // one that came without a name is named from its text when the tree is complete.
            Alt = figure ? start.AltText ?? string.Empty : link && !print ? start.Title : null,
            ActualText = start.ActualText,
            Scope = start.Scope,
            LayoutBox = figure && start.Box is var (x, y, width, height) ? PdfBox.OnPage(pageHeight, _dx, _dy, x, y, width, height) : null,
        };
    }

    private void End(TagEndItem end)
    {
        CloseSequence();
        if (_open.Pop() is null)
        {
            _artifactDepth--;
            _pageNumberArtifact &= _artifactDepth > 0;
        }

        if (end.Role is >= StructureRole.H1 and <= StructureRole.H6 && _heading is { } heading)
        {
            var level = end.Role - StructureRole.H1 + 1;
            heading.Heading = new HeadingAnchor(level, _headingText.ToString().Trim(), pageHeight - _dy - (_headingTop ?? 0));
            _heading = null;
        }
    }

    // A heading's bookmark shows its text and opens the page at the top of its first line.
    private void ReadHeading(TextRunItem run)
    {
        if (_heading is not null)
        {
            _headingTop ??= run.Baseline - run.Face.AscentAt(run.Size);
            _headingText.Append(run.Text);
        }
    }

    // Puts the item into the marked content it belongs to, opening that if it is not open yet.
    private void Mark(int item)
    {
        FlushLine();
        if (_artifactDepth > 0 || _open.Count == 0 || _open.Peek() is null)
        {
            if (_openMark is not ArtifactContent)
            {
                CloseSequence();
                _openMark = new ArtifactContent(_artifactDepth > 0 && _pageNumberArtifact);
            }
        }
        else if (_open.Peek() is { } element && (_openMark is not TaggedContent || _openElement != element))
        {
            CloseSequence();
            var kid = new MarkedContentKid(page, _nextId++);
            element.Add(kid);
            (_openMark, _openElement, _openKid) = (new TaggedContent(element.Type, kid.Id), element, kid);
        }

        _openItems.Add(item);
    }

    private void CloseSequence()
    {
        if (_openMark is not null)
        {
            if (_openKid is not null)
            {
                _openKid.Text = TextOf(_openItems);
            }

            _sequences.Add(new MarkedSequence(_openMark, _openItems));
        }

        (_openMark, _openElement, _openKid, _openItems) = (null, null, null, []);
    }

    // A run of a right-to-left line waits for the line's other runs (RightToLeftLine).
    private void DrawLater(int item, TextRunItem run)
    {
        if (!ReferenceEquals(_line.Line, run.Line))
        {
            FlushLine();
        }

        // Whatever marked content is open is closed before this line's runs are drawn.
        CloseSequence();
        _line.Add(item, run, _artifactDepth == 0 && _open.Count > 0 ? _open.Peek() : null);
    }

    private void FlushLine()
    {
        if (_line.Line is not null)
        {
            _sequences.AddRange(_line.Set(NewMarkedContent));
        }
    }

    // The next id of the page, for the items of a right-to-left line's sequence.
    private MarkedContentKid NewMarkedContent(IReadOnlyList<int> items)
    {
        return new MarkedContentKid(page, _nextId++) { Text = TextOf(items.Order()) };
    }

    private void AddLink(int item, LinkAreaItem area)
    {
        // PDF/X allows no annotation inside the bleed box (a press could print it over the
        // page), and paper is not clickable: the print edition keeps the Link elements' text,
        // without link annotations.
        var link = _open.Count > 0 ? _open.Peek() : null;
        if (link is null || print)
        {
            return;
        }

        // Annotations are placed on the page, not in the group's coordinates.
        var box = PdfBox.OnPage(pageHeight, _dx, _dy, area.X, area.Y, area.Width, area.Height);
        link.Add(new LinkAnnotationKid(page, _nextAnnotation++, box, area.Target, area.Description));
        _annotatedLinkAreas.Add(item);
    }

    private string TextOf(IEnumerable<int> items) => string.Concat(items.Select(i => _items[i] is TextRunItem run ? run.Text : string.Empty));
}
