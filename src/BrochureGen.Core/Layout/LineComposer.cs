using System.Globalization;
using System.Text;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Fonts;
using BrochureGen.Layout.Theme;
using BrochureGen.Text.Icu;
using BrochureGen.Text.Shaping;

namespace BrochureGen.Layout;

/// <summary>A piece of a line in one face: text, its shaped glyphs and how it is drawn.</summary>
public sealed record LineFragment(string Text, InlineState State, FontFace Face, double Size, double BaselineShift, InkColor Color, GlyphRun Glyphs)
{
    public double Width => Glyphs.Width;
}

/// <summary>One line of a paragraph. <paramref name="Width"/> excludes the space kept at a soft break.</summary>
public sealed record ComposedLine(IReadOnlyList<LineFragment> Fragments, double Width)
{
    /// <summary>The line ends at a line break of the text (an address written line by line), not where it ran out of room.</summary>
    public bool EndsWithBreak { get; init; }

    /// <summary>The line ends inside a word that is wider than the line on its own (the word goes on below).</summary>
    public bool EndsInsideWord { get; init; }
}

/// <summary>
/// Breaks styled text into lines that fit a width: at spaces, after hyphens and after slashes
/// (long web addresses), and inside a word only when the word alone is wider than the line.
/// Phone numbers are never broken. Lines keep the space at a soft break, so text extracted
/// from the PDF reads "word word", not "wordword".
/// </summary>
public sealed partial class LineComposer(TextStyle style, ToneColors tone, string language = "und")
{
    private const double SuperscriptScale = 0.62;
    private const double SuperscriptRise = 0.36;

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
    private IEnumerable<ComposedLine> ComposeSegment(Segment segment, LineMeasure measure, bool balance)
    {
        var atoms = segment.Atoms;
        var endsWithBreak = segment.EndsWithBreak;
        ComposedLine Line(List<LineFragment> fragments, bool last) =>
            new(Merge(fragments), ContentWidth(fragments)) { EndsWithBreak = last && endsWithBreak };

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
            var atomContentWidth = ContentWidth(atom.Fragments);
            if (current.Count > 0 && currentWidth + atomContentWidth > Width() + 0.001)
            {
                result.Add(Line(current, false));
                (current, currentWidth) = ([], 0);
            }

            if (current.Count == 0 && atomContentWidth > Width() + 0.001)
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

    // What breaking after each atom costs: after a hyphen or slash inside a word, or, in text
    // written without spaces, inside a word as ICU's dictionaries see words.
    private List<double> BreakCosts(IReadOnlyList<Atom> atoms)
    {
        var texts = atoms.Select(a => string.Concat(a.Fragments.Select(f => f.Text))).ToList();
        // Text without spaces has atoms that end in a letter; the paragraph's last atom always does.
        var unspaced = texts.Take(texts.Count - 1).Any(t => t.Length > 0 && !char.IsWhiteSpace(t[^1]) && t[^1] is not '-' and not '/');
        var boundaries = unspaced ? WordBoundaries.Find(string.Concat(texts), language) : null;
        var costs = new List<double>(atoms.Count);
        var end = 0;
        foreach (var text in texts)
        {
            end += text.Length;
            var trimmed = text.TrimEnd();
            costs.Add(trimmed.Length > 1 && trimmed[^1] is '-' or '/' ? TotalFitBreaker.HyphenBreak
                : boundaries is not null && text.Length > 0 && !char.IsWhiteSpace(text[^1]) && !boundaries.Contains(end) ? TotalFitBreaker.InsideWord
                : 0);
        }

        return costs;
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

    /// <summary>The faces (one per family of the stack), size, rise and colour a piece of text is drawn in.</summary>
    public (IReadOnlyList<FontFace> Faces, double Size, double Shift, InkColor Color) Resolve(InlineState state)
    {
        var faces = style.Family.Faces(style.Bold || state.Bold, style.Italic || state.Italic);
        var size = state.Superscript ? style.Size * SuperscriptScale : style.Size;
        var shift = state.Superscript ? -style.Size * SuperscriptRise : 0;
        var color = state.Link is not null && style.ColorRole == "text" ? tone.Link : RoleColor(style.ColorRole);
        return (faces, size, shift, color);
    }

    private InkColor RoleColor(string role) => role switch
    {
        "heading" => tone.Heading,
        "accent" => tone.Accent,
        "link" => tone.Link,
        _ => tone.Text,
    };

    private List<Atom> SplitIntoAtoms(IReadOnlyList<StyledText> pieces)
    {
        var paragraphFamily = FamilyCoveringAll(pieces);
        var breaks = BreakOffsets(string.Concat(pieces.Select(p => p.Text)), language);
        var offset = 0;
        var atoms = new List<Atom>();
        var fragments = new List<LineFragment>();
        foreach (var piece in pieces)
        {
            if (piece.Text == "\n")
            {
                offset += 1;
                if (fragments.Count > 0)
                {
                    atoms.Add(new Atom(fragments, false));
                    fragments = [];
                }

                atoms.Add(new Atom([], true));
                continue;
            }

            // Pieces meet where the style changes; a line may break there too.
            if (fragments.Count > 0 && piece.Text.Length > 0 && breaks.Contains(offset))
            {
                atoms.Add(new Atom(fragments, false));
                fragments = [];
            }

            var (faces, size, shift, color) = Resolve(piece.State);
            var keepWhole = piece.State.Link?.Target.StartsWith("tel:", StringComparison.Ordinal) == true;
            var pieceStart = offset;
            offset += piece.Text.Length;
            foreach (var (word, endsAtom) in Split(piece.Text, pieceStart, keepWhole ? [] : breaks))
            {
                foreach (var (text, face) in AssignFaces(word, faces, paragraphFamily, piece))
                {
                    foreach (var run in DirectionRuns(text))
                    {
                        fragments.Add(Fragment(run, piece.State, face, size, shift, color));
                    }
                }

                if (endsAtom)
                {
                    atoms.Add(new Atom(fragments, false));
                    fragments = [];
                }
            }
        }

        if (fragments.Count > 0)
        {
            atoms.Add(new Atom(fragments, false));
        }

        return atoms;
    }

    // Index of the first family whose faces have every character of the paragraph, or -1.
    private int FamilyCoveringAll(IReadOnlyList<StyledText> pieces)
    {
        for (var family = 0; family < style.Family.Families.Count; family++)
        {
            var index = family;
            var covers = pieces.All(piece =>
            {
                var face = Resolve(piece.State).Faces[index];
                return piece.Text == "\n" || CodePoints(piece.Text).All(c => IsSpace(c) || face.Font.HasGlyph(c));
            });
            if (covers)
            {
                return family;
            }
        }

        return -1;
    }

    // The paragraph's family when one covers it all; else the first that covers the word; else per character.
    private static IEnumerable<(string Text, FontFace Face)> AssignFaces(string word, IReadOnlyList<FontFace> faces, int paragraphFamily, StyledText piece)
    {
        if (paragraphFamily >= 0)
        {
            yield return (word, faces[paragraphFamily]);
            yield break;
        }

        var wordFace = faces.FirstOrDefault(face => CodePoints(word).All(c => IsSpace(c) || face.Font.HasGlyph(c)));
        if (wordFace is not null)
        {
            yield return (word, wordFace);
            yield break;
        }

        var run = new StringBuilder();
        FontFace? runFace = null;
        for (var i = 0; i < word.Length; i += char.IsSurrogatePair(word, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(word, i);
            var face = IsSpace(codePoint) ? runFace ?? faces[0] : faces.FirstOrDefault(f => f.Font.HasGlyph(codePoint)) ?? throw MissingGlyph(codePoint, piece, faces);
            if (runFace is not null && !ReferenceEquals(face, runFace))
            {
                yield return (run.ToString(), runFace);
                run.Clear();
            }

            runFace = face;
            run.Append(char.ConvertFromUtf32(codePoint));
        }

        if (run.Length > 0)
        {
            yield return (run.ToString(), runFace!);
        }
    }

    /// <summary>
    /// Where a line of the paragraph may break: ICU's UAX #14 opportunities (dictionaries for
    /// Thai, Khmer, Lao and Burmese; CJK rules, so no line starts with 。，、）」 nor ends with
    /// （「). Korean is broken at spaces only, as Korean is set: ICU would break between syllables.
    /// </summary>
    public static HashSet<int> BreakOffsets(string paragraph, string language)
    {
        var breaks = new HashSet<int>();
        foreach (var opportunity in LineBreaks.Find(paragraph, language))
        {
            var offset = opportunity.Offset;
            if (offset >= paragraph.Length || paragraph[offset - 1] == '\n')
            {
                continue;
            }

            if (language.StartsWith("ko", StringComparison.Ordinal) && IsHangul(paragraph[offset - 1]) && IsHangul(paragraph[offset]))
            {
                continue;
            }

            if (KeepsTogether(paragraph, offset))
            {
                continue;
            }

            breaks.Add(offset);
        }

        return breaks;
    }

    /// <summary>
    /// Breaks the rules of typesetting refuse though UAX #14 allows them: a number and the word
    /// or sign it counts or measures ("13 million", "103 °F", "5th Floor", "24 hours"); an initial
    /// and the name after it ("J. Smith"); a hyphen after one or two letters ("U-visa") or between
    /// digits ("1-888-373-7888", "§53a-192a").
    /// </summary>
    public static bool KeepsTogether(string text, int offset)
    {
        if (offset <= 0 || offset >= text.Length)
        {
            return false;
        }

        if (text[offset - 1] == ' ')
        {
            var end = offset - 1;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var before = text[start..end];
            var after = new string(text[offset..].TakeWhile(c => !char.IsWhiteSpace(c)).ToArray()).TrimEnd('.', ',', ';', ':', '!', '?', ')');
            if (before.Length == 0 || after.Length == 0)
            {
                return false;
            }

            var counts = NumberEnd().IsMatch(before) && (char.IsLetter(after[0]) || after[0] is '°' or '%' or '‰') && after.Length <= 10;
            var initial = before.Length == 2 && char.IsUpper(before[0]) && before[1] == '.' && char.IsUpper(after[0]);
            return counts || initial;
        }

        if (text[offset - 1] is '-' or '\u2010' && offset >= 2)
        {
            var start = offset - 1;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            return offset - 1 - start <= 2 || char.IsAsciiDigit(text[offset - 2]) || char.IsAsciiDigit(text[offset]);
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d(?:st|nd|rd|th|er|e|ème|º|ª)?$")]
    private static partial System.Text.RegularExpressions.Regex NumberEnd();

    /// <summary>
    /// A word cut where its direction changes ("و300,000": an Arabic letter, then digits), so each
    /// part is shaped in its own direction and bidi can order the parts. Spaces, punctuation and
    /// marks stay with the part before them.
    /// </summary>
    public static IEnumerable<string> DirectionRuns(string text)
    {
        var start = 0;
        bool? rightToLeft = null;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            var script = codePoint < 0x80 ? (char.IsAsciiLetterOrDigit((char)codePoint) ? "Latn" : Scripts.Common) : Scripts.Of(codePoint);
            if (script is Scripts.Common or Scripts.Inherited && !char.IsAsciiDigit((char)codePoint) && !(codePoint >= 0x660 && codePoint <= 0x669) && !(codePoint >= 0x6F0 && codePoint <= 0x6F9))
            {
                continue;
            }

            var isRtl = Scripts.IsRightToLeft(script) || (codePoint >= 0x660 && codePoint <= 0x669) || (codePoint >= 0x6F0 && codePoint <= 0x6F9);
            if (rightToLeft is { } current && current != isRtl)
            {
                yield return text[start..i];
                start = i;
            }

            rightToLeft = isRtl;
        }

        yield return text[start..];
    }

    /// <summary>A piece of text cut at the paragraph's break offsets (the piece starts at <paramref name="start"/>).</summary>
    public static IEnumerable<(string Text, bool EndsAtom)> Split(string text, int start, IReadOnlySet<int> breaks)
    {
        var from = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (breaks.Contains(start + i))
            {
                yield return (text[from..i], true);
                from = i;
            }
        }

        if (from < text.Length)
        {
            yield return (text[from..], breaks.Contains(start + text.Length));
        }
    }

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    private static bool IsSpace(int codePoint) => codePoint is ' ' or '\u00A0';

    private static IEnumerable<int> CodePoints(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            yield return char.ConvertToUtf32(text, i);
        }
    }

    private LineFragment Fragment(string text, InlineState state, FontFace face, double size, double shift, InkColor color) =>
        new(text, state, face, size, shift, color, face.Shape(text, size, state.Language ?? language));

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
                        line.Add(Fragment(text.ToString(), fragment.State, fragment.Face, fragment.Size, fragment.BaselineShift, fragment.Color));
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
                line.Add(Fragment(text.ToString(), fragment.State, fragment.Face, fragment.Size, fragment.BaselineShift, fragment.Color));
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

    private static double ContentWidth(IReadOnlyList<LineFragment> fragments)
    {
        if (fragments.Count == 0)
        {
            return 0;
        }

        var last = fragments[^1];
        var trailing = last.Text.Length - last.Text.TrimEnd(' ').Length;
        var trailingWidth = trailing == 0 ? 0 : last.Face.Measure(new string(' ', trailing), last.Size);
        return fragments.Sum(f => f.Width) - trailingWidth;
    }

    /// <summary>Fails with a diagnostic naming the character and the content position when no face has a glyph.</summary>
    public static void CheckGlyphs(StyledText piece, IReadOnlyList<FontFace> faces)
    {
        foreach (var codePoint in CodePoints(piece.Text))
        {
            if (!IsSpace(codePoint) && !faces.Any(f => f.Font.HasGlyph(codePoint)))
            {
                throw MissingGlyph(codePoint, piece, faces);
            }
        }
    }

    private static BrochureException MissingGlyph(int codePoint, StyledText piece, IReadOnlyList<FontFace> faces)
    {
        var source = piece.State.Source;
        var where = source is null ? "the template" : $"'{source.KeyPath}'";
        var fonts = string.Join(", ", faces.Select(f => f.Font.FamilyName).Distinct());
        return new BrochureException(Diagnostic.Error(
            DiagnosticCodes.GlyphMissing,
            $"the character U+{codePoint:X4} '{char.ConvertFromUtf32(codePoint)}' in {where} is in none of the fonts ({fonts})",
            source?.Location));
    }

    private sealed record Atom(IReadOnlyList<LineFragment> Fragments, bool ForcedBreak);
}
