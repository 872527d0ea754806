using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using BrochureGen.Build;
using BrochureGen.Layout;
using BrochureGen.Tests.Support;
using UglyToad.PdfPig;

namespace BrochureGen.Tests;

/// <summary>The translated editions and the checks that keep translations right.</summary>
public sealed class TranslationTests
{
    public static readonly TheoryData<string> Locales = new(["en", "es", "pt-BR", "vi", "zh-Hans", "ht", "ar", "fa", "hi", "ko", "uk"]);

    private static readonly ConcurrentDictionary<string, EditionOutput> Editions = new();

    private static EditionOutput Edition(string locale) =>
        Editions.GetOrAdd(locale, l => EnglishEdition.Build(RepoPaths.Content, RepoPaths.Templates, l));

    [SkippableTheory]
    [MemberData(nameof(Locales))]
    public void Every_edition_is_tagged_in_its_own_language_with_its_translated_title(string locale)
    {
        var pdf = QpdfJson.Read(Edition(locale).Pdf);
        Assert.Equal(locale, QpdfJson.Text(pdf.Catalog.GetProperty("/Lang")));
        using var document = PdfDocument.Open(Edition(locale).Pdf);
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        var title = xmp.GetXDocument().Descendants(System.Xml.Linq.XName.Get("title", "http://purl.org/dc/elements/1.1/")).Single().Value;
        Assert.Equal(document.Information.Title, title);
        Assert.Equal(locale == "en", title == "Stop Human Trafficking");
        foreach (var page in pdf.Pages())
        {
            var report = ContentStreamScanner.Scan(pdf.PageContent(page));
            Assert.Empty(report.NestingErrors);
            Assert.Empty(report.UntaggedOperators);
            Assert.Equal("/S", page.GetProperty("/Tabs").GetString());
        }

        var nodes = StructureNode.Read(pdf).Descendants().ToList();
        Assert.Equal(1, nodes.Count(n => n.Type == "H1"));
        Assert.Equal(6, nodes.Count(n => n.Type == "Sect"));

        // Every link holds its annotation, which describes where it leads in the edition's language.
        var links = nodes.Where(n => n.Type == "Link").ToList();
        Assert.True(links.Count >= 11);
        Assert.DoesNotContain(links, link => QpdfJson.Text(pdf.Value(Assert.Single(link.AnnotationReferences)).GetProperty("/Contents")).Contains("：，", StringComparison.Ordinal));
        Assert.All(links, link => Assert.True(QpdfJson.Text(pdf.Value(Assert.Single(link.AnnotationReferences)).GetProperty("/Contents")).Length > 10));
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(title, Assert.Single(bookmarks.Roots).Title);
    }

    [SkippableTheory]
    [MemberData(nameof(Locales))]
    public void Every_edition_embeds_its_fonts_and_keeps_every_phone_number_and_address(string locale)
    {
        var fonts = Poppler.Run("pdffonts", Edition(locale).Pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        Assert.All(fonts, row => Assert.True(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5..^2].SequenceEqual(["yes", "yes", "yes"]), row));
        var text = Poppler.Run("pdftotext", Edition(locale).Pdf, "-");
        foreach (var invariant in new[] { "1-866-347-2423", "1-866-872-4973", "1-888-373-7888", "§53a-192a", "www.ct.gov/dcf", "www.ct.gov/ova", "860-550-6632" })
        {
            Assert.Contains(invariant, text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Vietnamese_is_set_in_one_face_that_has_all_of_its_letters()
    {
        var faces = Edition("vi").Layout.Pages.SelectMany(p => p.Panels).Where(p => p.Slot == "inside-left")
            .SelectMany(p => p.Items).OfType<TextRunItem>().Where(r => r.Text.Contains('ư', StringComparison.Ordinal) || r.Text.Contains("ờ", StringComparison.Ordinal))
            .Select(r => r.Face.Key).Distinct().ToList();
        Assert.NotEmpty(faces);
        Assert.All(faces, face => Assert.StartsWith("noto-sans", face, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Chinese_uses_the_han_face_with_its_bold_and_sets_a_hotline_number_in_a_latin_face()
    {
        var runs = Edition("zh-Hans").Layout.Pages.SelectMany(p => p.Panels).SelectMany(p => p.Items).OfType<TextRunItem>().ToList();
        Assert.Contains(runs, r => r.Face.Key == "noto-sc-regular" && r.Text.Contains("人口贩卖", StringComparison.Ordinal));

        // Headings in the bold face (the display stack's is bold too), never in the one-weight fallback.
        Assert.Contains(runs, r => r.Face.Key is "noto-sc-bold" or "noto-sc-display-regular" && r.Text.Contains("人口贩卖", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Face.Font.FamilyName == "Noto Sans SC" && r.Face.Key.EndsWith("bold", StringComparison.Ordinal));

        // Fullwidth punctuation in Chinese text is the Han face's, never the Korean one's.
        Assert.DoesNotContain(runs, r => r.Face.Key.StartsWith("nanum", StringComparison.Ordinal));
        Assert.DoesNotContain(runs, r => r.Face.Key.StartsWith("droid-cjk", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Text.Contains("（ICE）", StringComparison.Ordinal) && r.Face.Key.StartsWith("noto-sc", StringComparison.Ordinal));
        // A number on its own (the hotline call-out) is Latin text, set in the Latin face; inside a
        // Chinese sentence it is in the sentence's face, whose Latin is drawn to sit with the hanzi.
        Assert.Contains(runs, r => r.Text == "1-866-347-2423" && r.Face.Key.StartsWith("atkinson", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Chinese_lines_never_start_with_closing_punctuation_nor_end_with_opening_punctuation()
    {
        var lines = Edition("zh-Hans").Layout.Pages.SelectMany(p => p.Panels).SelectMany(p => p.Items.OfType<TextRunItem>().Select(r => (Panel: p.Slot, Run: r)))
            .GroupBy(x => (x.Panel, x.Run.Baseline), x => x.Run)
            .Select(g => string.Concat(g.OrderBy(r => r.X).Select(r => r.Text)))
            .ToList();
        Assert.True(lines.Count > 50);
        Assert.DoesNotContain(lines, l => "。，、）」：；！？".Contains(l[0], StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => "（「".Contains(l.TrimEnd()[^1], StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("人口贩卖是犯罪。请举报。", new[] { "人", "口", "贩", "卖", "是", "犯", "罪。", "请", "举", "报。" })]
    [InlineData("热线（ICE）：1", new[] { "热", "线", "（ICE）：", "1" })]
    public void Chinese_breaks_between_ideographs_but_not_around_punctuation(string text, string[] expected)
    {
        Assert.Equal(expected, LineBreakOpportunities.Split(text, 0, LineBreakOpportunities.Find(text, "zh-Hans")).Select(p => p.Text));
    }

    [SkippableFact]
    public void No_chinese_paragraph_ends_with_a_line_of_one_ideograph_and_its_punctuation()
    {
        var lastLines = new List<string>();
        foreach (var panel in Edition("zh-Hans").Layout.Pages.SelectMany(p => p.Panels))
        {
            var lines = new SortedDictionary<double, string>();
            foreach (var item in panel.Items)
            {
                switch (item)
                {
                    case TagStartItem { Role: StructureRole.Paragraph or StructureRole.ListBody or >= StructureRole.H1 and <= StructureRole.H6 }:
                        lines.Clear();
                        break;
                    case TextRunItem run:
                        lines[run.Baseline] = (lines.GetValueOrDefault(run.Baseline) ?? string.Empty) + run.Text;
                        break;
                    case TagEndItem { Role: StructureRole.Paragraph or StructureRole.ListBody or >= StructureRole.H1 and <= StructureRole.H6 } when lines.Count > 1:
                        lastLines.Add(lines.Values.Last().Trim());
                        lines.Clear();
                        break;
                }
            }
        }

        Assert.NotEmpty(lastLines);
        Assert.DoesNotContain(lastLines, line => Regex.IsMatch(line, @"^\p{IsCJKUnifiedIdeographs}[。，、：；！？）」]*$"));
    }

    [SkippableFact]
    public void A_chinese_heading_never_ends_with_a_lone_ideograph()
    {
        var cover = Edition("zh-Hans").Layout.Pages.SelectMany(p => p.Panels).Single(p => p.Slot == "cover");
        var title = cover.Items.OfType<TextRunItem>().Where(r => r.Size > 30).Select(r => r.Text.Trim()).ToList();
        // Broken between ICU's words, and the last line is not one word alone ("贩卖" would be).
        Assert.Equal(["制止", "人口贩卖"], title);
    }

    [SkippableFact]
    public void A_missing_list_item_names_both_files_and_lines()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("es"), "- Trabaja en exceso.\n", string.Empty);
        var line = TempWorkspace.LineOf(workspace.ContentFile("es"), "- Recibe poco o ningún pago");
        var sourceLine = TempWorkspace.LineOf(workspace.ContentFile("en"), "- Receives little or no payment");

        AssertError(CliRun.Build(workspace, "--locale", "es"), "BG0115", $"es.md({line},1)", "this list has 7 items; the source's has 8 items", $"en.md({sourceLine},1)");
    }

    [SkippableFact]
    public void A_missing_section_and_a_changed_call_out_are_errors()
    {
        using var workspace = new TempWorkspace();
        var es = File.ReadAllText(workspace.ContentFile("es"));
        var federal = es.IndexOf("\n## ¿Qué protecciones", StringComparison.Ordinal);
        var next = es.IndexOf("\n## ", federal + 5, StringComparison.Ordinal);
        File.WriteAllText(workspace.ContentFile("es"), es[..federal] + es[next..]);
        workspace.Edit(workspace.ContentFile("pt-BR"), "::: footer", "::: rodape");

        var run = CliRun.Build(workspace, "--locale", "es", "--locale", "pt-BR");

        var line = TempWorkspace.LineOf(workspace.ContentFile("es"), "{pin=back}");
        AssertError(run, "BG0115", $"es.md({line},1)", "this file has 8 sections ('## …'), en.md has 9: the source's section at en.md(81,1) is missing here");
        Assert.Single(Regex.Matches(run.Error, "es\\.md"));
        AssertError(run, "BG0115", "pt-BR.md(", "this call-out is '::: rodape'; the source's is '::: footer'", "never translated");
    }

    [SkippableFact]
    public void A_missing_key_of_yaml_content_is_an_error_naming_the_translation_file()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        workspace.Edit(workspace.ContentFile("es"), "  intro: \"Una víctima puede presentar algunas de las siguientes señales:\"\n", string.Empty);
        // Reported at the mapping that lacks the key (its first line).
        var line = TempWorkspace.LineOf(workspace.ContentFile("es"), "signs:") + 1;

        AssertError(CliRun.Build(workspace, "--locale", "es"), "BG0109", $"es.yaml({line},3)", "the key 'signs.intro' of", "is missing");
    }

    [SkippableFact]
    public void An_extra_key_of_yaml_content_is_an_error_at_that_key()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        workspace.Edit(workspace.ContentFile("es"), "  intro: \"Una", "  outro: \"Adiós\"\n  intro: \"Una");
        var line = TempWorkspace.LineOf(workspace.ContentFile("es"), "outro:");

        AssertError(CliRun.Build(workspace, "--locale", "es"), "BG0109", $"es.yaml({line},", "'signs.outro' is not in");
    }

    [SkippableFact]
    public void A_changed_phone_number_is_an_error()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("pt-BR"), "- Ligue para a Linha Nacional contra o Tráfico de Pessoas no **1-888-373-7888**", "- Ligue para a Linha Nacional contra o Tráfico de Pessoas no **1-888-373-7889**");
        var line = TempWorkspace.LineOf(workspace.ContentFile("pt-BR"), "1-888-373-7889");

        AssertError(CliRun.Build(workspace, "--locale", "pt-BR"), "BG0110", $"pt-BR.md({line},", "the phone number '1-888-373-7888'", "must stay exactly as in the source");
    }

    [SkippableTheory]
    [InlineData("।")]
    [InlineData("۔")]
    [InlineData("。")]
    [InlineData("،")]
    public void Script_punctuation_right_after_a_web_address_or_number_does_not_hide_it_from_the_checks(string punctuation)
    {
        var found = Content.InvariantExtractor.Extract($"देखें www.ct.gov/ova{punctuation} और http://www.jud.ct.gov/crimevictim/{punctuation} कॉल 860-550-6632{punctuation}");
        Assert.Contains(("web address", "www.ct.gov/ova", "www.ct.gov/ova"), found);
        // Web addresses are compared without their scheme and closing slash (LinkAddress.Key).
        Assert.Contains(("web address", "http://www.jud.ct.gov/crimevictim/", "www.jud.ct.gov/crimevictim"), found);
        Assert.Contains(found, f => f.Kind == "phone number" && f.Text == "860-550-6632");
    }

    [SkippableFact]
    public void A_hindi_sentence_that_ends_with_a_web_address_and_a_danda_builds()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("hi"), "www.ct.gov/ova", "www.ct.gov/ova।");
        var run = CliRun.Build(workspace, "--locale", "hi", "--edition", "screen");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("BG0110", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_changed_statute_number_is_an_error()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("ht"), "Seksyon §53a-192a", "Seksyon §53a-129a");

        AssertError(CliRun.Build(workspace, "--locale", "ht"), "BG0110", "ht.md(", "statute reference '§53a-192a'");
    }

    [SkippableFact]
    public void An_unbalanced_bold_marker_in_yaml_content_is_an_error()
    {
        using var workspace = new TempWorkspace(yamlRoute: true);
        workspace.Edit(workspace.ContentFile("es"), "**27 millones** de", "**27 millones de");
        var line = TempWorkspace.LineOf(workspace.ContentFile("es"), "**27 millones de");

        AssertError(CliRun.Build(workspace, "--locale", "es"), "BG0105", $"es.yaml({line},", "'**' opened here is never closed");
    }

    [SkippableFact]
    public void A_dropped_bold_part_is_an_error()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("es"), "**27 millones**", "27 millones");
        var line = TempWorkspace.LineOf(workspace.ContentFile("es"), "27 millones");

        AssertError(CliRun.Build(workspace, "--locale", "es"), "BG0110", $"es.md({line},", "has 1 bold part(s); the source has 2");
    }

    [SkippableFact]
    public void Text_no_font_has_is_refused_at_its_column()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("es"), "Trabaja en exceso.", "Trabaja en exceso (\U0001F600).");

        AssertError(CliRun.Build(workspace, "--locale", "es"), "BG0403", "es.md(", "U+1F600");
    }

    [SkippableFact]
    public void A_text_identical_to_the_source_is_a_warning_not_an_error()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("es"), "- Trabaja en exceso.", "- Works excessively.");
        var line = TempWorkspace.LineOf(workspace.ContentFile("es"), "Works excessively.");

        var run = CliRun.Build(workspace, "--locale", "es");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches($@"es\.md\({line},3\): warning BG0111: this text is identical to the source \(en\.md\(\d+,3\)\): untranslated\?", run.Error);
    }

    [SkippableFact]
    public void A_long_translation_is_tightened_and_the_build_says_how()
    {
        using var workspace = new TempWorkspace();
        // Long enough that the panels can no longer be spread, short enough to fit once tightened.
        var longer = string.Join(" ", Enumerable.Repeat("Trabaja muchas más horas de las que la ley permite.", 28));
        workspace.Edit(workspace.ContentFile("es"), "- Trabaja en exceso.", $"- {longer}");

        var run = CliRun.Build(workspace, "--locale", "es");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"adjusted (every panel|[a-z, -]*inside-left[a-z, -]*): (body text 10\.5 → (9|10)(\.\d+)? pt, )?spacing [1-9]\d %", run.Output);
    }

    [SkippableFact]
    public void A_translation_that_cannot_fit_even_tightened_names_locale_block_and_overflow()
    {
        using var workspace = new TempWorkspace();
        var longer = string.Join(" ", Enumerable.Repeat("Trabaja muchas más horas de las que la ley permite.", 60));
        workspace.Edit(workspace.ContentFile("es"), "- Trabaja en exceso.", $"- {longer}");

        var run = CliRun.Build(workspace, "--locale", "es");

        AssertError(run, "BG0501", "es.md(", "the 'es' edition does not fit its panels even with body text 10.5 → 9 pt, spacing 70 %", "pt of text has no room");
        Assert.False(File.Exists(Path.Combine(workspace.Output, "stop-human-trafficking", "stop-human-trafficking.es.pdf")));
    }

    [SkippableFact]
    public void New_locale_scaffolds_a_marked_file_that_the_build_refuses_until_translated()
    {
        using var workspace = new TempWorkspace();

        var created = CliRun.Of("new-locale", "stop-human-trafficking", "fr", "--content", workspace.Content);

        Assert.Equal(0, created.ExitCode);
        var file = workspace.ContentFile("fr");
        var text = File.ReadAllText(file);
        Assert.Contains("# TODO(translate): Stop Human Trafficking", text, StringComparison.Ordinal);
        Assert.Contains("- TODO(translate): Works excessively.", text, StringComparison.Ordinal);
        Assert.Contains("\n1-866-347-2423\n", text, StringComparison.Ordinal);
        Assert.Contains("::: hotline", text, StringComparison.Ordinal);
        Assert.Contains("  fr: draft", File.ReadAllText(workspace.ManifestFile), StringComparison.Ordinal);

        var build = CliRun.Build(workspace, "--locale", "fr");
        AssertError(build, "BG0108", "fr.md(", "is not translated yet");
        Assert.Contains("more texts are not translated yet", build.Error, StringComparison.Ordinal);

        // Translating every text (here: removing the markers) makes it build, as a draft.
        File.WriteAllText(file, text.Replace("TODO(translate): ", string.Empty, StringComparison.Ordinal));
        var translated = CliRun.Build(workspace, "--locale", "fr");
        Assert.Contains("stop-human-trafficking fr (draft)", translated.Output, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(translated.Output, "fr\\.pdf"));
    }

    [SkippableFact]
    public void New_locale_marks_checklist_items_after_their_box_so_they_stay_checklist_items()
    {
        using var workspace = new TempWorkspace().WithFixture("second-brochure");
        const string id = "carbon-monoxide-safety";

        Assert.Equal(0, CliRun.Of("new-locale", id, "fr", "--content", workspace.Content).ExitCode);

        var text = File.ReadAllText(Path.Combine(workspace.Content, id, "fr.md"));
        Assert.Matches(@"\n- \[ \] TODO\(translate\): ", text);
        Assert.DoesNotMatch(@"TODO\(translate\): \[[ xX]\]", text);
        var build = CliRun.Build(workspace, "--brochure", id, "--locale", "fr");
        Assert.Contains("is not translated yet", build.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("BG0115", build.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_link_description_left_in_the_source_language_is_a_warning_at_its_line()
    {
        using var workspace = new TempWorkspace();
        var file = workspace.ContentFile("es");
        workspace.Edit(file, "  call: \"Llamar: {name}, {link}\"", "  call: \"Call the {name}, {link}\"");

        var run = CliRun.Of("check", "--content", workspace.Content, "--templates", workspace.Templates, "--locale", "es");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"es.md({TempWorkspace.LineOf(file, "  call:")},", run.Output + run.Error, StringComparison.Ordinal);
        Assert.Contains("warning BG0111: this link description is identical to the source's", run.Output + run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void New_locale_refuses_an_existing_locale_and_an_invalid_tag()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(1, CliRun.Of("new-locale", "stop-human-trafficking", "es", "--content", workspace.Content).ExitCode);
        Assert.Equal(1, CliRun.Of("new-locale", "stop-human-trafficking", "xx-yy", "--content", workspace.Content).ExitCode);
    }

    [SkippableFact]
    public void Reviewed_only_skips_drafts_and_the_build_prints_each_status()
    {
        using var workspace = new TempWorkspace();

        var run = CliRun.Build(workspace, "--reviewed-only");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("stop-human-trafficking en (reviewed)", run.Output, StringComparison.Ordinal);
        Assert.Contains("stop-human-trafficking es (draft): skipped, not reviewed", run.Output, StringComparison.Ordinal);
        Assert.Equal(new[] { "stop-human-trafficking.en.accessibility.html", "stop-human-trafficking.en.accessibility.json", "stop-human-trafficking.en.folded.png", "stop-human-trafficking.en.html", "stop-human-trafficking.en.large-print.pdf", "stop-human-trafficking.en.page-1.png", "stop-human-trafficking.en.page-2.png", "stop-human-trafficking.en.pdf", "stop-human-trafficking.en.print.pdf", "stop-human-trafficking.en.thumbnail.png" }.Concat(SampleBraille.Files("en")).Order(), Directory.GetFiles(Path.Combine(workspace.Output, "stop-human-trafficking")).Select(Path.GetFileName).Order());
    }

    [SkippableFact]
    public void A_listed_locale_without_a_file_and_a_file_not_listed_are_errors()
    {
        using var workspace = new TempWorkspace();
        File.Move(workspace.ContentFile("ht"), Path.Combine(workspace.BrochureFolder, "ht-HT.md"));

        var run = CliRun.Build(workspace);

        AssertError(run, "BG0104", "brochure.yaml(", "locale 'ht' is listed but ht.md does not exist");
        AssertError(run, "BG0106", "ht-HT.md", "is not listed under 'locales'");
    }

    private static void AssertError(CliRun run, string code, params string[] fragments)
    {
        Assert.Equal(1, run.ExitCode);
        var line = run.Error.Split('\n').FirstOrDefault(l => l.Contains(code, StringComparison.Ordinal) && fragments.All(f => l.Contains(f, StringComparison.Ordinal)));
        Assert.True(line is not null, $"no {code} diagnostic with [{string.Join(" | ", fragments)}] in:\n{run.Error}");
    }
}

/// <summary>Every edition reads back, by the spec, with the words of every block of its source, in reading order.</summary>
public sealed class ReadingOrderTests
{
    public static readonly TheoryData<string> Locales = new([.. EnglishEdition.SampleLocales]);

    [SkippableTheory]
    [MemberData(nameof(Locales))]
    public void The_text_of_every_block_reads_back_from_the_tag_tree_with_actual_text_honoured(string locale)
    {
        AssertEveryBlockReadsBack(EnglishEdition.Build(RepoPaths.Content, RepoPaths.Templates, locale, EditionKinds.Screen).Pdf, locale);
    }

    /// <summary>The words of every block of the locale's source read back from the PDF's tag tree, flowing sections in order (every PDF of an edition must pass this).</summary>
    public static void AssertEveryBlockReadsBack(byte[] pdf, string locale)
    {
        var text = Squeeze(TaggedText.InReadingOrder(QpdfJson.Read(pdf)));
        var file = Path.Combine(RepoPaths.Content, EnglishEdition.SampleId, locale + ".md");
        var (markdown, _) = Content.Markdown.MarkdownContentReader.ReadFile(file, file);

        var blocks = Content.Markdown.ContentTexts.Of(markdown).Where(t => !markdown.Meta.Texts.Contains(t)).Select(t => Squeeze(t.PlainText)).Where(t => t.Length > 0).ToList();
        var missing = blocks.Where(b => !text.Contains(b, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {blocks.Count} blocks do not read back, e.g. '{missing.FirstOrDefault()}'\nread: {text[..Math.Min(400, text.Length)]}");

        // Sections that flow (not pinned) read in the order they are written.
        var headings = markdown.Sections.Where(s => s.Pin is null).Select(s => text.IndexOf(Squeeze(s.Heading.PlainText), StringComparison.Ordinal)).ToList();
        Assert.Equal(headings.Order(), headings);
    }

    private static string Squeeze(string text) => Regex.Replace(text, @"[\s\u200E\u200F]+", string.Empty);
}
