namespace BrochureGen.Conformance;

/// <summary>
/// A WCAG 2.1 level A or AA success criterion as it stands for a brochure: not applicable (with
/// the reason, e.g. a brochure has no video) or applicable, with a remark on how the editions meet
/// it that the report shows beside the evidence. Which checks give evidence is said by the checks
/// (<see cref="AccessibilityCheck.Wcag"/>), which topics need a person by the topics
/// (<see cref="ReviewTopic.Wcag"/>): each fact in one place.
/// </summary>
public sealed record WcagCriterion(string Number, string Name, string Level, string? NotApplicable, string Remark)
{
    public override string ToString() => $"{Number} {Name}";
}

/// <summary>
/// The 50 success criteria of WCAG 2.1 at levels A and AA, in their order. The PDF, large-print
/// and HTML editions are the documents a reader meets; the fixed tri-fold PDF relies on the HTML
/// and large-print editions where WCAG allows a conforming alternate version (reflow).
/// </summary>
public static class WcagCriteria
{
    private const string NoMedia = "A brochure has no audio, video or animation.";
    private const string NoForms = "A brochure has no form fields or other input.";
    private const string OneDocument = "Each edition is a single document, not a set of pages.";

    public static readonly IReadOnlyList<WcagCriterion> All =
    [
        new("1.1.1", "Non-text Content", "A", null, "Pictures and QR codes carry alternative text; ornaments, rules and colour bands are decoration, marked so that assistive technology skips them."),
        new("1.2.1", "Audio-only and Video-only (Prerecorded)", "A", NoMedia, string.Empty),
        new("1.2.2", "Captions (Prerecorded)", "A", NoMedia, string.Empty),
        new("1.2.3", "Audio Description or Media Alternative (Prerecorded)", "A", NoMedia, string.Empty),
        new("1.2.4", "Captions (Live)", "AA", NoMedia, string.Empty),
        new("1.2.5", "Audio Description (Prerecorded)", "AA", NoMedia, string.Empty),
        new("1.3.1", "Info and Relationships", "A", null, "Headings, lists, tables, links and sections are tagged in the PDFs and marked up in the HTML edition from the same document tree."),
        new("1.3.2", "Meaningful Sequence", "A", null, "The structure follows the folded reading order, not the order of the printed sheet."),
        new("1.3.3", "Sensory Characteristics", "A", null, "Nothing BrochureGen adds refers to shape, size or place; the content's own words are for the reviewer."),
        new("1.3.4", "Orientation", "AA", null, "Nothing locks the orientation: the HTML edition reflows in either, the PDFs turn with the viewer."),
        new("1.3.5", "Identify Input Purpose", "AA", NoForms, string.Empty),
        new("1.4.1", "Use of Color", "A", null, "Links are underlined as well as coloured."),
        new("1.4.2", "Audio Control", "A", NoMedia, string.Empty),
        new("1.4.3", "Contrast (Minimum)", "AA", null, "The contrast of every text drawn is measured on the colour it is drawn on."),
        new("1.4.4", "Resize text", "AA", null, "The PDFs are vector text a viewer enlarges; the HTML edition zooms to 400 % without loss and a large-print edition is made."),
        new("1.4.5", "Images of Text", "AA", null, "All text is real text in embedded fonts."),
        new("1.4.10", "Reflow", "AA", null, "The tri-fold PDF is a fixed two-dimensional layout; the HTML edition (and the large-print PDF) is its conforming alternate version, which reflows at 320 px."),
        new("1.4.11", "Non-text Contrast", "AA", null, "QR codes and checklist boxes are measured; decoration is exempt."),
        new("1.4.12", "Text Spacing", "AA", null, "Applies to the HTML edition, whose style sheet leaves room for the reader's own spacing; the PDFs are not styled by the reader."),
        new("1.4.13", "Content on Hover or Focus", "AA", "Nothing appears on hover or focus: the pages have no script and no pop-ups.", string.Empty),
        new("2.1.1", "Keyboard", "A", null, "Links are the only interactive parts: plain anchors in HTML, annotations in tab order in the PDFs."),
        new("2.1.2", "No Keyboard Trap", "A", null, "Nothing can hold the focus: no script, no embedded objects."),
        new("2.1.4", "Character Key Shortcuts", "A", "The pages define no keyboard shortcuts.", string.Empty),
        new("2.2.1", "Timing Adjustable", "A", "Nothing is timed.", string.Empty),
        new("2.2.2", "Pause, Stop, Hide", "A", null, "Nothing moves, blinks, scrolls or updates by itself."),
        new("2.3.1", "Three Flashes or Below Threshold", "A", null, "Nothing flashes."),
        new("2.4.1", "Bypass Blocks", "A", null, "Headings, bookmarks in the PDFs and landmarks in the HTML edition let a reader go straight to a section."),
        new("2.4.2", "Page Titled", "A", null, "Every edition carries the brochure's title, shown by viewers."),
        new("2.4.3", "Focus Order", "A", null, "Focus moves through the links in reading order."),
        new("2.4.4", "Link Purpose (In Context)", "A", null, "Every link has a description that says what following it does."),
        new("2.4.5", "Multiple Ways", "AA", OneDocument, string.Empty),
        new("2.4.6", "Headings and Labels", "AA", null, "The headings are the content's own."),
        new("2.4.7", "Focus Visible", "AA", null, "The HTML edition outlines the focused link; PDF viewers show their own focus."),
        new("2.5.1", "Pointer Gestures", "A", "Nothing needs a gesture: links are followed with a single click or tap.", string.Empty),
        new("2.5.2", "Pointer Cancellation", "A", null, "Links are followed as browsers and viewers follow them, on release; nothing else reacts to a pointer."),
        new("2.5.3", "Label in Name", "A", null, "A link's name must hold the words on screen."),
        new("2.5.4", "Motion Actuation", "A", "Nothing responds to moving the device.", string.Empty),
        new("3.1.1", "Language of Page", "A", null, "Every edition declares its language."),
        new("3.1.2", "Language of Parts", "AA", null, "Passages the content marks, and the names it keeps in the source language, carry their language."),
        new("3.2.1", "On Focus", "A", null, "Focusing a link changes nothing."),
        new("3.2.2", "On Input", "A", NoForms, string.Empty),
        new("3.2.3", "Consistent Navigation", "AA", OneDocument, string.Empty),
        new("3.2.4", "Consistent Identification", "AA", OneDocument, string.Empty),
        new("3.3.1", "Error Identification", "A", NoForms, string.Empty),
        new("3.3.2", "Labels or Instructions", "A", NoForms, string.Empty),
        new("3.3.3", "Error Suggestion", "AA", NoForms, string.Empty),
        new("3.3.4", "Error Prevention (Legal, Financial, Data)", "AA", NoForms, string.Empty),
        new("4.1.1", "Parsing", "A", null, "The HTML is generated and escaped, every element closed (WCAG 2.1's 2023 errata counts 4.1.1 as always met for HTML); the PDFs' structure is checked under 1.3.1."),
        new("4.1.2", "Name, Role, Value", "A", null, "Links are links with names; there are no other controls."),
        new("4.1.3", "Status Messages", "AA", "The pages show no status messages.", string.Empty),
    ];

    /// <summary>The level AAA criteria a check also gives evidence for (the large-print edition aims higher).</summary>
    public static readonly IReadOnlyList<WcagCriterion> Enhanced =
    [
        new("1.4.6", "Contrast (Enhanced)", "AAA", null, string.Empty),
        new("1.4.8", "Visual Presentation", "AAA", null, string.Empty),
    ];

    public static WcagCriterion? Find(string number) => All.Concat(Enhanced).FirstOrDefault(c => c.Number == number);
}
