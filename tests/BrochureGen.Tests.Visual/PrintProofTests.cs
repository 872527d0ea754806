using BrochureGen.Print;
using BrochureGen.Rendering.Png;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>The print edition's proofs (the press sheet with its overlay, the folded mock-up) compared with reviewed reference images.</summary>
public sealed class PrintProofTests
{
    [SkippableTheory]
    [InlineData("print-proof.page-1.png")]
    [InlineData("folded.png")]
    public void Print_proofs_match_the_reviewed_references(string name)
    {
        var english = EnglishEdition.Output;
        var imposed = english.Imposed!;
        var actual = name == "folded.png"
            ? FoldedMockup.Render(english.Layout, 40, english.Layout.Pages[0].Panels[0].Items.OfType<Layout.TextRunItem>().First().Face)
            : PngRenderer.Render(imposed.Layout.Pages[0], 50, ProofOverlay.For(imposed, 0));
        ReferenceImage.AssertMatches(actual, "en." + name);
    }
}
