using BrochureGen.Layout.Fonts;
using BrochureGen.Layout.Theme;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Layout;

/// <summary>
/// The semantic role of a tagged part of the page; maps one-to-one to a PDF structure type.
/// <see cref="Artifact"/> marks decoration that assistive technology skips.
/// </summary>
public enum StructureRole
{
    Section,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Paragraph,
    List,
    ListItem,
    Label,
    ListBody,
    Link,
    Figure,
    Span,
    Artifact,
    Table,
    TableRow,
    TableHeader,
    TableCell,
}

/// <summary>Something placed on a page. Coordinates are points from the page's top-left corner.</summary>
public abstract record LayoutItem;

/// <summary>
/// A run of text in one face, size and colour, shaped: <paramref name="Glyphs"/> are the glyph ids
/// and positions every backend draws (nobody measures again); <paramref name="Baseline"/> is its
/// baseline's y and <paramref name="X"/> where its first glyph (leftmost on the page) starts.
/// </summary>
public sealed record TextRunItem(double X, double Baseline, double Width, FontFace Face, double Size, InkColor Color, string Text, GlyphRun Glyphs) : LayoutItem
{
    /// <summary>The line of a paragraph this run is part of; the runs of a line come in reading order.</summary>
    public TextLine? Line { get; init; }

    /// <summary>
    /// This run ends its line (in reading order) and the text breaks the line there (the lines
    /// of an address): the text read from the page needs a space between this line and the next,
    /// which nothing draws ("5th Floor Hartford", not "5th FloorHartford").
    /// </summary>
    public bool EndsBrokenLine { get; init; }

    /// <summary>The run is the space that ends a stretch of left-to-right text inside a right-to-left line, drawn on the stretch's left (BidiLine).</summary>
    public bool SpaceLeftOfStretch { get; init; }
}

/// <summary>
/// One line of a paragraph as laid out; <paramref name="Number"/> tells it from the panel's
/// other lines. In a right-to-left line (<paramref name="RightToLeft"/>) the runs, which come in
/// reading order, stand right to left, left-to-right runs (numbers, names) among them.
/// </summary>
public sealed record TextLine(int Number, bool RightToLeft);

/// <summary>A filled rectangle.</summary>
public sealed record RectItem(double X, double Y, double Width, double Height, InkColor Fill) : LayoutItem;

/// <summary>A filled polygon (bullets, ornaments).</summary>
public sealed record PolygonItem(IReadOnlyList<PagePoint> Points, InkColor Fill) : LayoutItem;

/// <summary>An outlined rectangle (a checklist's box).</summary>
public sealed record StrokeRectItem(double X, double Y, double Width, double Height, double Thickness, InkColor Color) : LayoutItem;

/// <summary>A straight line (underlines, rules).</summary>
public sealed record LineItem(double X1, double Y1, double X2, double Y2, double Thickness, InkColor Color) : LayoutItem;

/// <summary>An image drawn into a box: the bytes that were read and checked once (<see cref="ImageResolver"/>).</summary>
public sealed record ImageItem(double X, double Y, double Width, double Height, ImageFile Image) : LayoutItem
{
    /// <summary>
    /// The part of the box that is drawn (x, y from the panel's top-left, width, height), when the
    /// image is larger than what shows of it: a full-bleed picture covers its panel and is cut at
    /// the panel's edges (the print edition grows this into the bleed). Null: the whole box.
    /// </summary>
    public (double X, double Y, double Width, double Height)? Clip { get; init; }

    /// <summary>The image's file, which names it in messages.</summary>
    public string FilePath => Image.Path;
}

/// <summary>A clickable area and where it leads; <paramref name="Description"/> says what following it does.</summary>
public sealed record LinkAreaItem(double X, double Y, double Width, double Height, string Target, string Description) : LayoutItem;

/// <summary>
/// Opens a tagged element; items up to the matching <see cref="TagEndItem"/> belong to it. It
/// carries what the PDF writer needs: alt text and the box of a figure, the text a label stands
/// for (ActualText, e.g. "☑" for a ticked box), a header cell's scope.
/// </summary>
public sealed record TagStartItem(StructureRole Role, string? Language = null, string? AltText = null, string? Title = null) : LayoutItem
{
    public string? ActualText { get; init; }

    /// <summary><c>Column</c> or <c>Row</c> for a table header cell.</summary>
    public string? Scope { get; init; }

    /// <summary>The figure's box on the page (x, y from the top-left, width, height).</summary>
    public (double X, double Y, double Width, double Height)? Box { get; init; }

    /// <summary>An artifact that is a page number in the page's foot (a pagination artifact, not just decoration).</summary>
    public bool IsPageNumber { get; init; }
}

/// <summary>Closes the innermost open tagged element.</summary>
public sealed record TagEndItem(StructureRole Role) : LayoutItem;

public readonly record struct PagePoint(double X, double Y);

/// <summary>
/// A panel as laid out: a group of items placed at (<paramref name="X"/>, <see cref="Y"/>) on its
/// page. The items' coordinates are relative to the panel's top-left corner, so moving a panel
/// (imposition on the press sheet, mirroring) moves the group, not every item.
/// <paramref name="Fill"/> is how much of its frame the content takes (0–1).
/// </summary>
public sealed record LaidOutPanel(string Slot, double X, double Width, double Height, IReadOnlyList<LayoutItem> Items, LayoutAdjustment? Adjustment = null, double Fill = 0)
{
    /// <summary>A word in the panel is wider than its line at the size asked: broken between characters, or (display text) set smaller.</summary>
    public bool BreaksWords { get; init; }

    /// <summary>The panel's top edge on the page (0 on the trim-sized sheet).</summary>
    public double Y { get; init; }

    /// <summary>
    /// The document blocks this panel holds, in order; a block the flow split between panels
    /// appears as a <see cref="SliceNode"/> in each. The alternative formats read the document's
    /// blocks in the folded reading order worked out from these (<see cref="LaidOutBrochure.Reading"/>).
    /// </summary>
    public IReadOnlyList<BrochureGen.Document.BlockNode> Blocks { get; init; } = [];
}

/// <summary>
/// One side of the sheet. <paramref name="Decorations"/> are page-level artifacts outside the
/// panels (crop and fold marks, the slug line of the print edition).
/// </summary>
public sealed record LaidOutPage(string Name, double Width, double Height, IReadOnlyList<LaidOutPanel> Panels, IReadOnlyList<LayoutItem>? Decorations = null)
{
    public IReadOnlyList<LayoutItem> PageDecorations => Decorations ?? [];
}

/// <summary>The whole edition: pages in print order plus the panels in the order a reader meets them.</summary>
public sealed record LaidOutBrochure(string Language, IReadOnlyList<LaidOutPage> Pages, IReadOnlyList<string> ReadingOrder, IReadOnlyList<LayoutAdjustment> Adjustments)
{
    /// <summary>Warnings layout found (a panel far too empty).</summary>
    public IReadOnlyList<BrochureGen.Diagnostics.Diagnostic> Warnings { get; init; } = [];

    /// <summary>The document and the order a reader meets its blocks in: what the reflowed formats are written from.</summary>
    public required ReadingEdition Reading { get; init; }

    /// <summary>What the flow's composition costs, term by term (see CompositionCosts); none when nothing flows.</summary>
    public CompositionTerms CompositionCost { get; init; }

    public IEnumerable<LaidOutPanel> PanelsInReadingOrder =>
        ReadingOrder.Select(slot => Pages.SelectMany(p => p.Panels).Single(p => p.Slot == slot));
}

/// <summary>A change layout made to make text fit (reported by the build).</summary>
public sealed record LayoutAdjustment(string Panel, string Description);
