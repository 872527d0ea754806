using System.Text;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Fonts;
using BrochureGen.Layout.Theme;
using BrochureGen.Text.Icu;

namespace BrochureGen.Layout;

/// <summary>
/// Shape, the second phase of inline layout (collect → shape → break → place): styled pieces
/// cut into atoms at the paragraph's break opportunities (<see cref="LineBreakOpportunities"/>),
/// each given the face of the stack that has its characters, cut where its direction changes,
/// and shaped with HarfBuzz once (<see cref="ShapedSegment"/>); what breaking after each atom
/// costs is decided here too, so the break phase only chooses.
/// </summary>
internal sealed partial class InlineShaper(TextStyle style, ToneColors tone, string language)
{
    // A superscript (a footnote mark, "1st") is set this much of the text size, raised this much of it.
    private const double SuperscriptScale = 0.62;
    private const double SuperscriptRise = 0.36;

    // What breaking after each atom costs: after a hyphen or slash inside a word, or, in text
    // written without spaces, inside a word as ICU's dictionaries see words.
    private List<double> BreakCosts(IReadOnlyList<ShapedAtom> atoms)
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

    /// <summary>The faces (one per family of the stack), size, rise and colour a piece of text is drawn in.</summary>
    public (IReadOnlyList<FontFace> Faces, double Size, double Shift, InkColor Color) Resolve(InlineState state)
    {
        var faces = style.Family.Faces(style.Bold || state.Bold, style.Italic || state.Italic);
        var size = state.Superscript ? style.Size * SuperscriptScale : style.Size;
        var shift = state.Superscript ? -style.Size * SuperscriptRise : 0;
        var color = state.Link is not null && style.ColorRole == ToneColors.TextRole ? tone.Link : tone.Of(style.ColorRole);
        return (faces, size, shift, color);
    }

    private List<ShapedAtom> SplitIntoAtoms(IReadOnlyList<StyledText> pieces)
    {
        var paragraphFamily = FamilyCoveringAll(pieces);
        var breaks = LineBreakOpportunities.Find(string.Concat(pieces.Select(p => p.Text)), language);
        var offset = 0;
        var atoms = new List<ShapedAtom>();
        var fragments = new List<LineFragment>();
        foreach (var piece in pieces)
        {
            if (piece.Text == "\n")
            {
                offset += 1;
                if (fragments.Count > 0)
                {
                    atoms.Add(new ShapedAtom(fragments, false));
                    fragments = [];
                }

                atoms.Add(new ShapedAtom([], true));
                continue;
            }

            // Pieces meet where the style changes; a line may break there too.
            if (fragments.Count > 0 && piece.Text.Length > 0 && breaks.Contains(offset))
            {
                atoms.Add(new ShapedAtom(fragments, false));
                fragments = [];
            }

            var (faces, size, shift, color) = Resolve(piece.State);
            var keepWhole = piece.State.Link?.Kind == LinkKind.Phone;
            var pieceStart = offset;
            offset += piece.Text.Length;
            foreach (var (word, endsAtom) in LineBreakOpportunities.Split(piece.Text, pieceStart, keepWhole ? [] : breaks))
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
                    atoms.Add(new ShapedAtom(fragments, false));
                    fragments = [];
                }
            }
        }

        if (fragments.Count > 0)
        {
            atoms.Add(new ShapedAtom(fragments, false));
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

    private static bool IsSpace(int codePoint) => codePoint is ' ' or '\u00A0';

    private static IEnumerable<int> CodePoints(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            yield return char.ConvertToUtf32(text, i);
        }
    }

    /// <summary>A fragment of <paramref name="text"/> shaped in <paramref name="face"/>.</summary>
    public LineFragment Fragment(string text, InlineState state, FontFace face, double size, double shift, InkColor color) =>
        new(text, state, face, size, shift, color, face.Shape(text, size, state.Language ?? language));

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
}
