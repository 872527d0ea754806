using BrochureGen.Layout;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

public sealed class TemplatingTests
{
    [SkippableFact]
    public void Content_that_looks_like_markup_or_template_code_is_printed_literally()
    {
        using var workspace = new TempWorkspace();
        const string tricky = "Works <panel> & {{ 7*6 }} ]]> excessively.";
        workspace.Edit(workspace.ContentFile("en"), "- Works excessively.", $"- {tricky}");

        var layout = EnglishEdition.LayOut(workspace.Content, workspace.Templates, "en");

        // Whichever panel the composition puts the item in, one of them holds it, whole.
        var texts = layout.PanelsInReadingOrder.Select(p => string.Concat(p.Items.OfType<TextRunItem>().Select(r => r.Text)));
        Assert.Contains(texts, text => text.Contains(tricky, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Decomposed_accents_reach_the_page_composed()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ContentFile("en"), "- Works excessively.", "- Works excessively (cafe\u0301).");

        var layout = EnglishEdition.LayOut(workspace.Content, workspace.Templates, "en");

        var text = string.Concat(layout.Pages.SelectMany(p => p.Panels).SelectMany(p => p.Items).OfType<TextRunItem>().Select(r => r.Text));
        Assert.Contains("caf\u00e9", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0301", text, StringComparison.Ordinal);
    }
}
