using BrochureGen.Layout;

namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>
/// The runs of a right-to-left line waiting to be drawn. They come in reading order but are
/// drawn with the line's other runs from left to right, as the text extraction engines expect a
/// line (GlyphText). Each run's place among its element's kids is held when it comes, so the
/// structure tree keeps the reading order whatever order the page draws it in.
/// </summary>
internal sealed class RightToLeftLine
{
    private readonly List<LineRun> _runs = [];

    /// <summary>The line the waiting runs belong to; null when none waits.</summary>
    public TextLine? Line { get; private set; }

    /// <summary>Holds a run; <paramref name="owner"/> is its element (none: an artifact).</summary>
    public void Add(int item, TextRunItem run, StructureElement? owner)
    {
        Line = run.Line;
        RunPlace? place = null;
        if (owner is not null)
        {
            place = new RunPlace();
            owner.Add(place);
        }

        _runs.Add(new LineRun(item, run.X, owner, place));
    }

    /// <summary>
    /// Sets the waiting runs from left to right: the marked-content sequences in drawing order,
    /// each element's kid put where its runs' places were. Runs of one element that stand side by
    /// side share one sequence: pdf.js reads each sequence as a text item of its own, and orders
    /// a right-to-left line right only within an item.
    /// </summary>
    public List<MarkedSequence> Set(Func<IReadOnlyList<int>, MarkedContentKid> markedContent)
    {
        var runs = _runs.OrderBy(r => r.X).ToList();
        _runs.Clear();
        Line = null;
        var sequences = new List<MarkedSequence>();
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
                var places = runs.GetRange(i, j - i).Select(r => owner.IndexOf(r.Place!)).Order().ToList();
                if (places[^1] - places[0] != places.Count - 1)
                {
                    j = i + 1;
                }
            }

            var group = runs.GetRange(i, j - i);
            var items = group.Select(r => r.Item).ToList();
            if (group[0].Owner is { } element)
            {
                var kid = markedContent(items);
                element.Replace(group.Select(r => (StructureKid)r.Place!).ToList(), kid);
                sequences.Add(new MarkedSequence(new TaggedContent(element.Type, kid.Id), items));
            }
            else
            {
                sequences.Add(new MarkedSequence(new ArtifactContent(IsPageNumber: false), items));
            }

            i = j;
        }

        return sequences;
    }

    /// <summary>The place a run's marked content will take among its element's kids.</summary>
    private sealed class RunPlace : StructureKid;

    /// <summary>A waiting run: its item, where it starts, the element it belongs to (none: an artifact) and its place there.</summary>
    private sealed record LineRun(int Item, double X, StructureElement? Owner, RunPlace? Place);
}
