using System.Globalization;
using System.Text;
using BrochureGen.Rendering.Pdf.Tagging;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// Spells a structure tree that was decided before painting in PDF objects: one StructElem per
/// element, the parent tree (each page's marked-content ids, then each link annotation), the
/// link annotations themselves and the StructTreeRoot.
/// </summary>
internal static class StructureTreeWriter
{
    /// <summary>
    /// Writes the tree into <paramref name="root"/>; <paramref name="annotations"/> are the objects
    /// the painters reserved for each page's link annotations, in the page's order.
    /// </summary>
    public static void Write(PdfFile file, StructureTree tree, PdfReference root, IReadOnlyList<PdfReference> pages, IReadOnlyList<IReadOnlyList<PdfReference>> annotations)
    {
        var references = tree.Elements.ToDictionary(element => element, _ => file.Reserve());
        var parentTree = new StringBuilder("<</Nums[");
        var markedContent = tree.MarkedContent.ToLookup(m => m.MarkedContent.Page, m => references[m.Element]);
        for (var p = 0; p < pages.Count; p++)
        {
            parentTree.Append(CultureInfo.InvariantCulture, $"{p}[{string.Join(' ', markedContent[p])}]");
        }

        // Parent-tree keys after the pages' are the annotations' (/StructParent).
        var nextKey = pages.Count;
        foreach (var (link, annotation) in tree.Annotations)
        {
            var reference = annotations[annotation.Page][annotation.Index];
            var area = annotation.Area;
            file.Set(reference, $"<</Type/Annot/Subtype/Link/Rect{PdfSyntax.Rectangle(area.Left, area.Bottom, area.Right, area.Top)}/Border[0 0 0]/F 4/Contents{PdfSyntax.Text(annotation.Description)}/A<</S/URI/URI{PdfSyntax.Text(annotation.Target)}>>/P {pages[annotation.Page]}/StructParent {nextKey}>>");
            parentTree.Append(CultureInfo.InvariantCulture, $" {nextKey} {references[link]}");
            nextKey++;
        }

        parentTree.Append("]>>");
        var parentTreeReference = file.Add(parentTree.ToString());
        WriteElement(file, tree.Document, root, references, pages, annotations);
        file.Set(root, $"<</Type/StructTreeRoot/K[{references[tree.Document]}]/ParentTree {parentTreeReference}/ParentTreeNextKey {nextKey}>>");
    }

    private static void WriteElement(PdfFile file, StructureElement element, PdfReference parent, Dictionary<StructureElement, PdfReference> references, IReadOnlyList<PdfReference> pages, IReadOnlyList<IReadOnlyList<PdfReference>> annotations)
    {
        var kids = new StringBuilder();
        foreach (var kid in element.Kids)
        {
            switch (kid)
            {
                case StructureElement child:
                    kids.Append(references[child]).Append(' ');
                    WriteElement(file, child, references[element], references, pages, annotations);
                    break;
                case MarkedContentKid marked when marked.Page == element.Page:
                    kids.Append(marked.Id.ToString(CultureInfo.InvariantCulture)).Append(' ');
                    break;
                case MarkedContentKid marked:
                    kids.Append(CultureInfo.InvariantCulture, $"<</Type/MCR/Pg {pages[marked.Page]}/MCID {marked.Id}>> ");
                    break;
                case LinkAnnotationKid annotation:
                    kids.Append(CultureInfo.InvariantCulture, $"<</Type/OBJR/Pg {pages[annotation.Page]}/Obj {annotations[annotation.Page][annotation.Index]}>> ");
                    break;
            }
        }

        var page = element.Page is { } p ? $"/Pg {pages[p]}" : string.Empty;
        file.Set(references[element], $"<</Type/StructElem/S/{element.Type}/P {parent}{page}/K[{kids.ToString().TrimEnd()}]{Attributes(element)}>>");
    }

    private static string Attributes(StructureElement element)
    {
        var entries = new StringBuilder();
        if (element.Language is { } language)
        {
            entries.Append("/Lang").Append(PdfSyntax.Text(language));
        }

        if (element.Alt is { } alt)
        {
            entries.Append("/Alt").Append(PdfSyntax.Text(alt));
        }

        if (element.LayoutBox is { } box)
        {
            entries.Append("/A<</O/Layout/BBox").Append(PdfSyntax.Rectangle(box.Left, box.Bottom, box.Right, box.Top)).Append(">>");
        }

        if (element.ActualText is { } actual)
        {
            entries.Append("/ActualText").Append(PdfSyntax.Text(actual));
        }

        if (element.Scope is { } scope)
        {
            entries.Append(CultureInfo.InvariantCulture, $"/A<</O/Table/Scope/{scope}>>");
        }

        return entries.ToString();
    }
}
