using BrochureGen.Document;
using BrochureGen.Layout;

namespace BrochureGen.Tests;

/// <summary>A link's accessible name is decided once, when layout meets the link, and is never missing.</summary>
public sealed class LinkTargetTests
{
    [SkippableFact]
    public void A_link_without_a_description_is_named_by_its_words_on_screen()
    {
        // A designer's template may write <a href> without a title: its Link element still gets an /Alt.
        var pieces = InlineFlattener.Flatten([new LinkElement("https://example.org/heat", null, [new TextElement("example.org/heat")])], InlineState.Plain, () => 1);
        var link = Assert.Single(pieces.Select(p => p.State.Link).Distinct());
        Assert.Null(link!.Description);
        Assert.Equal("example.org/heat", link.Name);
    }

    [SkippableFact]
    public void A_description_without_the_words_on_screen_follows_them()
    {
        var pieces = InlineFlattener.Flatten([new LinkElement("https://www.ct.gov/ova", "Website of the Office of the Victim Advocate", [new TextElement("www.ct.gov/ova")])], InlineState.Plain, () => 1);
        Assert.Equal("www.ct.gov/ova (Website of the Office of the Victim Advocate)", pieces[0].State.Link!.Name);
    }
}
