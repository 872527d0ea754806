namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>
/// One element of the structure tree, decided before anything is painted: its standard type,
/// the page it is on (0-based; none for the document element), its attributes and its kids in
/// reading order. The writer spells it in PDF syntax and decides nothing more.
/// </summary>
internal sealed class StructureElement(string type, int? page) : StructureKid
{
    private readonly List<StructureKid> _kids = [];

    public string Type { get; } = type;

    public int? Page { get; } = page;

    public StructureElement? Parent { get; private set; }

    public IReadOnlyList<StructureKid> Kids => _kids;

    public string? Language { get; init; }

    /// <summary>The alternative text (/Alt): a figure's description, a link's accessible name; null where the type takes none.</summary>
    public string? Alt { get; set; }

    /// <summary>The text the element stands for (/ActualText), e.g. ☑ for a ticked box.</summary>
    public string? ActualText { get; init; }

    /// <summary>A table header cell's scope: Column or Row.</summary>
    public string? Scope { get; init; }

    /// <summary>A figure's box on the page (its /BBox layout attribute).</summary>
    public PdfBox? LayoutBox { get; init; }

    /// <summary>A heading's bookmark; null for every other element.</summary>
    public HeadingAnchor? Heading { get; set; }

    public void Add(StructureKid kid)
    {
        if (kid is StructureElement element)
        {
            element.Parent = this;
        }

        _kids.Add(kid);
    }

    /// <summary>Puts <paramref name="kid"/> where the first of <paramref name="placeholders"/> stands and drops the others.</summary>
    public void Replace(IReadOnlyCollection<StructureKid> placeholders, StructureKid kid)
    {
        var first = _kids.FindIndex(placeholders.Contains);
        _kids[first] = kid;
        _kids.RemoveAll(placeholders.Contains);
    }

    public int IndexOf(StructureKid kid) => _kids.IndexOf(kid);

    /// <summary>This element and every element below it, depth first (the order the tree is read in).</summary>
    public IEnumerable<StructureElement> SelfAndDescendants() =>
        _kids.OfType<StructureElement>().SelectMany(child => child.SelfAndDescendants()).Prepend(this);
}
