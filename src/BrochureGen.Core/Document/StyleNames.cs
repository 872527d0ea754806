namespace BrochureGen.Document;

/// <summary>
/// The theme style a block takes when the content names none: one decision for the brochure,
/// the large-print and the HTML editions, and for the check that the theme has each style.
/// </summary>
public static class StyleNames
{
    public const string Body = "body";

    /// <summary>The text of a list item (its label is drawn or set in it too).</summary>
    public const string ListItem = "list-item";

    public const string TableHeader = "table-header";

    public const string TableCell = "table-cell";

    /// <summary>The address printed under a QR code in the formats that show it.</summary>
    public const string QrCaption = "qr-caption";

    /// <summary>The box a template's <c>&lt;box&gt;</c> without a class is drawn in.</summary>
    public const string DefaultBox = "default";

    /// <summary>The style of a heading of <paramref name="level"/> (1–6): <c>h1</c> … <c>h6</c>.</summary>
    public static string Heading(int level) => $"h{Math.Clamp(level, 1, 6)}";

    /// <summary>The style <paramref name="heading"/> is set in: its class, else its level's.</summary>
    public static string Of(HeadingNode heading) => heading.StyleClass ?? Heading(heading.Level);

    /// <summary>The style <paramref name="paragraph"/> is set in: its class, else body text.</summary>
    public static string Of(ParagraphNode paragraph) => paragraph.StyleClass ?? Body;

    /// <summary>The style a table cell is set in.</summary>
    public static string Of(TableCellNode cell) => cell.IsHeader ? TableHeader : TableCell;
}
