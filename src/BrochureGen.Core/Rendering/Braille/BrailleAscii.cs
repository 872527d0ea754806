namespace BrochureGen.Rendering.Braille;

/// <summary>
/// North American ASCII braille, the character set of a BRF file: each six-dot cell is one
/// ASCII character from 0x20 (blank cell) to 0x5F. The one place where dots become characters;
/// the mapping is the one of liblouis's <c>en-us-brf.dis</c>, so the BRF reads back with
/// <c>lou_translate --backward en-us-brf.dis,…</c>.
/// </summary>
public static class BrailleAscii
{
    // Indexed by the cell's dots as Unicode encodes them (bit 0 = dot 1 … bit 5 = dot 6).
    private const string ByDots = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

    /// <summary>True when the cell is a six-dot cell (dots 7 and 8 cannot be written in BRF).</summary>
    public static bool IsSixDot(char cell) => cell >= '\u2800' && cell <= '\u283F';

    /// <summary>The ASCII character of a six-dot cell.</summary>
    public static char Of(char cell) =>
        IsSixDot(cell) ? ByDots[cell - '\u2800'] : throw new ArgumentOutOfRangeException(nameof(cell), $"U+{(int)cell:X4} is not a six-dot braille cell");

    /// <summary>The ASCII characters of a row of six-dot cells.</summary>
    public static string Of(string cells) => string.Create(cells.Length, cells, (target, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = Of(source[i]);
        }
    });

    /// <summary>The Unicode braille cell of an ASCII braille character (to look at a BRF).</summary>
    public static char ToUnicode(char ascii) =>
        ByDots.IndexOf(char.ToUpperInvariant(ascii), StringComparison.Ordinal) is var dots and >= 0 ? (char)('\u2800' + dots) : ascii;
}
