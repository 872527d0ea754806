using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Text;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// What the block composers of one panel share while they set it top to bottom: the cursor,
/// the space the last block asked for below it, the items placed so far, the split points found
/// while measuring, and the theme's lookups. One per composition pass: measuring a block for
/// the flow, probing a panel's fill, and the final pass each start a fresh one.
/// </summary>
internal sealed class PanelContext
{
    private readonly Queue<double> _fillHeights;
    private double _firstSpaceBefore = double.NaN;
    private (double Bottom, TextOrigin? Source) _lastLine;
    private int _lines;

    public PanelContext(BrochureTheme theme, PanelFrame frame, Func<int> nextLinkId, ImageResolver images, IEnumerable<double> fillHeights, string language, bool measuring = false)
    {
        Language = language;
        RightToLeft = Direction.IsRightToLeft(language);
        Theme = theme;
        Images = images;
        Frame = frame;
        NextLinkId = nextLinkId;
        _fillHeights = new Queue<double>(fillHeights);
        Y = frame.Top;
        Breaks = measuring ? [] : null;
    }

    public BrochureTheme Theme { get; }

    public PanelFrame Frame { get; }

    public Func<int> NextLinkId { get; }

    public ImageResolver Images { get; }

    public string Language { get; }

    /// <summary>Right-to-left editions start every line, label and ornament at the right.</summary>
    public bool RightToLeft { get; }

    public List<LayoutItem> Items { get; } = [];

    /// <summary>Where the block being measured may be split between panels; null when placing (not measuring for the flow).</summary>
    public List<BreakPoint>? Breaks { get; }

    /// <summary>Why the block being measured does not fit, when a composer found out (the first reason found).</summary>
    public BlockMisfit? Misfit { get; private set; }

    /// <summary>The top of what comes next.</summary>
    public double Y { get; set; }

    /// <summary>The space the last block wants below it; the next block's wish competes with it (<see cref="Space"/>).</summary>
    public double PendingSpace { get; set; }

    /// <summary>At the top of a frame (or a box, or the column beside a picture): no space above the next block.</summary>
    public bool AtTop { get; set; } = true;

    /// <summary>The space the first block asked above it (what the flow keeps between it and the block before).</summary>
    public double FirstSpaceBefore => double.IsNaN(_firstSpaceBefore) ? 0 : _firstSpaceBefore;

    /// <summary>How deep in blocks the composer is: 1 while a block of the panel's own is set, more inside a box.</summary>
    public int Depth { get; set; }

    // The factor on the space between the panel's top-level blocks (above 1 when the flow
    // spreads a short panel toward its neighbours' fill), and the space those gaps took.
    public double GapScale { get; init; } = 1;

    public double Gaps { get; private set; }

    // Space added to each loose gap (before a heading or a call-out that follows other text,
    // where one unit of the panel ends and the next begins) once the scaled gaps are not enough,
    // how many loose gaps the panel has, and whether the block being placed opens one.
    public double LooseGapExtra { get; init; }

    public int LooseGaps { get; private set; }

    public bool LooseGapPending { get; set; }

    public BlockNode? PreviousTopLevel { get; set; }

    /// <summary>A word had to be broken between characters: it is wider than its line at this size.</summary>
    public bool BreaksWords { get; set; }

    /// <summary>Where the first line that does not fit the frame ends, and the content it came from.</summary>
    public (double Bottom, TextOrigin? Source)? FirstOverflow { get; private set; }

    /// <summary>A heading just set: if the next line does not fit, the heading is where the panel stops fitting.</summary>
    public TextOrigin? HeadingAwaitingItsText { get; set; }

    /// <summary>Where the panel's own background ends in the items: a full-bleed picture is drawn just after it, behind everything else.</summary>
    public int BackgroundEnd { get; set; }

    /// <summary>The full-bleed pictures of the panel, for the contrast of the text set over them.</summary>
    public List<(ImageItem Picture, FigureNode Figure)> BehindText { get; } = [];

    /// <summary>The next line's number: each line's runs are told apart from the next line's by it.</summary>
    public int NextLine() => ++_lines;

    /// <summary>The height a <c>&lt;fill/&gt;</c> takes: its share of what is left of the frame.</summary>
    public double NextFill() => _fillHeights.Count > 0 ? _fillHeights.Dequeue() : 0;

    /// <summary>Records why the block being measured does not fit; the first reason stands.</summary>
    public void Report(BlockMisfit misfit) => Misfit ??= misfit;

    // Space between blocks is the larger of the two blocks' wishes, and none at the top of a frame.
    public void Space(double before)
    {
        if (double.IsNaN(_firstSpaceBefore))
        {
            _firstSpaceBefore = before;
        }

        if (!AtTop)
        {
            var gap = Math.Max(before, PendingSpace);
            if (Depth == 1)
            {
                // Between two of the panel's own blocks: the gap the flow may spread.
                gap *= GapScale;
                Gaps += gap;
                if (LooseGapPending)
                {
                    gap += LooseGapExtra;
                    LooseGaps++;
                }
            }

            LooseGapPending = false;

            Y += gap;
        }

        PendingSpace = 0;
    }

    /// <summary>Notes that something placed ends at <paramref name="bottom"/>, to name the first content that overflows the frame.</summary>
    public void Track(double bottom, TextOrigin? source)
    {
        _lastLine = (bottom, source ?? _lastLine.Source);
        if (FirstOverflow is null && bottom > Frame.Bottom + PanelFrame.OverflowTolerance)
        {
            FirstOverflow = HeadingAwaitingItsText is null ? _lastLine : (bottom, HeadingAwaitingItsText);
        }

        HeadingAwaitingItsText = null;
    }

    public void AddArtifact(LayoutItem item)
    {
        Items.Add(new TagStartItem(StructureRole.Artifact));
        Items.Add(item);
        Items.Add(new TagEndItem(StructureRole.Artifact));
    }

    public TextStyle StyleFor(string? styleClass, string fallback)
    {
        var name = styleClass ?? fallback;
        return Theme.Styles.TryGetValue(name, out var style)
            ? style
            : throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"the template uses the class '{name}', which the theme's 'styles' does not define{DidYouMean.Suggest(name, Theme.Styles.Keys)}", SourceLocation.InFile(Theme.FilePath)));
    }

    public ToneColors Tone(string name) =>
        Theme.Tones.TryGetValue(name, out var tone)
            ? tone
            : throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"the template uses the tone '{name}', which the theme's 'tones' does not define", SourceLocation.InFile(Theme.FilePath)));

    public ToneColors ToneOf(PanelNode panel) => Tone(panel.Tone ?? Theme.PanelLook(panel.Slot).Tone);
}
