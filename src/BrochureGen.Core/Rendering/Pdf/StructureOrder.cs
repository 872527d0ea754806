using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// PDFsharp can only draw on the page added last, so panels are tagged in page order
/// (flap, back, cover, inside-left, …). A reader meets them in folded order (cover, flap,
/// inside-left, …): this puts the Document element's sections into that order. The parent
/// tree maps content to elements, not positions, so it stays valid.
/// </summary>
internal static class StructureOrder
{
    public static void ToReadingOrder(UAManager accessibility, IReadOnlyList<string> sectionsInPageOrder, IReadOnlyList<string> readingOrder)
    {
        var kids = accessibility.StructureTreeElementDocument.Elements.GetArray("/K")
            ?? throw new InvalidOperationException("the structure tree has no sections");
        if (kids.Elements.Count != sectionsInPageOrder.Count)
        {
            throw new InvalidOperationException($"expected {sectionsInPageOrder.Count} sections in the structure tree, found {kids.Elements.Count}");
        }

        var bySlot = sectionsInPageOrder.Select((slot, index) => (slot, item: kids.Elements[index])).ToDictionary(p => p.slot, p => p.item);
        kids.Elements.Clear();
        foreach (var slot in readingOrder)
        {
            kids.Elements.Add(bySlot[slot]);
        }
    }
}
