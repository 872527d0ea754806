using BrochureGen.Layout;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>The English edition's PDF, read back with PdfPig and poppler.</summary>
public sealed class EnglishEditionPdfTests
{
    private static readonly PdfReadBack Pdf = new(EnglishEdition.Output.Pdf);

    [SkippableFact]
    public void Every_line_of_the_seed_text_is_in_its_panel_or_in_reading_order()
    {
        var layout = EnglishEdition.Layout;
        var panels = layout.Pages
            .SelectMany((page, index) => page.Panels.Select(panel => (panel.Slot, Text: Pdf.PanelText(index + 1, panel))))
            .ToDictionary(p => p.Slot, p => p.Text);
        var flowPanels = layout.ReadingOrder.Where(slot => slot is not ("cover" or "back")).ToList();

        var problems = new List<string>();
        var lastFlowPanel = 0;
        foreach (var (panel, text) in SeedText.Lines())
        {
            if (panel != SeedText.Flow)
            {
                if (!panels[panel].Contains(text, StringComparison.Ordinal))
                {
                    problems.Add($"{panel}: {text}");
                }

                continue;
            }

            // A flowing line is in one of the flow panels, never in one before the previous line's.
            var found = flowPanels.FindIndex(slot => panels[slot].Contains(text, StringComparison.Ordinal));
            if (found < lastFlowPanel)
            {
                problems.Add(found < 0 ? $"not in any flow panel: {text}" : $"out of reading order in {flowPanels[found]}: {text}");
                continue;
            }

            lastFlowPanel = found;
        }

        Assert.True(SeedText.Lines().Count > 60, "the seed should yield more than 60 lines");
        Assert.True(lastFlowPanel == flowPanels.Count - 1, "the flow should reach the last flow panel");
        Assert.True(problems.Count == 0, "lines not where they belong:\n" + string.Join("\n", problems));
    }

    [SkippableFact]
    public void Pdftotext_holds_every_word_of_the_seed()
    {
        var text = Poppler.Run("pdftotext", "-layout", EnglishEdition.Output.Pdf, "-");
        var words = text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var missing = SeedText.Words().Where(w => !words.Contains(w)).Distinct().ToList();
        Assert.True(missing.Count == 0, "words missing from pdftotext output: " + string.Join(", ", missing));
    }

    [SkippableFact]
    public void Has_two_letter_landscape_pages_outside_then_inside()
    {
        Assert.Equal([(792.0, 612.0), (792.0, 612.0)], Pdf.PageSizes());
        Assert.Equal([LayoutEngine.OutsidePage, LayoutEngine.InsidePage], EnglishEdition.Layout.Pages.Select(p => p.Name));
    }

    [SkippableFact]
    public void Every_font_is_embedded_subset_and_mapped_to_unicode()
    {
        var rows = Poppler.Run("pdffonts", EnglishEdition.Output.Pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            // Columns from the right: object id, generation, uni, sub, emb.
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(columns[^5..^2].SequenceEqual(["yes", "yes", "yes"]), "font not embedded, subset and mapped: " + row);
        }
    }

    [SkippableFact]
    public void Phone_numbers_and_web_addresses_are_links_with_the_right_targets()
    {
        var targets = Pdf.LinkTargets();
        string[] expectedOutside =
        [
            // The cover's call to action: the hotline in its sentence and set large on its own.
            "tel:+18883737888", "tel:+18883737888",
            "tel:+18663472423", "tel:+18668724973",
            "https://ctcoalitionagainstrafficking.org", "https://www.ct.gov/dcf", "https://www.jud.ct.gov/crimevictim/",
            "https://www.unodc.org", "https://www.ice.gov", "https://www.ct.gov/ova", "tel:+18605506632", "tel:+18887713126",
        ];
        Assert.Equal(expectedOutside.Order(), targets.Where(t => t.Page == 1).Select(t => t.Uri).Order());
        Assert.DoesNotContain(targets, t => t.Uri.Contains("5607065", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Metadata_comes_from_the_brochure_and_locale_files()
    {
        var info = Poppler.Run("pdfinfo", EnglishEdition.Output.Pdf);
        Assert.Contains("Title:           Stop Human Trafficking", info, StringComparison.Ordinal);
        Assert.Contains("Author:          Connecticut Office of the Victim Advocate", info, StringComparison.Ordinal);
        Assert.Contains("Keywords:        human trafficking, Connecticut, victim rights", info, StringComparison.Ordinal);
    }
}
