namespace BrochureGen.Content.Markdown;

/// <summary>
/// One text of a Markdown file that a translator translates on its own: the title, a heading,
/// a paragraph, a list item, a table cell, an image's alt text, a QR code's caption or a front
/// matter value. <paramref name="Id"/> names it by its place in the file's structure
/// (<c>s3.b2.i4</c>: section 3, block 2, item 4), so the same id names the same text in the
/// source and in every translation; review records and XLIFF units use it.
/// <paramref name="Context"/> says where it stands, for a translator who never sees the page;
/// <paramref name="LengthLimit"/> is the length the layout can take where a longer text would
/// wrap or crowd (headings, captions, cells), else null.
/// </summary>
public sealed record TranslationUnit(string Id, ContentText Text, string Context, int? LengthLimit)
{
    /// <summary>True for a value of the front matter (the PDF's metadata, link descriptions), which is YAML, not Markdown.</summary>
    public bool InFrontMatter { get; init; }

    /// <summary>True for a checklist item, whose text starts after its box (<c>[ ] </c>) in the file.</summary>
    public bool AfterCheckbox { get; init; }
}
