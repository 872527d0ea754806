using System.Text;
using BrochureGen.Build;
using BrochureGen.Content.Markdown;
using BrochureGen.Diagnostics;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>
/// GitHub-style alerts (<c>&gt; [!WARNING]</c> …) are call-outs of the theme's box of that kind,
/// labelled in the edition's language: read back from the PDF (poppler's text, qpdf's structure
/// tree), the HTML and the braille of a fixture of their own (Fixtures/alerts), in English and Arabic.
/// </summary>
public sealed class AlertTests
{
    private static readonly string Content = RepoPaths.Fixture(Path.Combine("alerts", "content"));

    [SkippableFact]
    public void An_alert_is_a_call_out_of_its_kind_whose_first_line_is_its_label_in_bold()
    {
        var (content, _) = MarkdownContentReader.Read("# Heat\n\n## Now\n\n> [!WARNING]\n> Never leave a child in a car.\n", "en.md");
        var callout = Assert.IsType<CalloutBlock>(Assert.Single(Assert.Single(content.Sections).Blocks));
        Assert.Equal("warning", callout.Kind);
        var label = Assert.IsType<ParagraphBlock>(callout.Blocks[0]);
        Assert.Equal("Warning", label.Text.PlainText);
        Assert.Contains(MarkdownContentReader.KnownClasses.AlertLabel, label.Classes);
        Assert.Equal("Never leave a child in a car.", Assert.IsType<ParagraphBlock>(callout.Blocks[1]).Text.PlainText);

        var (arabic, _) = MarkdownContentReader.Read("# الحر\n\n## الآن\n\n> [!CAUTION]\n> نص.\n", "ar.md");
        Assert.Equal("تنبيه", Assert.IsType<ParagraphBlock>(Assert.IsType<CalloutBlock>(Assert.Single(arabic.Sections).Blocks[0]).Blocks[0]).Text.PlainText);
    }

    [SkippableFact]
    public void An_unknown_alert_kind_and_a_language_without_labels_are_errors_at_the_alert()
    {
        var unknown = Assert.Throws<BrochureException>(() => MarkdownContentReader.Read("# Heat\n\n## Now\n\n> [!DANGER]\n> Text.\n", "en.md"));
        var diagnostic = Assert.Single(unknown.Diagnostics);
        Assert.Contains("'[!DANGER]' is not an alert; the kinds are [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(5, diagnostic.Location!.Line);

        var unlabelled = Assert.Throws<BrochureException>(() => MarkdownContentReader.Read("# Joto\n\n## Sasa\n\n> [!NOTE]\n> Maandishi.\n", "sw.md"));
        Assert.Contains("no 'note' label for 'sw'", Assert.Single(unlabelled.Diagnostics).Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Every_stock_theme_has_a_box_for_every_alert_kind()
    {
        var layout = BrochureGen.Layout.Folds.FoldLayoutLoader.Load(RepoPaths.Templates, BrochureGen.Content.ContentLoader.DefaultLayout);
        var themes = BrochureGen.Layout.Theme.ThemeLoader.Available(RepoPaths.Templates);
        Assert.True(themes.Count >= 3, string.Join(", ", themes));
        foreach (var name in themes)
        {
            var theme = BrochureGen.Layout.Theme.ThemeLoader.Load(RepoPaths.Templates, name, layout);
            Assert.All(AlertLabels.Kinds, kind => Assert.True(theme.Boxes.ContainsKey(kind), $"theme '{name}' has no '{kind}' box"));
        }
    }

    [SkippableFact]
    public void The_label_is_no_text_to_translate()
    {
        var (content, _) = MarkdownContentReader.Read("# Heat\n\n## Now\n\n> [!TIP]\n> Freeze bottles of water.\n", "en.md");
        var units = TranslationUnits.Of(content).Select(u => u.Text.PlainText).ToList();
        Assert.Contains("Freeze bottles of water.", units);
        Assert.DoesNotContain("Tip", units);
    }

    [SkippableTheory]
    [InlineData("en", new[] { "Note", "Tip", "Important", "Warning", "Caution" })]
    [InlineData("ar", new[] { "ملاحظة", "نصيحة", "مهم", "تحذير", "تنبيه" })]
    public void Every_format_prints_each_alert_with_its_label(string locale, string[] labels)
    {
        ExternalTool.Require("qpdf", ExternalTool.QpdfPackage);
        var edition = EnglishEdition.Build(Content, RepoPaths.Templates, locale, EditionKinds.Screen | EditionKinds.Html | EditionKinds.Braille, brochure: "heat-alerts");

        // The PDF: each label is a paragraph of its own (the box's first), read by poppler.
        var text = Poppler.Run("pdftotext", edition.Pdf, "-");
        var tagged = TaggedText.InReadingOrder(QpdfJson.Read(edition.Pdf));
        foreach (var label in labels)
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
            Assert.Contains(label, tagged, StringComparison.Ordinal);
        }

        // In reading order, the labels come in the order the alerts are written (a label's word
        // may also stand earlier, inside another word: each is looked for after the one before).
        var at = 0;
        foreach (var label in labels)
        {
            var next = tagged.IndexOf(label, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"'{label}' does not follow the alert before it in the tagged text");
            at = next + label.Length;
        }

        // HTML: a box of each kind, in the theme's tones; warnings and cautions in the alert tone.
        var html = Encoding.UTF8.GetString(edition.Html!);
        Assert.Contains("<div class=\"box box-warning tone-alert\">", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"box box-note tone-mist\">", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{labels[3]}</strong>", html, StringComparison.Ordinal);

        // Braille: five boxes (BANA box lines), when liblouis is here.
        if (edition.Braille is { } brf)
        {
            var lines = Encoding.ASCII.GetString(brf).Split('\n');
            Assert.Equal(5, lines.Count(l => l.TrimEnd('\r') == BrochureGen.Rendering.Braille.BrfPages.TopBoxLine));
        }
    }
}
