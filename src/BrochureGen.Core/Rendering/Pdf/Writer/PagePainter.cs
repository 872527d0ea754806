using System.Globalization;
using BrochureGen.Layout;
using BrochureGen.Rendering.Pdf.Tagging;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// Writes one page's content from layout items as the tag pre-pass marked them
/// (<see cref="GroupMarking"/>): it opens each marked-content sequence with the id it was
/// given, draws its items in the order given and closes it. It decides no structure and
/// measures nothing.
/// </summary>
internal sealed class PagePainter(PdfFile file, double pageHeight, bool print, FontTable fonts, ImageTable images)
{
    private readonly ContentStream _content = new();
    private readonly List<PdfReference> _annotations = [];
    private readonly ItemOperators _operators = new(pageHeight, print, fonts, images);

    // Whether the current graphics state overprints (print edition only).
    private bool _overprint;

    /// <summary>The objects reserved for the page's link annotations, in the order the pre-pass numbered them; the structure writer writes them.</summary>
    public IReadOnlyList<PdfReference> Annotations => _annotations;

    /// <summary>True once anything was painted in RGB (the print edition must never).</summary>
    public bool WroteRgb => _operators.WroteRgb;

    public byte[] Content => _content.ToBytes();

    /// <summary>Names of the print edition's graphics states: black text overprints, everything else knocks out.</summary>
    public const string OverprintState = "OP1";
    public const string KnockoutState = "OP0";

    /// <summary>Paints a group of items placed at (<paramref name="dx"/>, <paramref name="dy"/>), as <paramref name="marking"/> says.</summary>
    public void Paint(IReadOnlyList<LayoutItem> items, GroupMarking marking, double dx = 0, double dy = 0)
    {
        // Operators and objects are made in the order of the items, whatever the drawing order:
        // fonts hand out codes, and images and annotations object numbers, in the order first
        // met (reproducible).
        var operators = new string[items.Count];
        var drawn = marking.Sequences.SelectMany(s => s.Items).ToHashSet();
        var annotated = marking.AnnotatedLinkAreas.ToHashSet();
        for (var i = 0; i < items.Count; i++)
        {
            if (annotated.Contains(i))
            {
                _annotations.Add(file.Reserve());
            }
            else if (drawn.Contains(i))
            {
                operators[i] = _operators.Of(items[i]);
            }
        }

        var grouped = dx != 0 || dy != 0;
        var outerOverprint = _overprint;
        if (grouped)
        {
            _content.Append("q").Op("cm", 1, 0, 0, 1, dx, -dy);
        }

        foreach (var sequence in marking.Sequences)
        {
            _content.Append(Opening(sequence.Mark));
            foreach (var i in sequence.Items)
            {
                if (ItemOperators.Overprints(items[i]) is { } overprint)
                {
                    SetOverprint(overprint);
                }

                _content.Raw(operators[i]);
            }

            _content.Append("EMC");
        }

        if (grouped)
        {
            // Q restores the graphics state, overprint included.
            _content.Append("Q");
            _overprint = outerOverprint;
        }
    }

    private static string Opening(ContentMark mark) => mark switch
    {
        TaggedContent tagged => string.Create(CultureInfo.InvariantCulture, $"/{tagged.Type} <</MCID {tagged.Id}>> BDC"),
        ArtifactContent { IsPageNumber: true } => "/Artifact <</Type /Pagination /Subtype /Footer>> BDC",
        _ => "/Artifact BMC",
    };

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
}
