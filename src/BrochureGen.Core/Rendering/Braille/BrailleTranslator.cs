using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using BrochureGen.Diagnostics;

namespace BrochureGen.Rendering.Braille;

/// <summary>
/// Translates an edition's text into North American ASCII braille with its braille code. A
/// character the code cannot write in six-dot braille (not defined by the tables, so liblouis
/// would write a <c>\xNNNN</c> escape, or defined only as an eight-dot cell) is left out and
/// remembered, so the edition can name it in a warning rather than print an escape.
/// </summary>
internal sealed class BrailleTranslator(BrailleCode code)
{
    // (tables, character) → whether the tables write it in six-dot cells; the same for every edition.
    private static readonly ConcurrentDictionary<(string Tables, string Character), bool> Writable = new();

    // What was left out, each with where it first occurred (the content value, when known).
    private readonly SortedDictionary<string, SourceLocation?> _leftOut = new(StringComparer.Ordinal);

    public BrailleCode Code { get; } = code;

    /// <summary>The characters left out so far, each once in code-point order, with where each first occurred.</summary>
    public IReadOnlyDictionary<string, SourceLocation?> LeftOut => _leftOut;

    /// <summary>
    /// The text in ASCII braille; <paramref name="typeforms"/> holds one liblouis typeform per
    /// UTF-16 unit; <paramref name="source"/> is where the text comes from, for the warning.
    /// </summary>
    public string Translate(string text, IReadOnlyList<ushort> typeforms, SourceLocation? source = null)
    {
        var kept = new StringBuilder(text.Length);
        var keptForms = new List<ushort>(text.Length);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            // Whole grapheme clusters: a combining mark (Hindi's nukta) is only defined with its base.
            var element = (string)elements.Current;
            var start = elements.ElementIndex;
            if (!IsWritable(element))
            {
                _leftOut.TryAdd(element, source);
                continue;
            }

            kept.Append(element);
            for (var i = 0; i < element.Length; i++)
            {
                keptForms.Add(typeforms[start + i]);
            }
        }

        if (kept.Length == 0)
        {
            return string.Empty;
        }

        var cells = Cells(kept.ToString(), keptForms);
        // Cells a combination of writable characters still made eight-dot are not expected; they
        // are reported rather than written wrong.
        if (cells.Any(c => !BrailleAscii.IsSixDot(c)))
        {
            _leftOut.TryAdd(text, source);
            cells = new string(cells.Where(BrailleAscii.IsSixDot).ToArray());
        }

        return BrailleAscii.Of(cells);
    }

    // Where the code separates a number from a letter a–j that follows it and the table does
    // not, the text is translated in pieces cut there, joined by the code's cell.
    private string Cells(string text, List<ushort> forms)
    {
        string Piece(int start, int end) => LibLouis.Translate(text[start..end], Code.Tables, forms.Skip(start).Take(end - start).Any(f => f != 0) ? forms.GetRange(start, end - start).ToArray() : default);
        if (Code.LetterAfterNumber is not { } sign)
        {
            return Piece(0, text.Length);
        }

        var cells = new StringBuilder();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i - 1]) && text[i] is >= 'a' and <= 'j')
            {
                cells.Append(Piece(start, i)).Append(sign);
                start = i;
            }
        }

        return cells.Append(Piece(start, text.Length)).ToString();
    }

    private bool IsWritable(string element) =>
        string.IsNullOrWhiteSpace(element) || Writable.GetOrAdd((Code.Tables, element), key =>
        {
            var written = LibLouis.Translate(key.Character, key.Tables);
            // An undefined character comes out as an escape, which differs from leaving it out.
            var defined = written == LibLouis.Translate(key.Character, key.Tables, leaveOutUndefined: true);
            return defined && written.All(BrailleAscii.IsSixDot);
        });
}
