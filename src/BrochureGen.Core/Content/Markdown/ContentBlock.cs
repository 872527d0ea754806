using BrochureGen.Diagnostics;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content.Markdown;

/// <summary>
/// One block of a Markdown content file, with the place it was written. Blocks are what a
/// stock layout's template turns into brochure markup and what translations are compared by.
/// </summary>
public abstract record ContentBlock(SourceLocation Location)
{
    /// <summary>The block type as templates see it (<c>paragraph</c>, <c>list</c>, …).</summary>
    public abstract string Type { get; }

    /// <summary>True when the block was marked <c>{.new-panel}</c>: it starts on a new panel.</summary>
    public bool NewPanel { get; init; }
}

/// <summary>A paragraph; <paramref name="Classes"/> are its generic-attribute classes (e.g. <c>byline</c>).</summary>
public sealed record ParagraphBlock(SourceLocation Location, ContentText Text, IReadOnlyList<string> Classes) : ContentBlock(Location)
{
    public override string Type => "paragraph";
}

/// <summary>A heading below the section's own (<c>###</c> and deeper).</summary>
public sealed record SubheadingBlock(SourceLocation Location, int Level, ContentText Text) : ContentBlock(Location)
{
    public override string Type => "heading";
}

/// <summary>A list; <paramref name="Start"/> is the first number of a numbered list.</summary>
public sealed record ListBlock(SourceLocation Location, ListKind Kind, int Start, IReadOnlyList<ListItemBlock> Items) : ContentBlock(Location)
{
    public override string Type => "list";
}

/// <summary>
/// One list item: its text, whether its box is ticked (checklists only) and what follows the
/// text inside the item (nested lists, further paragraphs).
/// </summary>
public sealed record ListItemBlock(SourceLocation Location, ContentText Text, bool? Checked, IReadOnlyList<ContentBlock> Children) : ContentBlock(Location)
{
    public override string Type => "item";
}

/// <summary>A table: the first row is the header row.</summary>
public sealed record TableBlock(SourceLocation Location, IReadOnlyList<TableRowBlock> Rows, IReadOnlyList<ColumnAlignment> Alignments) : ContentBlock(Location)
{
    public override string Type => "table";

    public int Columns => Alignments.Count;
}

public sealed record TableRowBlock(SourceLocation Location, IReadOnlyList<ContentText> Cells, bool IsHeader) : ContentBlock(Location)
{
    public override string Type => "row";
}

/// <summary>
/// An image; <paramref name="Alt"/> is null for a decorative image (written with <c>![]()</c> and
/// <c>""</c> alt); <paramref name="Attributes"/> size and place it.
/// </summary>
public sealed record ImageBlock(SourceLocation Location, string Source, ContentText? Alt, PictureAttributes? Attributes = null) : ContentBlock(Location)
{
    /// <summary>How it is sized and placed (<see cref="PictureAttributes.None"/> when nothing is written).</summary>
    public PictureAttributes Layout => Attributes ?? PictureAttributes.None;

    public override string Type => "image";
}

/// <summary>A QR code for a link (<c>[caption](target){.qr}</c>); the caption is its alt text.</summary>
public sealed record QrBlock(SourceLocation Location, string Target, ContentText Caption) : ContentBlock(Location)
{
    public override string Type => "qr";
}

/// <summary>A call-out (<c>::: kind</c>): blocks on a background; <paramref name="Kind"/> names a box of the theme.</summary>
public sealed record CalloutBlock(SourceLocation Location, string Kind, IReadOnlyList<ContentBlock> Blocks) : ContentBlock(Location)
{
    public override string Type => "callout";
}
