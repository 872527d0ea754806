using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Document.Resolve;
using BrochureGen.Layout;
using BrochureGen.Templating;

namespace BrochureGen.Tests;

/// <summary>
/// The resolve pass decides each link's kind and description once, for every route, and reports
/// every breach of the document rules of a run at once, each at the template line that wrote it.
/// </summary>
public sealed class DocumentResolverTests
{
    private const string Template = "brochure.sbn";

    [SkippableFact]
    public void A_link_without_a_description_is_described_by_its_words_on_screen()
    {
        // A designer's template may write <a href> without a title: the link is still described,
        // and its Link element named, by the words a reader sees.
        var link = Assert.Single(Links(Resolve("<p>See <a href=\"https://example.org/heat\">example.org/\n   heat</a>.</p>")));
        Assert.Equal("example.org/ heat", link.Description);
        Assert.Equal(LinkKind.Web, link.Kind);
        Assert.Equal("example.org/ heat", LinkName.Of(link));
    }

    [SkippableFact]
    public void A_link_inside_a_link_stands_beside_its_parts_and_takes_the_outer_description()
    {
        // HTML cannot nest anchors: every backend gets the links side by side, styles kept.
        var links = Links(Resolve("<p><a href=\"https://example.org\" title=\"Call the heat line\">Call <b>now: <a href=\"tel:+18603333333\">860-333-3333</a></b> today</a></p>"), deep: true);
        Assert.Equal(
            [("https://example.org", "Call now: "), ("tel:+18603333333", "860-333-3333"), ("https://example.org", " today")],
            links.Select(l => (l.Target, InlineText.Of(l.Children))));
        Assert.All(links, l => Assert.Equal("Call the heat line", l.Description));
        Assert.Equal(LinkKind.Phone, links[1].Kind);
        Assert.DoesNotContain(links, l => Links(l.Children, deep: true).Count > 0);
    }

    [SkippableFact]
    public void Link_kinds_come_from_the_target()
    {
        var links = Links(Resolve("<p><a href=\"mailto:help@example.org\">mail</a> <a href=\"#laws\">laws</a> <a href=\"TEL:911\">911</a> <a href=\"http://example.org\">web</a></p>"));
        Assert.Equal([LinkKind.Email, LinkKind.Place, LinkKind.Phone, LinkKind.Web], links.Select(l => l.Kind));
    }

    [SkippableFact]
    public void Every_breach_of_the_document_rules_is_reported_at_once_at_its_line()
    {
        var markup = string.Join('\n',
            "<brochure lang=\"en\"><section>",
            "<p><a href=\"javascript:alert(1)\">one</a></p>",
            "<figure src=\"logo.png\"/>",
            "<qr href=\"https://example.org\" alt=\" \"/>",
            "<p><a href=\"file:///etc/passwd\">two</a></p>",
            "</section></brochure>");
        var error = Assert.Throws<BrochureException>(() => DocumentResolver.Resolve(Rendered(markup)));
        Assert.Equal(
            [(DiagnosticCodes.LinkRefused, 2), (DiagnosticCodes.MarkupStructure, 3), (DiagnosticCodes.MarkupStructure, 4), (DiagnosticCodes.LinkRefused, 5)],
            error.Diagnostics.Select(d => (d.Code, d.Location!.Line)));
        Assert.All(error.Diagnostics, d => Assert.Equal(Template, d.Location!.File));
    }

    [SkippableFact]
    public void A_structural_error_is_reported_with_the_rule_breaches_before_it()
    {
        var markup = "<brochure lang=\"en\"><section>\n<figure src=\"logo.png\"/>\n<table></table>\n</section></brochure>";
        var error = Assert.Throws<BrochureException>(() => DocumentResolver.Resolve(Rendered(markup)));
        Assert.Equal([2, 3], error.Diagnostics.Select(d => d.Location!.Line));
    }

    [SkippableFact]
    public void Layout_names_a_link_from_the_resolved_description()
    {
        var link = Assert.Single(Links(Resolve("<p><a href=\"https://www.ct.gov/ova\" title=\"Website of the Office of the Victim Advocate\">www.ct.gov/ova</a></p>")));
        var pieces = InlineFlattener.Flatten([link], InlineState.Plain, () => 1);
        Assert.Equal("www.ct.gov/ova (Website of the Office of the Victim Advocate)", pieces[0].State.Link!.Name);
        Assert.Equal(LinkKind.Web, pieces[0].State.Link!.Kind);
    }

    private static BrochureDocument Resolve(string paragraph) =>
        DocumentResolver.Resolve(Rendered($"<brochure lang=\"en\"><section>{paragraph}</section></brochure>"));

    private static RenderedMarkup Rendered(string markup)
    {
        var map = new TemplateSourceMap();
        map.AddVerbatim(0, new SourceLocation(Template, 1, 1), markup);
        return new RenderedMarkup(markup, Template, map, []);
    }

    private static List<LinkElement> Links(BrochureDocument document, bool deep = false) =>
        Links(document.Flow.SelectMany(s => s.Blocks).OfType<ParagraphNode>().SelectMany(p => p.Content), deep);

    // The links of a run in reading order; deep: also those inside styles, spans and origins.
    private static List<LinkElement> Links(IEnumerable<InlineElement> inlines, bool deep) => inlines.SelectMany(inline => inline switch
    {
        LinkElement link => [link],
        StyledElement styled when deep => Links(styled.Children, deep),
        LanguageElement language when deep => Links(language.Children, deep),
        SourceElement source when deep => Links(source.Children, deep),
        _ => (IEnumerable<LinkElement>)[],
    }).ToList();
}
