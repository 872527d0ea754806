namespace BrochureGen.Layout;

/// <summary>
/// The weights of the composition objective: what one edition's choice of panel breaks costs
/// (docs/layouts.md, "How the panels are composed"). The flow searches every allowed set of
/// breaks for the least total; each weight says how much unevenness of fill a designer would
/// accept to avoid the fault.
/// </summary>
public static class CompositionCosts
{
    /// <summary>
    /// Per panel: (fill − its target)² × this; a panel 10 points of fill off its target costs 200.
    /// The target is the fill of the pinned panels on its side of the sheet, or else an equal
    /// share of the text left for the panels of sides without pinned panels.
    /// </summary>
    public const double Unevenness = 20_000;

    /// <summary>A paragraph split between panels (never with one line alone on either side).</summary>
    public const double ParagraphSplit = 150;

    /// <summary>
    /// When the text would fill the flow's panels less than this on average, a paragraph that
    /// fits whole where it stands is not split: with that much room, a split buys no evenness a
    /// reader sees.
    /// </summary>
    public const double RoomyBelow = 0.5;

    /// <summary>A list split between panels: between items (never before its second or after its second-to-last), or inside an item (with a paragraph split's cost too).</summary>
    public const double ListSplit = 100;

    /// <summary>A list split inside its first or last item: one item, or part of one, stands alone on a panel.</summary>
    public const double ListSplitAtEdge = 600;

    /// <summary>A table split between panels (its header row repeated, two body rows or more on each side, its note with the last part).</summary>
    public const double TableSplit = 400;

    /// <summary>A heading near a panel's foot with less than two lines of text under it there.</summary>
    public const double StrandedHeading = 5_000;

    /// <summary>A section that runs from one side of the sheet to the other (outside to inside, or over a Z-fold's turn).</summary>
    public const double SectionAcrossSides = 600;

    /// <summary>A panel that starts in the middle of a section rather than with one.</summary>
    public const double MidSectionBreak = 50;

    /// <summary>Lines of body text a heading needs under it before a panel may end.</summary>
    public const int LinesUnderHeading = 2;

    /// <summary>Text is spread (spacing, then size) until the flow's panels are on average this full.</summary>
    public const double SpreadUntil = 0.85;

    /// <summary>
    /// A flow panel that ends above the fullest panel of its side has the space between its
    /// blocks grown by at most this factor to come closer (vertical justification, bounded).
    /// </summary>
    public const double FeatherLimit = 2.5;

    /// <summary>
    /// When that is not enough, each gap between two units of the panel (before a heading or a
    /// call-out that follows other text) grows by at most this part of the panel's height more,
    /// so a panel of few blocks ends near its neighbours without one gap taking half of it.
    /// </summary>
    public const double LooseGapLimit = 0.25;

    /// <summary>
    /// Those gaps grow only until the panel reaches this part of the fill it is spread toward:
    /// near its neighbours, well within the side's balance, with no hole for the last few lines.
    /// </summary>
    public const double LooseGapReach = 0.9;
}
