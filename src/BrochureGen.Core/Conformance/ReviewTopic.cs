namespace BrochureGen.Conformance;

/// <summary>
/// Something only a person can judge, asked of every brochure it applies to: the report makes a
/// checklist of it from this brochure's own pictures, links, headings and spans. A WCAG criterion
/// that one of its topics names is marked as needing a person.
/// </summary>
public sealed record ReviewTopic(string Id, string Title, string Question, string Why, IReadOnlyList<string> Wcag, IReadOnlyList<string> Matterhorn)
{
    public override string ToString() => Id;
}

/// <summary>The topics, in the order the checklist asks them.</summary>
public static class ReviewTopics
{
    public static readonly ReviewTopic Translation = new(
        "translation",
        "Translation review",
        "A person who reads the language has read this edition against the source, and its review status in brochure.yaml says so.",
        "The build compares numbers, links and structure with the source, but cannot read the language.",
        [],
        []);

    public static readonly ReviewTopic Title = new(
        "title",
        "Title",
        "The title names this brochure so a reader knows what it is from the title alone.",
        "A title is checked to be there, not to make sense.",
        ["2.4.2"],
        []);

    public static readonly ReviewTopic ReadingOrder = new(
        "reading-order",
        "Reading order",
        "Read panel after panel in this order, the brochure makes sense: nothing is read before what it depends on.",
        "The order is the fold's; only a reader knows whether this content reads well in it.",
        ["1.3.2", "2.4.3"],
        ["09-001"]);

    public static readonly ReviewTopic Headings = new(
        "headings",
        "Headings",
        "Each heading describes the section below it, its level matches its place, and no text that reads as a heading is left as a paragraph.",
        "Levels are checked; meaning is not.",
        ["1.3.1", "2.4.6"],
        ["01-006", "14-001"]);

    public static readonly ReviewTopic Pictures = new(
        "pictures",
        "Pictures",
        "Each text says what its picture means in this brochure (or the picture is only decoration); no picture shows text a reader needs that is not also in the text; the parts of a picture that carry meaning stand out clearly.",
        "A machine sees that alternative text is there, not whether it fits the picture.",
        ["1.1.1", "1.4.5", "1.4.11"],
        ["01-006"]);

    public static readonly ReviewTopic Links = new(
        "links",
        "Links",
        "Each description says where its link leads or what it does, in the edition's language, and holds the words on screen.",
        "Descriptions are checked to exist and to hold the visible text, not to be right.",
        ["2.4.4", "2.5.3"],
        []);

    public static readonly ReviewTopic Languages = new(
        "languages",
        "Passages in other languages",
        "Every word or passage in another language than the edition's is in this list, with its language, and nothing here is in the edition's own language.",
        "Only marked passages are known to the build.",
        ["3.1.2"],
        []);

    public static readonly ReviewTopic Tables = new(
        "tables",
        "Tables",
        "The header cells name their rows or columns, and the data reads correctly with them.",
        "Header cells are checked to have a scope, not to be the right cells.",
        ["1.3.1"],
        []);

    public static readonly ReviewTopic Sensory = new(
        "sensory",
        "Shape, colour and place",
        "No instruction or meaning depends only on shape, colour, size, place on the page or sound (\"see the panel on the right\", \"the numbers in red\").",
        "It is in the words, which a machine does not understand.",
        ["1.3.3", "1.4.1"],
        []);

    public static readonly IReadOnlyList<ReviewTopic> All = [Translation, Title, ReadingOrder, Headings, Pictures, Links, Languages, Tables, Sensory];
}
