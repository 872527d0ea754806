namespace BrochureGen.Content;

/// <summary>
/// Every limit on what BrochureGen reads, in one place. Content, translations and images come
/// from people outside the project (untrusted); templates, themes and fonts from designers. Each
/// file is refused above its size before it is read, and every parser and decoder has a bound on
/// the work a file can make it do, so that a hostile file ends in a diagnostic within seconds and
/// a few hundred megabytes, never in a hang, a crash or an exhausted machine. The README's
/// "Security and robustness" section lists these numbers; the tests hold each.
/// </summary>
public static class InputLimits
{
    /// <summary><c>brochure.yaml</c> and the locale files (<c>&lt;locale&gt;.md</c>, <c>&lt;locale&gt;.yaml</c>).</summary>
    public const long ContentFileBytes = 1_000_000;

    /// <summary>A Scriban template or a file it includes.</summary>
    public const long TemplateFileBytes = 1_000_000;

    /// <summary>A theme or layout file (YAML).</summary>
    public const long DesignFileBytes = 1_000_000;

    /// <summary>A PNG or JPEG image. A full-bleed photo at 300 ppi is a few megabytes.</summary>
    public const long ImageFileBytes = 20_000_000;

    /// <summary>A font file. The largest shipped font (a Korean one) has 4.7 MB; full CJK TrueType fonts reach about 20.</summary>
    public const long FontFileBytes = 32_000_000;

    /// <summary>An ICC colour profile (a press profile has a few hundred kilobytes).</summary>
    public const long ProfileFileBytes = 16_000_000;

    /// <summary>
    /// An XLIFF file from a translation vendor (<c>xliff import</c>). A brochure's export has tens
    /// of kilobytes; CAT tools add notes and metadata, so the room is generous.
    /// </summary>
    public const long XliffFileBytes = 20_000_000;

    /// <summary>The largest of the file limits: no reader accepts a larger file.</summary>
    public const long LargestFileBytes = FontFileBytes;

    /// <summary>
    /// Pixels of one image (width × height, from its header, checked before it is decoded). A
    /// tabloid sheet at 300 ppi has 17 million, a phone photo 12. Every edition draws the image's
    /// pixels (4 bytes each decoded, then again per PDF), so this bounds a build's memory: a tiny
    /// file that claims 40,000 × 8,000 pixels is refused, and one of 25 million builds every
    /// edition within a few seconds and under 400 MB.
    /// </summary>
    public const long ImagePixels = 25_000_000;

    /// <summary>Images of more pixels than this are decoded by one edition at a time (parallel editions wait for each other).</summary>
    public const long LargeImagePixels = 4_000_000;

    /// <summary>YAML values (maps and lists, block or flow syntax alike) nested deeper than this are refused as they are parsed.</summary>
    public const int YamlNesting = 32;

    /// <summary>One YAML value longer than this is refused: no panel holds it.</summary>
    public const int YamlValueLength = 20_000;

    /// <summary>
    /// The values YAML aliases (<c>*name</c>) may repeat in one file, counted as if each alias
    /// were written out: ten lines of aliases of aliases ("billion laughs") would otherwise make
    /// billions.
    /// </summary>
    public const int YamlAliasValues = 1_000;

    /// <summary>Block quotes and lists nested deeper than this are refused before parsing.</summary>
    public const int MarkdownNesting = 16;

    /// <summary>One paragraph, heading, cell or line of Markdown longer than this is refused.</summary>
    public const int MarkdownTextLength = 20_000;

    /// <summary>
    /// Emphasis and link markers (runs of <c>*</c>, <c>_</c> or <c>^</c>, and each <c>[</c>) in one
    /// paragraph: Markdig pairs them in time that grows with the square of their number.
    /// </summary>
    public const int MarkdownMarkers = 1_000;

    /// <summary>
    /// Markdig's own bound on the depth of its syntax tree (emphasis in links in emphasis…);
    /// BrochureGen reports a file that reaches it at the line and column where it does.
    /// </summary>
    public const int MarkdigNesting = 128;
}
