using BrochureGen.Layout.Fonts;
using BrochureGen.Layout.Theme;

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
}

/// <summary>Something placed on a page. Coordinates are points from the page's top-left corner.</summary>
public abstract record LayoutItem;

/// <summary>A run of text in one face, size and colour; <paramref name="Baseline"/> is its baseline's y.</summary>
public sealed record TextRunItem(double X, double Baseline, double Width, FontFace Face, double Size, InkColor Color, string Text) : LayoutItem;

/// <summary>A filled rectangle.</summary>
public sealed record RectItem(double X, double Y, double Width, double Height, InkColor Fill) : LayoutItem;

/// <summary>A filled polygon (bullets, ornaments).</summary>
public sealed record PolygonItem(IReadOnlyList<PagePoint> Points, InkColor Fill) : LayoutItem;

/// <summary>A straight line (underlines, rules).</summary>
public sealed record LineItem(double X1, double Y1, double X2, double Y2, double Thickness, InkColor Color) : LayoutItem;

/// <summary>An image file drawn into a box.</summary>
public sealed record ImageItem(double X, double Y, double Width, double Height, string FilePath) : LayoutItem;

/// <summary>A clickable area and where it leads; <paramref name="Description"/> says what following it does.</summary>
public sealed record LinkAreaItem(double X, double Y, double Width, double Height, string Target, string Description) : LayoutItem;

/// <summary>Opens a tagged element; items up to the matching <see cref="TagEndItem"/> belong to it.</summary>
public sealed record TagStartItem(StructureRole Role, string? Language = null, string? AltText = null, string? Title = null) : LayoutItem;

/// <summary>Closes the innermost open tagged element.</summary>
public sealed record TagEndItem(StructureRole Role) : LayoutItem;

public readonly record struct PagePoint(double X, double Y);

/// <summary>A panel as laid out: where it sits on its page and what it holds, in drawing order.</summary>
public sealed record LaidOutPanel(string Slot, double X, double Width, double Height, IReadOnlyList<LayoutItem> Items, LayoutAdjustment? Adjustment = null);

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
    public IEnumerable<LaidOutPanel> PanelsInReadingOrder =>
        ReadingOrder.Select(slot => Pages.SelectMany(p => p.Panels).Single(p => p.Slot == slot));
}

/// <summary>A change layout made to make text fit (reported by the build).</summary>
public sealed record LayoutAdjustment(string Panel, string Description);
