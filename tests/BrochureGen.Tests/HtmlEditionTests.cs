using System.Text.Json;
using System.Text.RegularExpressions;
using BrochureGen.Build;
using BrochureGen.Rendering.Html;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// The HTML edition (<c>&lt;id&gt;.&lt;locale&gt;.html</c>) and the gallery, read back in
/// headless Chromium: axe-core's WCAG 2.2 A/AA rules at 320 and 1280 px in both colour schemes,
/// and the DOM compared with the PDF of the same build (headings, link names, language).
/// </summary>
public sealed partial class HtmlEditionTests(HtmlEditionFixture fixture) : IClassFixture<HtmlEditionFixture>
{
    private static readonly string[] RightToLeft = ["ar", "fa"];

    // Scripts whose text poppler prints in visual order or with glyphs reordered (Arabic
    // shaping, Devanagari vowel signs), so only their levels can be compared with pdfinfo.
    private static readonly string[] ReorderedByPoppler = ["ar", "fa", "hi"];

    public static TheoryData<string> AllLocales => new(EnglishEdition.SampleLocales);

    [SkippableFact]
    public void Every_edition_the_gallery_every_accessibility_report_and_the_statements_have_no_axe_violations_at_320_and_1280_px_in_light_and_dark()
    {
        AxeCheck.Require();
        var pages = fixture.Pages;
        // Editions, the gallery, then their accessibility reports and the two statements.
        Assert.Equal(EnglishEdition.SampleLocales.Count + 2 + 1 + 1 + EnglishEdition.SampleLocales.Count + 2 + 1 + 2, pages.Count);
        var failures = new List<string>();
        foreach (var page in pages)
        {
            Assert.Equal(AxeCheck.Widths.Length * 2, page.Runs.Count);
            failures.AddRange(page.Runs.SelectMany(run => run.Violations.Select(v => $"{Path.GetFileName(page.File)} at {run.Width} px, {run.Scheme}: {v}")));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public void No_page_scrolls_sideways_at_320_px_which_is_also_1280_px_at_400_percent_zoom()
    {
        AxeCheck.Require();
        var wide = fixture.Pages
            .SelectMany(page => page.Runs.Where(run => run.Width == 320 && run.ScrollWidth > run.ClientWidth).Select(run => $"{Path.GetFileName(page.File)} ({run.Scheme}): {run.ScrollWidth} px wide in {run.ClientWidth} px"))
            .ToList();
        Assert.Equal(fixture.Pages.Count * 2, fixture.Pages.SelectMany(p => p.Runs).Count(r => r.Width == 320));
        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    public static readonly TheoryData<string> Translations = new([.. EnglishEdition.SampleLocales.Where(l => l != "en")]);

    [SkippableTheory]
    [InlineData("ar")]
    [InlineData("fa")]
    public void Numbers_addresses_and_web_addresses_in_right_to_left_text_read_in_order_as_chromium_draws_them(string locale)
    {
        AxeCheck.Require();
        var page = fixture.Page(fixture.Html(locale));
        var manifest = Content.ContentLoader.LoadManifest(Path.Combine(RepoPaths.Content, EnglishEdition.SampleId));
        var expected = page.Dom.Links.Where(l => l.Href.StartsWith("tel:", StringComparison.Ordinal) || l.Href.StartsWith("http", StringComparison.Ordinal)).Select(l => l.Text.Trim())
            .Concat(manifest.UntranslatedOk.Where(n => n.Any(char.IsDigit) && page.Dom.Text.Contains(n, StringComparison.Ordinal)))
            .Concat(Regex.Matches(page.Dom.Text, @"\d[\d,.\-\u2011]*\d").Select(m => m.Value))
            .Distinct()
            .ToList();
        Assert.True(expected.Count > 10, $"only {expected.Count} numbers and addresses");
        Assert.Contains("860-560-7065", expected);
        var lines = page.Dom.VisualLines.Select(l => l.Replace('\u2011', '-')).ToList();
        var misdrawn = expected.Where(e => !lines.Any(l => l.Contains(e.Replace('\u2011', '-'), StringComparison.Ordinal))).ToList();
        Assert.True(misdrawn.Count == 0, $"{locale}: drawn out of order (or broken over lines): {string.Join(" | ", misdrawn)}");
    }

    [SkippableTheory]
    [MemberData(nameof(Translations))]
    public void A_translation_sets_every_block_in_the_same_style_as_the_source(string locale)
    {
        // Marking a name as English must not turn a bold-only title into a plain line.
        AxeCheck.Require();
        static List<string> Styles(string file) => Regex.Matches(File.ReadAllText(file), "<(p|h[1-6]|li)[^>]*class=\"(st-[a-z0-9-]+)\"").Select(m => $"{m.Groups[1].Value}.{m.Groups[2].Value}").ToList();
        Assert.Equal(Styles(fixture.Html("en")), Styles(fixture.Html(locale)));
    }

    [SkippableTheory]
    [MemberData(nameof(Translations))]
    public void English_names_in_a_translation_are_marked_lang_en_in_chromium(string locale)
    {
        AxeCheck.Require();
        var page = fixture.Page(fixture.Html(locale));
        var english = Squeeze(string.Concat(page.Dom.LanguageSpans.Where(s => s.Lang == "en").Select(s => s.Text)));
        var manifest = Content.ContentLoader.LoadManifest(Path.Combine(RepoPaths.Content, EnglishEdition.SampleId));
        var text = Squeeze(page.Dom.Text);
        var names = manifest.UntranslatedOk.Where(n => n.Any(char.IsLetter) && text.Contains(Squeeze(n), StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(names);
        var missing = names.Where(n => !english.Contains(Squeeze(n), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{locale}: shown but not inside lang=\"en\": {string.Join(" | ", missing)}");
        Assert.All(page.Dom.LanguageSpans.Where(s => s.Lang == "en"), s => Assert.Equal("ltr", s.Dir));

        static string Squeeze(string value) => Regex.Replace(value, @"[\s\u200E\u200F\u2066-\u2069]+", string.Empty);
    }

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("zh-Hans")]
    [InlineData("ko")]
    [InlineData("hi")]
    public void Headings_are_the_pdfs_in_the_same_order(string locale)
    {
        AxeCheck.Require();
        var html = fixture.Page(fixture.Html(locale)).Dom.Headings.Select(h => (h.Level, Squeeze(h.Text))).ToList();
        var pdf = File.ReadAllBytes(fixture.Pdf(locale));

        // The tagged headings (pdfinfo -struct-text): the same levels in the same order, and for
        // scripts poppler prints faithfully the same text.
        var tree = Poppler.Run("pdfinfo", "-struct-text", pdf);
        var tagged = StructHeading().Matches(tree).Select(m => (Level: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Text: m.Groups[2].Value)).ToList();
        Assert.Equal(tagged.Select(h => h.Level), html.Select(h => h.Level));
        if (!ReorderedByPoppler.Contains(locale))
        {
            Assert.Equal(tagged.Select(h => NoSpace(h.Text)), html.Select(h => NoSpace(h.Item2)));
        }

        // The bookmarks, which hold every heading's whole text in logical order, in any script.
        Assert.Equal(Outline(QpdfJson.Read(pdf)), html);
    }

    [SkippableTheory]
    [MemberData(nameof(AllLocales))]
    public void The_document_has_its_language_and_direction_one_h1_and_no_skipped_heading_levels(string locale)
    {
        AxeCheck.Require();
        var dom = fixture.Page(fixture.Html(locale)).Dom;
        Assert.Equal(locale, dom.Lang);
        Assert.Equal(RightToLeft.Contains(locale) ? "rtl" : "ltr", dom.Dir);
        Assert.Single(dom.Headings, h => h.Level == 1);
        Assert.Equal(1, dom.Headings[0].Level);
        for (var i = 1; i < dom.Headings.Count; i++)
        {
            Assert.True(dom.Headings[i].Level <= dom.Headings[i - 1].Level + 1, $"'{dom.Headings[i].Text}' skips from h{dom.Headings[i - 1].Level} to h{dom.Headings[i].Level}");
        }

        Assert.Equal(["header", "main"], dom.Landmarks);
    }

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("ko")]
    [InlineData("zh-Hans")]
    public void Every_link_is_a_phone_number_or_web_address_named_as_the_pdf_describes_it(string locale)
    {
        AxeCheck.Require();
        var links = fixture.Page(fixture.Html(locale)).Dom.Links;
        var annotations = Annotations(QpdfJson.Read(File.ReadAllBytes(fixture.Pdf(locale))));
        Assert.NotEmpty(links);
        Assert.Equal(annotations.Select(a => a.Uri).ToHashSet(), links.Select(l => l.Href).ToHashSet());
        foreach (var link in links)
        {
            Assert.Matches("^(tel:\\+?[0-9]+|https://.+)$", link.Href);
            var descriptions = annotations.Where(a => a.Uri == link.Href).Select(a => Squeeze(a.Contents)).ToList();

            // The PDF's description, or (where it leaves out the visible text) the visible text
            // followed by it, so the name holds what a speech-input user reads (label in name).
            Assert.True(
                descriptions.Any(d => link.Name == d || link.Name == $"{Squeeze(link.Text)} ({d})"),
                $"link {link.Href} '{link.Text}' is named '{link.Name}'; the PDF describes it as: {string.Join(" | ", descriptions)}");
            Assert.Contains(Squeeze(link.Text), link.Name, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(AllLocales))]
    public void The_embedded_theme_fonts_load_in_chromium_and_set_the_text(string locale)
    {
        AxeCheck.Require();
        var fonts = fixture.Page(fixture.Html(locale)).Dom.Fonts;
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.NotEqual("error", f.Status));
        Assert.Contains(fonts, f => f.Family == "BrochureGen body" && f.Status == "loaded");
        Assert.Contains(fonts, f => f.Family == "BrochureGen display" && f.Status == "loaded");

        // Every glyph of the title, a heading, a list item and a paragraph comes from an embedded face, none from the system.
        var rendered = fixture.Page(fixture.Html(locale)).Dom.RenderedFonts;
        Assert.Equal(["h1", "h2", "li", "p"], rendered.Select(f => f.Selector).Distinct());
        Assert.All(rendered, f => Assert.True(f.Custom, $"{f.Selector} has {f.Glyphs} glyph(s) in the system font {f.Family}"));
    }

    [SkippableFact]
    public void The_english_edition_holds_every_word_of_the_seed_text()
    {
        AxeCheck.Require();
        var words = fixture.Page(fixture.Html("en")).Dom.Text.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var missing = SeedText.Words().Where(w => !words.Contains(w)).Distinct().ToList();
        Assert.True(SeedText.Words().Count > 300, "the seed should have more than 300 words");
        Assert.True(missing.Count == 0, "words missing from the HTML edition: " + string.Join(", ", missing));
    }

    [SkippableFact]
    public void Tables_lists_and_qr_codes_of_the_second_brochure_keep_their_semantics()
    {
        AxeCheck.Require();
        var page = fixture.Page(fixture.Html("en", HtmlEditionFixture.SecondBrochure));
        Assert.Equal(["Who", "Must do", "When"], page.Dom.HeaderCells.Select(c => c.Text));
        Assert.All(page.Dom.HeaderCells, c => Assert.Equal("col", c.Scope));
        Assert.Contains(page.Dom.Links, l => l.Href == "https://www.rctenantsafety.org/co" && l.Text == "www.rctenantsafety.org/co");

        var html = File.ReadAllText(page.File);
        Assert.Matches("<svg class=\"qr\" role=\"img\" aria-label=\"Scan to read this brochure online: www.rctenantsafety.org/co\"", html);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"checklist\">", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, "<span class=\"check\">☐</span>"));
        Assert.Equal(1, Regex.Count(html, "<span class=\"check\">☑</span>"));
    }

    [SkippableFact]
    public void Figures_are_inline_images_with_alt_text_and_spans_keep_their_language_and_direction()
    {
        AxeCheck.Require();
        var page = fixture.Page(fixture.FiguresAndSpansHtml);
        Assert.Contains(page.Dom.LanguageSpans, s => s is { Tag: "span", Lang: "es", Dir: "ltr" });
        Assert.Contains(page.Dom.LanguageSpans, s => s is { Tag: "span", Lang: "ar", Dir: "rtl" });

        var html = File.ReadAllText(page.File);
        // The page shows a picture at the size the brochure prints it: 120 pixels at 300 ppi are
        // 0.4 in, 38 CSS pixels (96 to the inch), not its pixel count.
        Assert.Matches("<figure><img src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" alt=\"A diamond, the brochure&#39;s emblem\" width=\"38\" height=\"38\"></figure>", html);
        Assert.Matches("<img class=\"decorative\" src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" alt=\"\"", html);
        Assert.DoesNotMatch("(src|href)=\"(?!data:|tel:|https://)", html);

        // A QR code without a caption linking it: the address follows it as a link.
        Assert.Contains("<svg class=\"qr\" role=\"img\" aria-label=\"Scan for the Office of the Victim Advocate&#39;s forms\"", html, StringComparison.Ordinal);
        Assert.Contains(page.Dom.Links, l => l.Href == "https://www.ct.gov/ova/forms" && l.Text == "www.ct.gov/ova/forms" && l.Name == l.Text);
    }

    [SkippableTheory]
    [MemberData(nameof(AllLocales))]
    public void The_gallery_draws_each_language_name_and_title_from_its_embedded_fonts(string locale)
    {
        AxeCheck.Require();
        var page = fixture.Page(fixture.Gallery);
        Assert.Contains(page.Dom.Fonts, f => f.Family == "BrochureGen body" && f.Status == "loaded");
        Assert.All(page.Dom.Fonts, f => Assert.NotEqual("error", f.Status));

        // The language named in that language (h3) and the edition's title (p), each with its lang;
        // every glyph of them from an embedded face — a system font here is what draws empty boxes
        // on a machine without Chinese or Devanagari fonts.
        var texts = page.Dom.ElementFonts.Where(e => e.Lang == locale && e.Tag is "h3" or "p").ToList();
        Assert.Contains(texts, e => e.Tag == "h3");
        Assert.Contains(texts, e => e.Tag == "p");
        Assert.All(texts, e =>
        {
            Assert.True(e.Fonts.Count > 0 && e.Fonts.Sum(f => f.Glyphs) > 0, $"{e.Tag} '{e.Text}' was drawn with no font");
            Assert.All(e.Fonts, f => Assert.True(f.Custom, $"{e.Tag} '{e.Text}' ({locale}) has {f.Glyphs} glyph(s) in the system font {f.Family}"));
        });
    }

    [SkippableFact]
    public void The_gallerys_headings_are_drawn_from_its_embedded_fonts()
    {
        AxeCheck.Require();
        var headings = fixture.Page(fixture.Gallery).Dom.ElementFonts.Where(e => e.Tag is "h1" or "h2").ToList();
        // Only one of the two brochures names an author, so no agency heads the page.
        Assert.Equal(["Brochures"], headings.Where(h => h.Tag == "h1").Select(h => h.Text));
        Assert.Equal(["Carbon Monoxide Safety for Renters", "Stop Human Trafficking", "For reviewers and printers"], headings.Where(h => h.Tag == "h2").Select(h => h.Text));
        Assert.All(headings, h => Assert.All(h.Fonts, f => Assert.True(f.Custom, $"{h.Tag} '{h.Text}' has {f.Glyphs} glyph(s) in the system font {f.Family}")));
    }

    [SkippableFact]
    public void The_gallery_offers_the_html_edition_to_read_not_to_download()
    {
        AxeCheck.Require();
        var gallery = File.ReadAllText(fixture.Gallery);
        var online = ReadOnline().Matches(gallery).ToList();
        Assert.Equal(EnglishEdition.SampleLocales.Count + 2, online.Count);
        Assert.All(online, m => Assert.DoesNotContain("download", m.Value, StringComparison.Ordinal));
        Assert.Contains(fixture.Page(fixture.Gallery).Dom.Links, l => l.Href == $"{EnglishEdition.SampleId}/{EnglishEdition.SampleId}.ar.html");
    }

    [SkippableFact]
    public void Printing_the_page_gives_pages_of_the_layouts_paper_with_every_word()
    {
        AxeCheck.Require();
        var pdf = Path.Combine(Path.GetDirectoryName(fixture.Html("en"))!, "printed.en.pdf");
        var start = new System.Diagnostics.ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--user-data-dir=" + Path.Combine(fixture.Output, "chromium-profile"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(fixture.Html("en")).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using (var chromium = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("chromium did not start"))
        {
            var errors = chromium.StandardError.ReadToEndAsync();
            chromium.StandardOutput.ReadToEnd();
            Assert.True(chromium.WaitForExit(TimeSpan.FromSeconds(60)) && chromium.ExitCode == 0, errors.Result);
        }

        // The sample is on US Letter: the @page rule asks for it upright.
        var info = Poppler.Run("pdfinfo", pdf);
        Assert.Matches(@"Page size:\s+612 x 792 pts", info);
        var words = Poppler.Run("pdftotext", pdf, "-").Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var missing = SeedText.Words().Where(w => !words.Contains(w)).Distinct().ToList();
        Assert.True(missing.Count == 0, "words missing from the printed page: " + string.Join(", ", missing));
    }

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("zh-Hans")]
    public void Building_twice_gives_the_same_bytes(string locale)
    {
        var first = EnglishEdition.Build(RepoPaths.Content, RepoPaths.Templates, locale, EditionKinds.Html).Html;
        var second = EnglishEdition.Build(RepoPaths.Content, RepoPaths.Templates, locale, EditionKinds.Html).Html;
        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.DoesNotContain(RepoPaths.Root, System.Text.Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("1-888-373-7888", null, null)]
    [InlineData("1-888-373-7888", "Call the National Human Trafficking Hotline at 1-888-373-7888.", "Call the National Human Trafficking Hotline at 1-888-373-7888.")]
    [InlineData("www.ct.gov/dcf", "Website of the Connecticut Department of Children and Families", "www.ct.gov/dcf (Website of the Connecticut Department of Children and Families)")]
    [InlineData("911", "지역 경찰 또는 911에 전화하여 의심스러운 활동을 신고하십시오.", "911 (지역 경찰 또는 911에 전화하여 의심스러운 활동을 신고하십시오.)")]
    [InlineData("911", "Call  911", "Call 911")]
    public void A_link_is_named_by_its_description_with_the_visible_words_in_it(string visible, string? description, string? expected)
    {
        Assert.Equal(expected, HtmlLinkName.AriaLabel(visible, description));
    }

    // The PDF's bookmarks: level (1 for the top) and title, in reading order.
    private static List<(int, string)> Outline(QpdfJson pdf)
    {
        var headings = new List<(int, string)>();
        void Walk(JsonElement item, int level)
        {
            while (true)
            {
                headings.Add((level, Squeeze(QpdfJson.Text(item.GetProperty("/Title")))));
                if (item.TryGetProperty("/First", out var first))
                {
                    Walk(pdf.Resolve(first), level + 1);
                }

                if (!item.TryGetProperty("/Next", out var next))
                {
                    return;
                }

                item = pdf.Resolve(next);
            }
        }

        var outlines = pdf.Resolve(pdf.Catalog.GetProperty("/Outlines"));
        Walk(pdf.Resolve(outlines.GetProperty("/First")), 1);
        return headings;
    }

    private static List<(string Uri, string Contents)> Annotations(QpdfJson pdf) =>
        pdf.Pages()
            .SelectMany(p => p.TryGetProperty("/Annots", out var a) ? pdf.Resolve(a).EnumerateArray().Select(pdf.Resolve) : [])
            .Where(a => a.GetProperty("/Subtype").GetString() == "/Link")
            .Select(a => (QpdfJson.Text(pdf.Resolve(a.GetProperty("/A")).GetProperty("/URI")), QpdfJson.Text(a.GetProperty("/Contents"))))
            .ToList();

    private static string Squeeze(string text) => Whitespace().Replace(text, " ").Trim();

    private static string NoSpace(string text) => Whitespace().Replace(text, string.Empty);

    [GeneratedRegex(@"^\s*H(\d) \(block\)\n\s*""(.*)""", RegexOptions.Multiline)]
    private static partial Regex StructHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<a href=\"[^\"]+\\.html\"[^>]*>Read online</a>")]
    private static partial Regex ReadOnline();
}
