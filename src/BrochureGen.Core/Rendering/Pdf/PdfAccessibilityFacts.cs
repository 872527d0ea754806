namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// What the writer put into a PDF that the accessibility checks read: the catalog's language and
/// viewer preferences, the XMP claims, the structure tree as written (after the writer's own
/// choices, such as a link on paper becoming a Span), the link annotations and the bookmarks. The
/// writer reports it as it writes, as it reports what it painted for preflight; nothing reads the
/// PDF's bytes back (the tests do, with qpdf, as an oracle of their own).
/// </summary>
public sealed record PdfAccessibilityFacts(
    string CatalogLanguage,
    bool MarkedTrue,
    bool DisplayDocTitle,
    string XmpTitle,
    string XmpLanguage,
    string? PdfUaPart,
    int Pages,
    int PagesWithStructureTabOrder,
    int Bookmarks,
    int MarkedContentSequences,
    bool HasRoleMap,
    IReadOnlyList<string> EmbeddedFontFiles,
    IReadOnlyList<PdfTag> Tags,
    IReadOnlyList<PdfLinkAnnotation> LinkAnnotations)
{
    /// <summary>The types the tree uses, each once, in the order first met.</summary>
    public IReadOnlyList<string> TypesUsed => Tags.Select(t => t.Type).Distinct().ToList();
}

/// <summary>
/// One structure element, in the tree's order (depth first): its standard type, how deep it sits
/// under the document element, its parent's type and its children's, and which attributes it has.
/// </summary>
public sealed record PdfTag(
    string Type,
    int Depth,
    string? ParentType,
    IReadOnlyList<string> ChildTypes,
    bool HasAlt,
    string? Language,
    bool HasScope,
    int MarkedContent,
    int Annotations);

/// <summary>A link annotation: whether its parent element is a Link and whether it has a non-empty /Contents.</summary>
public sealed record PdfLinkAnnotation(string ParentType, bool HasContents);
