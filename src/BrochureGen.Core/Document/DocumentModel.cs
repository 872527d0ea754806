using BrochureGen.Vocabulary;

namespace BrochureGen.Document;

/// <summary>
/// The semantic tree of one edition: its language, the panels a template fills by name
/// (<c>&lt;panel slot&gt;</c>) and the sections that flow through the other panels in reading
/// order (<c>&lt;section&gt;</c>), some of them pinned to a panel.
/// </summary>
public sealed record BrochureDocument(string Language, IReadOnlyList<PanelNode> Panels, IReadOnlyList<FlowSection> Flow)
{
    public BrochureDocument(string language, IReadOnlyList<PanelNode> panels)
        : this(language, panels, [])
    {
    }
}

/// <summary>One panel; <paramref name="Tone"/> names the theme's colour scheme for it (light, dark, …); null: the theme's.</summary>
public sealed record PanelNode(string Slot, string? Tone, IReadOnlyList<BlockNode> Blocks, BrochureGen.Diagnostics.SourceLocation? Location = null);

/// <summary>A section of flowing content; <paramref name="Pin"/> names the panel it must sit on, if any.</summary>
public sealed record FlowSection(string? Pin, IReadOnlyList<BlockNode> Blocks, BrochureGen.Diagnostics.SourceLocation? Location);

public abstract record BlockNode;

/// <summary>A heading; level 1 is the brochure title.</summary>
public sealed record HeadingNode(int Level, string? StyleClass, IReadOnlyList<InlineElement> Content) : BlockNode
{
    /// <summary>The template line of the heading's element, which gives its level in a designer's template.</summary>
    public BrochureGen.Diagnostics.SourceLocation? Location { get; init; }

    /// <summary>Where its words were written: the content's line, or the template's when the template wrote them.</summary>
    public BrochureGen.Diagnostics.SourceLocation? TextLocation { get; init; }
}

/// <summary>A paragraph in a named paragraph style of the theme (body when none is given).</summary>
public sealed record ParagraphNode(string? StyleClass, IReadOnlyList<InlineElement> Content) : BlockNode;

/// <summary>A bulleted, numbered (<paramref name="Start"/> is the first number) or check list; items may hold nested lists.</summary>
public sealed record ListNode(IReadOnlyList<ListItemNode> Items, ListKind Kind = ListKind.Bulleted, int Start = 1) : BlockNode
{
    /// <summary>
    /// The label read before item <paramref name="index"/> of a numbered list ("3."), decided here
    /// for the PDF, large print and braille alike; null for bullets and boxes, which are drawn.
    /// </summary>
    public string? Label(int index) =>
        Kind == ListKind.Numbered ? (Start + index).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." : null;
}

/// <summary>A list item; <paramref name="Checked"/> is set for checklist items (a drawn box, ticked or not).</summary>
public sealed record ListItemNode(IReadOnlyList<InlineElement> Content, ListNode? Nested, bool? Checked = null);

/// <summary>A table: rows of cells; header cells carry their scope (column or row).</summary>
public sealed record TableNode(IReadOnlyList<TableRowNode> Rows) : BlockNode
{
    /// <summary>
    /// How many rows at the top are header rows (every cell a header): what the PDF repeats on a
    /// continued panel, HTML puts in <c>thead</c> and braille reads before each cell. A header
    /// cell further down labels its row only (its scope), it starts no new header.
    /// </summary>
    public int HeaderRows => Rows.TakeWhile(row => row.Cells.Count > 0 && row.Cells.All(cell => cell.IsHeader)).Count();
}

public sealed record TableRowNode(IReadOnlyList<TableCellNode> Cells);

/// <summary>One cell; <paramref name="Scope"/> is what a header cell labels (its column unless written otherwise), null for a data cell.</summary>
public sealed record TableCellNode(bool IsHeader, TableScope? Scope, ColumnAlignment Alignment, IReadOnlyList<InlineElement> Content);

/// <summary>What a header cell labels, decided by the resolver: every backend reads it as it is.</summary>
public enum TableScope
{
    Column,
    Row,
}

/// <summary>
/// A QR code for <paramref name="Target"/>; <paramref name="Alt"/> says where it leads;
/// <paramref name="VisibleAddress"/> is the target as a reader types it (no <c>tel:</c> or
/// <c>https://</c>), for the formats that print the address instead of the code.
/// </summary>
public sealed record QrNode(string Target, string Alt, string VisibleAddress) : BlockNode;

/// <summary>Forces what follows onto the next panel of the flow.</summary>
public sealed record PanelBreakNode : BlockNode;

/// <summary>A group of blocks drawn on a background (a call-out).</summary>
public sealed record BoxNode(string? StyleClass, IReadOnlyList<BlockNode> Blocks) : BlockNode;

/// <summary>
/// An image; <paramref name="Alt"/> is what a screen reader says instead, null for a decorative
/// image (an artifact). <paramref name="Width"/> and <paramref name="Height"/> are in points
/// (Layout's PictureSize decides the placed size); without either it is placed at most at its
/// size at 300 ppi and never wider than its column. <paramref name="Location"/> is where it was written: the content's line when the template gives the picture's origin, else the template's.
/// </summary>
public sealed record FigureNode(string Source, string? Alt, double? Width, double? Height, BrochureGen.Diagnostics.SourceLocation Location) : BlockNode
{
    /// <summary>The width as a percentage of the column (<c>{width=40%}</c>), instead of <see cref="Width"/>.</summary>
    public double? WidthPercent { get; init; }

    /// <summary>Where it stands: at the start, centred, at the end with the next block beside it, or behind the whole panel.</summary>
    public PicturePlace Place { get; init; }
}

/// <summary>Decoration with no meaning (a rule, an ornament): drawn, never read aloud.</summary>
public sealed record DecorNode(Ornament Kind) : BlockNode;

/// <summary>Flexible space: pushes what follows to the bottom of the panel.</summary>
public sealed record FillNode : BlockNode;

public abstract record InlineElement;

public sealed record TextElement(string Text) : InlineElement;

public sealed record LineBreakElement : InlineElement;

public sealed record StyledElement(InlineKind Kind, IReadOnlyList<InlineElement> Children) : InlineElement;

/// <summary>
/// A link of <paramref name="Kind"/> (phone, e-mail, web, a place in the document);
/// <paramref name="Description"/> tells what following it does (read by assistive technology),
/// never missing: the resolver gives a link without one its enclosing link's, else its words.
/// </summary>
public sealed record LinkElement(string Target, string Description, LinkKind Kind, IReadOnlyList<InlineElement> Children) : InlineElement;

/// <summary>Text in another language than the edition's.</summary>
public sealed record LanguageElement(string Language, IReadOnlyList<InlineElement> Children) : InlineElement;

/// <summary>Words that came from one content value; lets layout name the content file in diagnostics.</summary>
public sealed record SourceElement(TextOrigin Source, IReadOnlyList<InlineElement> Children) : InlineElement;
