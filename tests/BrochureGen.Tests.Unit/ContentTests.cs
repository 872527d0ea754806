using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Vocabulary;

namespace BrochureGen.Tests;

public sealed class ContentTests
{
    private static readonly SourceLocation Here = new("en.yaml", 3, 10);

    [SkippableFact]
    public void Inline_markup_becomes_bold_emphasis_superscript_and_links()
    {
        var nodes = InlineMarkupParser.Parse("**Call** *now*: 5^th^ [our site](www.ct.gov/ova)", Here);

        Assert.Equal(
            [
                new StyledInline(InlineKind.Strong, [new PlainInline("Call")]),
                new PlainInline(" "),
                new StyledInline(InlineKind.Emphasis, [new PlainInline("now")]),
                new PlainInline(": 5"),
                new StyledInline(InlineKind.Superscript, [new PlainInline("th")]),
                new PlainInline(" "),
                new LinkInline("https://www.ct.gov/ova", [new PlainInline("our site")]),
            ],
            nodes,
            new InlineComparer());
    }

    [SkippableTheory]
    [InlineData("Call 1-888-373-7888.", "1-888-373-7888", "tel:+18883737888")]
    [InlineData("Call 860-550-6632 today", "860-550-6632", "tel:+18605506632")]
    [InlineData("See www.ct.gov/dcf.", "www.ct.gov/dcf", "https://www.ct.gov/dcf")]
    [InlineData("See ctcoalitionagainstrafficking.org", "ctcoalitionagainstrafficking.org", "https://ctcoalitionagainstrafficking.org")]
    [InlineData("See http://www.jud.ct.gov/crimevictim/", "http://www.jud.ct.gov/crimevictim/", "https://www.jud.ct.gov/crimevictim/")]
    public void Phone_numbers_and_web_addresses_link_themselves(string text, string visible, string target)
    {
        var link = Assert.Single(InlineMarkupParser.Parse(text, Here).OfType<LinkInline>());
        Assert.Equal(target, link.Target);
        Assert.Equal(visible, InlineNode.PlainTextOf(link.Children));
    }

    [SkippableTheory]
    [InlineData("Section §53a-192a makes trafficking a Class B felony.")]
    [InlineData("Between 100,000 and 300,000 American children")]
    [InlineData("If a 16 or 17 year old is charged")]
    public void Statutes_and_figures_are_not_mistaken_for_links(string text)
    {
        Assert.Empty(InlineMarkupParser.Parse(text, Here).OfType<LinkInline>());
    }

    [SkippableTheory]
    [InlineData("7*6 = 42")]
    [InlineData("a ^ b and 2 * 3")]
    [InlineData("footnote^")]
    public void Lone_asterisks_and_carets_are_text(string text)
    {
        Assert.Equal(text, InlineNode.PlainTextOf(InlineMarkupParser.Parse(text, Here)));
    }

    [SkippableFact]
    public void Backslash_keeps_markup_characters_literal()
    {
        Assert.Equal("2 * 3 = 6 **", InlineNode.PlainTextOf(InlineMarkupParser.Parse(@"2 \* 3 = 6 \*\*", Here)));
    }

    [SkippableFact]
    public void Unclosed_markup_is_an_error_at_its_column()
    {
        var error = Assert.Throws<BrochureException>(() => InlineMarkupParser.Parse("Call **now", Here));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticCodes.InlineMarkup, diagnostic.Code);
        Assert.Equal(new SourceLocation("en.yaml", 3, 15), diagnostic.Location);
    }

    [SkippableFact]
    public void Yaml_values_keep_their_line_and_column_and_are_normalized_to_nfc()
    {
        var root = (ContentMap)YamlContentReader.ReadText("a:\n  b: \"Cafe\u0301 & <b>\"\n  c:\n    - x\n", "t.yaml", parseInlineMarkup: true);
        var b = (ContentText)((ContentMap)root.Find("a")!).Find("b")!;
        Assert.Equal("Caf\u00e9 & <b>", b.Raw);
        Assert.Equal(new SourceLocation("t.yaml", 2, 7), b.Location);
        Assert.Equal("a.b", b.KeyPath);
        var item = ((ContentList)((ContentMap)root.Find("a")!).Find("c")!).Items[0];
        Assert.Equal(("a.c[0]", 4, 7), (item.KeyPath, item.Location.Line, item.Location.Column));
    }

    [SkippableFact]
    public void Duplicate_keys_are_an_error_naming_the_second_key()
    {
        var error = Assert.Throws<BrochureException>(() => YamlContentReader.ReadText("a: 1\nb: 2\na: 3\n", "t.yaml", parseInlineMarkup: false));
        Assert.Contains("uplicate key", error.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Diagnostics[0].Location!.Line);
    }

    [SkippableFact]
    public void Manifest_lists_locales_and_metadata()
    {
        var manifest = ContentLoader.LoadManifest(Path.Combine(Support.RepoPaths.Content, "stop-human-trafficking"));
        Assert.Equal("stop-human-trafficking", manifest.Id);
        Assert.Equal(ContentFormat.Markdown, manifest.Format);
        Assert.Equal("trifold-letter", manifest.Layout);
        Assert.Equal("civic", manifest.Theme);
        Assert.Null(manifest.Template);
        Assert.Equal("en", manifest.SourceLocale);
        Assert.Contains("en", manifest.Locales);
        Assert.Equal("Connecticut Office of the Victim Advocate", manifest.Author);
    }

    private sealed class InlineComparer : IEqualityComparer<InlineNode>
    {
        public bool Equals(InlineNode? x, InlineNode? y) => (x, y) switch
        {
            (PlainInline a, PlainInline b) => a.Text == b.Text,
            (StyledInline a, StyledInline b) => a.Style == b.Style && a.Children.SequenceEqual(b.Children, this),
            (LinkInline a, LinkInline b) => a.Target == b.Target && a.Children.SequenceEqual(b.Children, this),
            _ => false,
        };

        public int GetHashCode(InlineNode obj) => 0;
    }
}
