namespace BrochureGen.Rendering.Braille;

/// <summary>
/// Which braille code each language is written in: the one place that decides it. Every
/// table was checked with liblouis 3.24 (Debian liblouis-data) on the sample brochure's text:
/// it exists, translates every character of that text into six-dot cells (a BRF cannot carry
/// dots 7 and 8) and writes phone numbers and web addresses readably. A language that is not
/// here gets no braille edition and a warning; a table is never guessed from a neighbour.
/// </summary>
public static class BrailleCodes
{
    // Keys are locale codes or bare languages; "pt" covers pt-BR and pt-PT, "zh-Hans" does not cover zh-Hant.
    private static readonly Dictionary<string, BrailleCode> ByLocale = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new("en-ueb-g2.ctb", true, LibLouis.NoContract,
            "Unified English Braille grade 2 (contracted), the code of English braille in North America since 2016; UEB has no separate computer code, so addresses are written in grade 1 (uncontracted) to be typed letter for letter"),
        ["es"] = new("es-g1.ctb", false, LibLouis.ComputerBraille,
            "Spanish literary braille (ONCE/CBE) is read uncontracted; es-g2.ctb translates forward only")
        {
            // CBE: a letter a–j right after a number takes the interrupter (dot 5), or "53a"
            // would read as 531; es-g1.ctb does not write it.
            LetterAfterNumber = "\u2810",
        },
        ["pt"] = new("pt-pt-g1.utb", false, LibLouis.ComputerBraille,
            "the Grafia Braille para a Língua Portuguesa is shared by Brazil and Portugal, and Brazil reads grade 1; liblouis has no pt-BR table of its own"),
        ["vi"] = new("vi-vn-g0.utb", false, LibLouis.ComputerBraille,
            "Vietnamese braille without contractions: it translates every tone mark of the sample and reads back exactly; vi-vn-g1/g2 contract only partly"),
        ["zh-Hans"] = new("zhcn-cbs.ctb", false, LibLouis.ComputerBraille,
            "National Common Braille of China (GF 0019-2018), the current standard for Mandarin written in simplified characters"),
        ["ar"] = new("ar-ar-g1.utb", false, LibLouis.ComputerBraille,
            "Arabic literary braille, uncontracted as it is usually read; ar-ar-comp8 is eight-dot"),
        ["hi"] = new("hi-in-g1.utb", false, LibLouis.ComputerBraille,
            "Bharati braille for Hindi; the table switches to computer braille for addresses by itself. It writes the nukta only where Bharati braille has a sign for it (ड़, ढ़): ज़ and फ़ come out as ज and फ, by the table's own rule"),
        ["ko"] = new("ko-g2.ctb", false, LibLouis.ComputerBraille,
            "Korean braille with the usual contractions (Korean Braille Regulations); it writes addresses in computer braille by itself"),
        ["uk"] = new("uk.utb", false, LibLouis.ComputerBraille,
            "Ukrainian literary braille; і, ї and є sit on liblouis's virtual dot 9, which the adapter's Unicode-braille mode drops as it must"),
    };

    // Languages liblouis 3.24 has no table for that a BRF can carry, with the reason (the warning says it).
    private static readonly Dictionary<string, string> WithoutTable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ht"] = "liblouis has no Haitian Creole table, and a French one would be a guess a Kreyòl braille reader has not confirmed",
        ["fa"] = "liblouis's Persian table (fa-ir-g1.utb) writes Latin letters and the zero-width non-joiner in eight-dot cells, which a six-dot BRF cannot carry",
    };

    /// <summary>The code for <paramref name="locale"/>: the locale's own entry, else its language's; null when there is none.</summary>
    public static BrailleCode? For(string locale) =>
        ByLocale.GetValueOrDefault(locale) ?? ByLocale.GetValueOrDefault(locale.Split('-')[0]);

    /// <summary>Why <paramref name="locale"/> has no braille code (for the warning).</summary>
    public static string WhyNone(string locale) =>
        WithoutTable.TryGetValue(locale, out var reason) || WithoutTable.TryGetValue(locale.Split('-')[0], out reason)
            ? reason
            : "BrochureGen knows no liblouis braille table for this language";
}
