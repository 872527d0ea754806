using System.Text.RegularExpressions;
using BrochureGen.Build;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Tests.Support;
using BrochureGen.Vocabulary;

namespace BrochureGen.Tests;

/// <summary>
/// Text in another language than the edition's is marked: in a translation, every name listed
/// under <c>untranslated-ok</c> (an agency's name, an address) reads back from the PDF's
/// structure tree as an element with <c>/Lang en</c>, in the screen, print and large-print
/// editions; and <c>[…]{lang=…}</c> marks any span.
/// </summary>
public sealed class SpanLanguageTests
{
    public static readonly TheoryData<string> Translations = new([.. EnglishEdition.SampleLocales.Where(l => l != "en")]);

    [SkippableTheory]
    [MemberData(nameof(Translations))]
    public void English_names_in_a_translation_read_back_with_lang_en_from_every_pdf(string locale)
    {
        ExternalTool.Require("qpdf", ExternalTool.QpdfPackage);
        var edition = EnglishEdition.Build(RepoPaths.Content, RepoPaths.Templates, locale, EditionKinds.Screen | EditionKinds.Print | EditionKinds.LargePrint);
        var names = NamesIn(edition.Content);
        Assert.NotEmpty(names);
        foreach (var (kind, pdf) in new[] { ("screen", edition.Pdf), ("print", edition.PrintPdf!), ("large print", edition.LargePrintPdf!) })
        {
            var english = Squeeze(string.Concat(TaggedText.InLanguages(QpdfJson.Read(pdf)).Where(e => e.Language == "en").Select(e => e.Text)));
            var missing = names.Where(n => !english.Contains(Squeeze(n), StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, $"{locale} {kind}: not marked as English: {string.Join(" | ", missing)}");
        }
    }

    [SkippableFact]
    public void A_span_with_a_language_attribute_becomes_a_span_in_that_language_and_a_bad_tag_is_an_error_at_its_column()
    {
        var (content, _) = Content.Markdown.MarkdownContentReader.Read("# Título\n\nLlame a [Immigration and Customs Enforcement]{lang=en} o a *Hudson*{lang=en}.\n", "es.md");
        var paragraph = Assert.IsType<Content.Markdown.ParagraphBlock>(Assert.Single(content.Cover));
        var spans = Spans(paragraph.Text.Inlines).ToList();
        Assert.Equal([("en", "Immigration and Customs Enforcement"), ("en", "Hudson")], spans);
        Assert.Equal("Llame a Immigration and Customs Enforcement o a Hudson.", paragraph.Text.PlainText);

        var error = Assert.Throws<BrochureException>(() => Content.Markdown.MarkdownContentReader.Read("# T\n\nA [word]{lang=english} b\n", "es.md"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Contains("'english' is not a language tag", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal((3, 3), (diagnostic.Location!.Line, diagnostic.Location.Column));
    }

    // The untranslated-ok names that stand in the translation's text.
    private static List<string> NamesIn(LocaleContent content)
    {
        var text = string.Join('\n', Content.Markdown.ContentTexts.Of(content.Markdown!).Select(t => t.PlainText));
        return content.Brochure.UntranslatedOk.Where(n => text.Contains(n, StringComparison.Ordinal) && n.Any(char.IsLetter)).ToList();
    }

    private static IEnumerable<(string, string)> Spans(IEnumerable<InlineNode> nodes) => nodes.SelectMany(n => n switch
    {
        StyledInline { Style: InlineKind.Language } span => [(span.Language!, InlineNode.PlainTextOf(span.Children))],
        StyledInline styled => Spans(styled.Children),
        _ => [],
    });

    private static string Squeeze(string text) => Regex.Replace(text, @"[\s\u200E\u200F]+", string.Empty);
}
