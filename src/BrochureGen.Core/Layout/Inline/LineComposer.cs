using System.Globalization;
using System.Text;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Layout;

/// <summary>
/// Break, the third phase of inline layout (collect → shape → break → place): breaks styled
/// text, shaped once (<see cref="InlineShaper"/>), into lines that fit a width: at spaces, after
/// hyphens and after slashes (long web addresses), and inside a word only when the word alone is
/// wider than the line. Phone numbers are never broken. Lines keep the space at a soft break, so
/// text extracted from the PDF reads "word word", not "wordword".
/// </summary>
public sealed class LineComposer(TextStyle style, ToneColors tone, string language = "und")
{
    private readonly InlineShaper _shaper = new(style, tone, language);

    /// <summary>
    /// The lines of a paragraph <paramref name="width"/> wide, broken where the whole paragraph
    /// reads best (<see cref="TotalFitBreaker"/>); <paramref name="balance"/> gives every line
    /// of a heading a similar length.
    /// </summary>
    public IReadOnlyList<ComposedLine> Compose(IReadOnlyList<StyledText> pieces, double width, bool balance = false) =>
        Compose(pieces, LineMeasure.Uniform(0, width), balance);

    /// <summary>The lines of a paragraph, each as wide as <paramref name="measure"/> says for its place.</summary>
    public IReadOnlyList<ComposedLine> Compose(IReadOnlyList<StyledText> pieces, LineMeasure measure, bool balance = false)
    {
        var lines = new List<ComposedLine>();
        foreach (var segment in SegmentsOf(pieces))
        {
            lines.AddRange(ComposeSegment(segment, measure.After(lines.Count), balance));
        }

        return lines;
    }

    // The lines of text between two forced breaks (or the paragraph's ends).
    private IEnumerable<ComposedLine> ComposeSegment(ShapedSegment segment, LineMeasure measure, bool balance)
    {
        var atoms = segment.Atoms;
        var endsWithBreak = segment.EndsWithBreak;
        ComposedLine Line(List<LineFragment> fragments, bool last) =>
            new(Merge(fragments), LineFragment.ContentWidth(fragments)) { EndsWithBreak = last && endsWithBreak };

        if (atoms.Count == 0)
        {
            yield return Line([], true);
            yield break;
        }

        var breaks = TotalFitBreaker.Break(segment.Widths, segment.ContentWidths, segment.BreakCosts, segment.IsWord, measure, balance);
        if (breaks is not null)
        {
            var start = 0;
            foreach (var end in breaks)
            {
                yield return Line(atoms.Skip(start).Take(end - start).SelectMany(a => a.Fragments).ToList(), end == atoms.Count);
                start = end;
            }

            yield break;
        }

        // A word wider than the line (a long address): filled line by line, and broken between
        // characters where it must be.
        var current = new List<LineFragment>();
        double currentWidth = 0;
        var result = new List<ComposedLine>();
        double Width() => measure.Line(result.Count).Width;
        foreach (var atom in atoms)
        {
            var atomContentWidth = LineFragment.ContentWidth(atom.Fragments);
            if (current.Count > 0 && currentWidth + atomContentWidth > Width() + LineMeasure.Tolerance)
            {
                result.Add(Line(current, false));
                (current, currentWidth) = ([], 0);
            }

            if (current.Count == 0 && atomContentWidth > Width() + LineMeasure.Tolerance)
            {
                foreach (var piece in BreakWord(atom.Fragments, Width()))
                {
                    if (current.Count > 0)
                    {
                        result.Add(Line(current, false) with { EndsInsideWord = true });
                    }

                    current = [.. piece];
                    currentWidth = piece.Sum(f => f.Width);
                }

                continue;
            }

            current.AddRange(atom.Fragments);
            currentWidth += atom.Fragments.Sum(f => f.Width);
        }

        result.Add(Line(current, true));
        foreach (var line in result)
        {
            yield return line;
        }
    }

    /// <summary>
    /// The width of the widest atom: a word, a phone number or a number with its unit, which a
    /// line never breaks inside by choice (text without spaces has one atom per character).
    /// </summary>
    public double WidestAtom(IReadOnlyList<StyledText> pieces) =>
        SegmentsOf(pieces).SelectMany(s => s.ContentWidths).DefaultIfEmpty(0).Max();

    /// <summary>The width of the widest piece that cannot be broken (a word, or a part of an address between break points).</summary>
    public double LongestUnbreakable(IReadOnlyList<StyledText> pieces)
    {
        // In text written without spaces a line may break between any two characters, but
        // breaking inside a word costs (BreakCosts): a table column is at least as wide as its
        // longest word, so "热衰竭" is not set one character per line.
        var longest = 0.0;
        foreach (var segment in SegmentsOf(pieces))
        {
            var word = 0.0;
            for (var i = 0; i < segment.Atoms.Count; i++)
            {
                word += segment.ContentWidths[i];
                longest = Math.Max(longest, word);
                if (segment.BreakCosts[i] != TotalFitBreaker.InsideWord)
                {
                    word = 0;
                }
            }
        }

        return longest;
    }

    private IEnumerable<List<LineFragment>> BreakWord(IReadOnlyList<LineFragment> fragments, double width)
    {
        var line = new List<LineFragment>();
        double lineWidth = 0;
        foreach (var fragment in fragments)
        {
            var text = new StringBuilder();
            foreach (var element in EnumerateTextElements(fragment.Text))
            {
                var elementWidth = fragment.Face.Measure(element, fragment.Size);
                if (lineWidth + elementWidth > width && (line.Count > 0 || text.Length > 0))
                {
                    if (text.Length > 0)
                    {
                        line.Add(_shaper.Fragment(text.ToString(), fragment.State, fragment.Face, fragment.Size, fragment.BaselineShift, fragment.Color));
                        text.Clear();
                    }

                    yield return line;
                    line = [];
                    lineWidth = 0;
                }

                text.Append(element);
                lineWidth += elementWidth;
            }

            if (text.Length > 0)
            {
                line.Add(_shaper.Fragment(text.ToString(), fragment.State, fragment.Face, fragment.Size, fragment.BaselineShift, fragment.Color));
            }
        }

        if (line.Count > 0)
        {
            yield return line;
        }
    }

    private static IEnumerable<string> EnumerateTextElements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }

    // Adjacent fragments that look the same and link to the same place are drawn as one string.
    private static List<LineFragment> Merge(List<LineFragment> fragments)
    {
        var merged = new List<LineFragment>();
        foreach (var fragment in fragments)
        {
            if (merged.Count > 0 && SameRun(merged[^1], fragment))
            {
                var last = merged[^1];
                merged[^1] = last with { Text = last.Text + fragment.Text, Glyphs = last.Glyphs.Append(fragment.Glyphs) };
            }
            else
            {
                merged.Add(fragment);
            }
        }

        return merged;
    }

    private static bool SameRun(LineFragment a, LineFragment b) =>
        ReferenceEquals(a.Face, b.Face) && a.Size == b.Size && a.BaselineShift == b.BaselineShift && a.Color == b.Color && a.Glyphs.RightToLeft == b.Glyphs.RightToLeft
        && a.State.Link?.Id == b.State.Link?.Id && a.State.Language == b.State.Language;

    private IReadOnlyList<ShapedSegment> SegmentsOf(IReadOnlyList<StyledText> pieces) => _shaper.Shape(pieces);
}
