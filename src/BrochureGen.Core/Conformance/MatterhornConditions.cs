namespace BrochureGen.Conformance;

/// <summary>
/// The Matterhorn Protocol 1.1 failure conditions the checks and checkpoints name, each in a
/// few words (the protocol has the exact wording) and whether the protocol leaves it to a person.
/// </summary>
public static class MatterhornConditions
{
    public sealed record Condition(string Id, string Summary, bool Human);

    public static readonly IReadOnlyList<Condition> All =
    [
        new("01-003", "content marked as an artifact inside tagged content", false),
        new("01-004", "tagged content inside content marked as an artifact", false),
        new("01-005", "content neither marked as an artifact nor tagged", false),
        new("01-006", "a structure type that does not suit its content", true),
        new("02-001", "a non-standard structure type whose mapping does not end in a standard one", false),
        new("02-003", "a circular role mapping", false),
        new("02-004", "a standard structure type remapped", false),
        new("06-001", "no XMP metadata stream", false),
        new("06-002", "the XMP metadata lacks the PDF/UA identifier", false),
        new("06-003", "the XMP metadata lacks dc:title", false),
        new("07-001", "ViewerPreferences lacks DisplayDocTitle", false),
        new("07-002", "DisplayDocTitle is false", false),
        new("09-001", "tags not in logical reading order", true),
        new("09-004", "table elements not as ISO 32000-1 Table 337 has them", false),
        new("09-005", "list elements not as ISO 32000-1 Table 336 has them", false),
        new("10-001", "a character code that cannot be mapped to Unicode", false),
        new("11-001", "the language of page content cannot be determined", false),
        new("11-002", "the language of Alt, ActualText or E cannot be determined", false),
        new("11-003", "the language of outline entries cannot be determined", false),
        new("11-004", "the language of annotation Contents cannot be determined", false),
        new("11-006", "the language of the metadata cannot be determined", false),
        new("13-004", "a Figure without alternative text", false),
        new("14-001", "content that is a heading is not tagged as one", true),
        new("14-002", "numbered headings that do not start with H1", false),
        new("14-003", "a heading level skipped going down", false),
        new("14-007", "both H and numbered headings used", false),
        new("15-003", "a TH without Scope in a table without Headers and IDs", false),
        new("28-008", "a page with annotations has no Tabs entry", false),
        new("28-009", "Tabs is not S", false),
        new("28-011", "a link annotation not inside a Link element", false),
        new("28-012", "a link annotation without a Contents description", false),
        new("31-009", "a font program not embedded", false),
        new("31-027", "a font without the ToUnicode map it needs", false),
    ];

    public static Condition? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
