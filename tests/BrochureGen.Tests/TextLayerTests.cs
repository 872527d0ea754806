using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BrochureGen.Build;
using BrochureGen.Tests.Support;
using Xunit.Abstractions;

namespace BrochureGen.Tests;

/// <summary>
/// Every PDF BrochureGen writes reads back with the engines readers use — poppler, PDFium,
/// MuPDF and pdf.js — not only with our own reader: the screen, print and large-print editions
/// of the sample in all its languages and of a brochure in Arabic, Hindi, Vietnamese and Thai
/// (Fixtures/scripts). Each engine must give back at least 98 % of the source's words, and no
/// code drawn may lack a Unicode value.
/// </summary>
public sealed partial class TextLayerTests(TextLayerTests.Editions editions, ITestOutputHelper output) : IClassFixture<TextLayerTests.Editions>
{
    public const double RequiredShare = 0.98;

    // Word order, pairs of neighbours read in order (pairs that straddle two lines or two panels
    // count too, so no edition reaches 100 %). In right-to-left text MuPDF and pdf.js keep the runs
    // of a line that mixes directions in the order they stand on the page (MuPDF reverses each
    // right-to-left run in place; pdf.js orders a line's text items as drawn and cuts items at
    // every font and marked-content change), which no way of writing the line we measured avoids
    // without losing words in PDFium: they get a floor that holds what they read now. The short
    // fixtures are spread to larger type (more, shorter lines, so more pairs straddle lines):
    // MuPDF reads 78.9 % of the Arabic heat fixture's pairs at 13 pt.
    private static double RequiredPairs(string engine, string locale) =>
        locale is "ar" or "fa" && engine is "mupdf" or "pdfjs" ? 0.75 : 0.90;

    public static readonly TheoryData<string, string, string> Pdfs = Rows();

    private static TheoryData<string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var (brochure, locales) in Editions.Brochures)
        {
            foreach (var locale in locales)
            {
                foreach (var kind in Editions.Kinds)
                {
                    rows.Add(brochure, locale, kind);
                }
            }
        }

        return rows;
    }

    [SkippableTheory]
    [MemberData(nameof(Pdfs))]
    public void Every_engine_reads_back_the_words_of_the_source(string brochure, string locale, string kind)
    {
        var read = editions.Read(brochure, locale, kind);
        var texts = editions.SourceTexts(brochure, locale);
        var source = texts.SelectMany(t => t).ToList();
        var shares = new List<string>();
        foreach (var engine in PdfEngines.Names)
        {
            var words = WordBag.Of(read[engine], locale);
            var (share, missing) = WordBag.Recall(source, words);
            var pairs = WordBag.PairRecall(texts, words);
            shares.Add(FormattableString.Invariant($"{engine} {share:P1} (pairs {pairs:P1})"));
            Assert.True(share >= RequiredShare, FormattableString.Invariant($"{engine} reads {share:P1} of the {source.Count} words of {brochure} {locale} ({kind}); it lacks: {string.Join(' ', missing.Take(30))}"));
            Assert.True(pairs >= RequiredPairs(engine, locale), FormattableString.Invariant($"{engine} reads {pairs:P1} of the word pairs of {brochure} {locale} ({kind}) in order; at least {RequiredPairs(engine, locale):P0} must be"));
        }

        output.WriteLine($"{brochure} {locale} {kind}: {source.Count} words; " + string.Join(", ", shares));
    }

    [SkippableTheory]
    [MemberData(nameof(Pdfs))]
    public void Every_code_drawn_maps_to_unicode(string brochure, string locale, string kind)
    {
        ExternalTool.Require("qpdf", ExternalTool.QpdfPackage);
        var pdf = QpdfJson.Read(editions.Pdf(brochure, locale, kind));
        var drawn = 0;
        var unmapped = new List<string>();
        foreach (var page in pdf.Pages())
        {
            var resources = pdf.Resolve(page.GetProperty("/Resources"));
            var fonts = pdf.Resolve(resources.GetProperty("/Font")).EnumerateObject().ToDictionary(f => f.Name, f => (Map: UnicodeMap(pdf, f.Value), Codes: EmbeddedFontCodes.Read(pdf, f.Value)));
            var current = string.Empty;
            foreach (Match token in ShownCode().Matches(pdf.PageContent(page)))
            {
                if (token.Groups[1].Success)
                {
                    current = token.Groups[1].Value;
                    continue;
                }

                var code = int.Parse(token.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                drawn++;
                var (map, codes) = fonts[current];
                if (!map.TryGetValue(code, out var text) || text.Length == 0 || text.Any(c => c is '\0' or '\uFEFF' or '\uFFFE') || codes.GlyphOf(code) == 0)
                {
                    unmapped.Add($"{current} <{code:X4}>");
                }
            }
        }

        output.WriteLine($"{brochure} {locale} {kind}: {drawn} codes drawn, {unmapped.Count} without a Unicode value");
        Assert.True(drawn > 500, $"only {drawn} codes drawn");
        Assert.True(unmapped.Count == 0, $"{unmapped.Count} codes drawn without a Unicode value (or drawing .notdef): {string.Join(", ", unmapped.Distinct().Take(20))}");
    }

    private static Dictionary<int, string> UnicodeMap(QpdfJson pdf, System.Text.Json.JsonElement font)
    {
        var map = new Dictionary<int, string>();
        if (pdf.Resolve(font).TryGetProperty("/ToUnicode", out var toUnicode))
        {
            var cmap = Encoding.Latin1.GetString(pdf.StreamData(toUnicode.GetString()!));
            foreach (Match entry in CharacterMapping().Matches(cmap))
            {
                map[int.Parse(entry.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = Encoding.BigEndianUnicode.GetString(Convert.FromHexString(entry.Groups[2].Value));
            }
        }

        return map;
    }

    [GeneratedRegex(@"(/F\w+) [\d.]+ Tf|<([0-9A-Fa-f]{4})>")]
    private static partial Regex ShownCode();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]*)>")]
    private static partial Regex CharacterMapping();

    /// <summary>The PDFs, built once and read by every engine in one run; the source's words per edition.</summary>
    public sealed class Editions : IDisposable
    {
        public static readonly IReadOnlyList<(string Brochure, IReadOnlyList<string> Locales)> Brochures =
        [
            (EnglishEdition.SampleId, EnglishEdition.SampleLocales),
            ("heat-safety", ["en", "ar", "hi", "vi", "th"]),
        ];

        public static readonly IReadOnlyList<string> Kinds = ["screen", "print", "large-print"];

        private readonly string _folder = Directory.CreateTempSubdirectory("brochuregen-text-layer-").FullName;
        private readonly ConcurrentDictionary<(string, string), EditionOutput> _built = new();
        private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> _read;

        public Editions()
        {
            _read = new(() =>
            {
                var files = Brochures.SelectMany(b => b.Locales.SelectMany(l => Kinds.Select(k => File(b.Brochure, l, k)))).ToList();
                return PdfEngines.Extract(files);
            });
        }

        public byte[] Pdf(string brochure, string locale, string kind)
        {
            var edition = _built.GetOrAdd((brochure, locale), key => EnglishEdition.Build(ContentRoot(key.Item1), RepoPaths.Templates, key.Item2, EditionKinds.Screen | EditionKinds.Print | EditionKinds.LargePrint, key.Item1));
            return kind switch
            {
                "screen" => edition.Pdf,
                "print" => edition.PrintPdf!,
                _ => edition.LargePrintPdf!,
            };
        }

        public IReadOnlyDictionary<string, string> Read(string brochure, string locale, string kind)
        {
            PdfEngines.Require();
            return _read.Value[File(brochure, locale, kind)];
        }

        /// <summary>The words of each text of the source, text by text.</summary>
        public IReadOnlyList<IReadOnlyList<string>> SourceTexts(string brochure, string locale)
        {
            var file = Path.Combine(ContentRoot(brochure), brochure, locale + ".md");
            var (markdown, _) = Content.Markdown.MarkdownContentReader.ReadFile(file, file);
            return Content.Markdown.ContentTexts.Of(markdown).Where(t => !markdown.Meta.Texts.Contains(t)).Select(t => (IReadOnlyList<string>)WordBag.Of(t.PlainText, locale)).ToList();
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private static string ContentRoot(string brochure) =>
            brochure == EnglishEdition.SampleId ? RepoPaths.Content : Path.Combine(RepoPaths.Fixture("scripts"), "content");

        private string File(string brochure, string locale, string kind)
        {
            var path = Path.Combine(_folder, $"{brochure}.{locale}.{kind}.pdf");
            if (!System.IO.File.Exists(path))
            {
                System.IO.File.WriteAllBytes(path, Pdf(brochure, locale, kind));
            }

            return path;
        }
    }
}
