namespace BrochureGen.Rendering.Braille;

/// <summary>
/// The braille code an edition is written in: the liblouis table(s) that translate its
/// language and what the formatter must know about the code.
/// </summary>
/// <param name="Tables">liblouis table list (comma-separated), without a display table.</param>
/// <param name="IsUnifiedEnglishBraille">UEB: links are written uncontracted and UEB's transcriber's-note indicators apply.</param>
/// <param name="LinkTypeform">the liblouis typeform given to phone numbers, web and e-mail addresses.</param>
/// <param name="Reason">why this table (shown nowhere; the map's documentation).</param>
public sealed record BrailleCode(string Tables, bool IsUnifiedEnglishBraille, ushort LinkTypeform, string Reason)
{
    /// <summary>
    /// The cell the code writes between a number and a letter a–j that follows it (which would
    /// otherwise read as one more digit), where the table does not write one itself.
    /// </summary>
    public string? LetterAfterNumber { get; init; }
}
