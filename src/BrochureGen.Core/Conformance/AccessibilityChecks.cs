namespace BrochureGen.Conformance;

/// <summary>
/// Every accessibility check of the build, in the order reports list them: the one place that
/// decides a check's id, its Matterhorn and WCAG mapping and the text the docs and the reports
/// show. <see cref="ConformanceEvaluator"/> measures each on every format it names.
/// </summary>
public static class AccessibilityChecks
{
    private static readonly EvidenceFormat[] Edition = [EvidenceFormat.Edition];
    private static readonly EvidenceFormat[] Pdfs = [EvidenceFormat.Pdf, EvidenceFormat.Print, EvidenceFormat.LargePrint];
    private static readonly EvidenceFormat[] ReadingPdfs = [EvidenceFormat.Pdf, EvidenceFormat.LargePrint];
    private static readonly EvidenceFormat[] Html = [EvidenceFormat.Html];

    public static readonly AccessibilityCheck PdfTagged = new(
        "pdf-tagged",
        "Tagged, every mark owned by the structure tree",
        "The catalog says the file is tagged (MarkInfo /Marked true) and has a structure tree; the writer marks every painting operation before it draws it, each marked-content sequence belongs to an element of the tree (the parent tree lists them all), and decoration — colour bands, rules, ornaments, underlines, print marks, page numbers — is drawn as artifacts. Reports the number of elements and of marked-content sequences.",
        "The numbers are the writer's own account; that nothing is drawn outside marked content is read back from the files by the test suite (qpdf), not by the build. Whether something drawn as decoration carries meaning, or something tagged is only decoration, is for a person (the picture checkpoint lists every image either way).",
        ["01-003", "01-004", "01-005"],
        ["1.1.1", "1.3.1"],
        Pdfs);

    public static readonly AccessibilityCheck PdfMetadata = new(
        "pdf-metadata",
        "Title and PDF/UA identification",
        "The XMP metadata has a non-empty dc:title and pdfuaid:part 1 (the PDF/UA-1 claim), and the catalog's ViewerPreferences has DisplayDocTitle true, so a viewer shows the title rather than the file name.",
        "Whether the title identifies the brochure is a person's judgement (the title checkpoint); it is the brochure's own main heading.",
        ["06-001", "06-002", "06-003", "07-001", "07-002"],
        ["2.4.2"],
        Pdfs);

    public static readonly AccessibilityCheck PdfLanguage = new(
        "pdf-language",
        "Document language",
        "The catalog's /Lang is the edition's locale and a well-formed BCP 47 tag, and the XMP dc:language agrees. It is the language of all page content, alternative texts, bookmarks and link descriptions that carry none of their own.",
        "That the text really is in that language: a draft translation may still hold text in the source language (see translation-complete).",
        ["11-001", "11-002", "11-003", "11-004", "11-006"],
        ["3.1.1"],
        Pdfs);

    public static readonly AccessibilityCheck PdfLanguageParts = new(
        "pdf-language-parts",
        "Spans in another language",
        "Every element with a /Lang of its own has a well-formed tag; counts them by language (names under untranslated-ok marked as the source language, and every [text]{lang=xx} of the content).",
        "Only the passages the content marks, or lists under untranslated-ok, are known: a passage in another language left unmarked cannot be found by the build (the language checkpoint lists what is marked).",
        ["11-001"],
        ["3.1.2"],
        Pdfs);

    public static readonly AccessibilityCheck PdfStructureTypes = new(
        "pdf-structure-types",
        "Standard structure types, no role map",
        "Every element is a standard structure type of ISO 32000-1 (Document, Sect, H1–H6, P, L, LI, Lbl, LBody, Table, TR, TH, TD, Link, Figure, Span) and the file has no role map, so no type is mapped or remapped.",
        "Whether each type suits its content — a paragraph that reads as a heading, a list written as paragraphs — is a person's judgement (the headings checkpoint).",
        ["02-001", "02-003", "02-004"],
        ["1.3.1", "4.1.2"],
        Pdfs);

    public static readonly AccessibilityCheck PdfHeadings = new(
        "pdf-headings",
        "Heading levels",
        "Headings are numbered (H1–H6, never H), the first is H1 and no level is skipped going down (H1 → H3). Reports how many of each level.",
        "Whether text that looks like a heading is tagged as one, and whether each heading describes its section, is a person's judgement (the headings checkpoint lists them in reading order).",
        ["14-002", "14-003", "14-007"],
        ["1.3.1", "2.4.6"],
        Pdfs);

    public static readonly AccessibilityCheck PdfLists = new(
        "pdf-lists",
        "List structure",
        "Every L holds only LI elements (and lists nested in them), every LI a Lbl and an LBody, as ISO 32000-1 Table 336 has it.",
        "Text that reads as a list but is written as paragraphs is not found.",
        ["09-005"],
        ["1.3.1"],
        Pdfs);

    public static readonly AccessibilityCheck PdfTables = new(
        "pdf-tables",
        "Table structure",
        "Every Table holds TR rows of TH and TD cells (ISO 32000-1 Table 337) and every TH has a Scope. Not applicable to an edition without a table.",
        "Whether the header cells are the right ones for the data is a person's judgement (the tables checkpoint).",
        ["09-004", "15-003"],
        ["1.3.1"],
        Pdfs);

    public static readonly AccessibilityCheck PdfFigures = new(
        "pdf-figures",
        "Figures with alternative text",
        "Every Figure (a picture or a QR code) has a non-empty /Alt; a picture the content marks as decoration is an artifact, not a Figure. Not applicable to an edition without pictures.",
        "Whether the text says what the picture means in the brochure is a person's judgement (the pictures checkpoint shows each beside its text).",
        ["13-004"],
        ["1.1.1"],
        Pdfs);

    public static readonly AccessibilityCheck PdfLinks = new(
        "pdf-links",
        "Links, their annotations and the tab order",
        "Every link annotation is a kid of a Link element and has a non-empty /Contents, and every page has /Tabs /S, so the tab order is the structure's. The print edition has no annotations (paper cannot be clicked, and PDF/X allows none in the bleed box): its links are Span elements, and the check confirms no annotation is left.",
        "Whether each description says where the link leads is a person's judgement (the links checkpoint).",
        ["28-008", "28-009", "28-011", "28-012"],
        ["2.1.1", "2.4.3", "2.4.4", "4.1.2"],
        Pdfs);

    public static readonly AccessibilityCheck PdfFonts = new(
        "pdf-fonts",
        "Text drawn as text, in embedded fonts",
        "Every face the edition's text is set in is embedded in the file (a subset with a ToUnicode map in which every code has its own Unicode value); text is never drawn as a picture.",
        "That every code maps to the intended characters is read back by the test suite with poppler, PDFium, MuPDF and pdf.js (98 % of the words of every sample language), not by the build.",
        ["10-001", "31-009", "31-027"],
        ["1.3.1", "1.4.5"],
        Pdfs);

    public static readonly AccessibilityCheck PdfBookmarks = new(
        "pdf-bookmarks",
        "Bookmarks from the headings",
        "The outline has one bookmark per heading, in reading order, so a reader can go to any section.",
        "Bookmarks are as good as the headings they come from.",
        [],
        ["2.4.1"],
        ReadingPdfs);

    public static readonly AccessibilityCheck ReadingOrder = new(
        "reading-order",
        "Folded reading order",
        "The tagged PDF has one Sect per panel, in the order the folded brochure is read as the layout gives it (cover, flap, inside panels, back; mirrored for right-to-left editions), and the HTML, large-print and braille editions are written from the same blocks in the same order. Reports the order.",
        "The machine knows the order is the layout's; whether it makes sense for this content (a call-out between two steps, a section pinned away from its neighbours) is a person's judgement (Matterhorn 09-001; the reading-order checkpoint).",
        [],
        ["1.3.2", "2.4.3"],
        Edition);

    public static readonly AccessibilityCheck ContrastText = new(
        "contrast-text",
        "Text contrast",
        "For every run of text drawn, the WCAG 2.x contrast ratio between its colour and the colour it is drawn on (the page, the panel's tone, a call-out's background), grouped by colour pair with the smallest size drawn in it. Text of 18 pt or more, or 14 pt bold, needs 3:1, smaller text 4.5:1 (WCAG 1.4.3); the large-print edition holds every text to 7:1 (1.4.6). Reports the lowest pair.",
        "Text inside pictures is not measured (the pictures checkpoint asks for it). The HTML edition uses the same theme colours; its dark scheme is measured by axe-core in the test suite, not by the build.",
        [],
        ["1.4.3", "1.4.6"],
        ReadingPdfs);

    public static readonly AccessibilityCheck ContrastGraphics = new(
        "contrast-graphics",
        "Contrast of meaningful graphics",
        "Graphics that carry meaning and are not text — a QR code's modules, a checklist's boxes — against what they are drawn on: at least 3:1. For each picture it reports the contrast between its darkest and lightest parts (the 5th and 95th percentile of luminance). Decoration (artifacts) is exempt.",
        "Which parts of a picture carry meaning, and whether they stand 3:1 apart from their neighbours, only a person can tell (the pictures checkpoint).",
        [],
        ["1.4.11"],
        ReadingPdfs);

    public static readonly AccessibilityCheck LinksUnderlined = new(
        "links-underlined",
        "Links told apart by more than colour",
        "Every link's text is underlined, so a link is not told from its sentence by colour alone. The HTML edition underlines links in its style sheet whatever the theme says (html-style).",
        "Other information given by colour alone (a red word meaning 'urgent') is for a person (the sensory checkpoint).",
        [],
        ["1.4.1"],
        ReadingPdfs);

    public static readonly AccessibilityCheck TextLegibility = new(
        "text-legibility",
        "Type size and line height",
        "The smallest text drawn against the theme's minimum (itself at least 9 pt) and the smallest line height of the styles (at least 1.2 × the size). The large-print edition: text at least 18 pt and line height at least 1.5 (APH and ACB large-print guidance). Text is always set from its start edge, ragged, never justified.",
        "Beyond WCAG 2.1 AA, which sets no minimum size for print-like documents; 1.4.8 (AAA) asks for the line height checked here. Whether the text is easy to read is for a person.",
        [],
        ["1.4.8"],
        ReadingPdfs);

    public static readonly AccessibilityCheck LinkPurpose = new(
        "link-purpose",
        "Link descriptions",
        "Every link — a phone number, a web or e-mail address — has a description that says what following it does (from the brochure's link-descriptions or the text around it), and the PDFs and the HTML edition carry the same one.",
        "Whether a description says where the link leads, in the edition's language, is a person's judgement (the links checkpoint).",
        [],
        ["2.4.4"],
        Edition);

    public static readonly AccessibilityCheck LinkNameContainsText = new(
        "link-name-contains-text",
        "Link names hold their visible text",
        "The name assistive technology gets for each link — the PDF Link element's /Alt and the HTML edition's accessible name, both from one rule (Document/Resolve/LinkName.cs: the description when it holds the words on screen, else those words and then the description) — contains the words on screen (whole words, case and punctuation aside), so a speech-input user who says what they see reaches it. Reports the links whose name leaves their text out.",
        "Whether the words are the right ones is for a person (the links checkpoint).",
        [],
        ["2.5.3"],
        [EvidenceFormat.Pdf, EvidenceFormat.Html]);

    public static readonly AccessibilityCheck TranslationComplete = new(
        "translation-complete",
        "No text left in the source language",
        "The translation checks against the source found no text or link description left identical to the source (warning BG0111): such text is a passage in another language without its language. Not applicable to the source locale.",
        "A translation can differ from the source and still be wrong or incomplete; the review status says whether a person who reads the language has read it (the translation checkpoint).",
        [],
        ["3.1.2"],
        Edition);

    public static readonly AccessibilityCheck HtmlLanguage = new(
        "html-language",
        "HTML language",
        "The html element's lang is the edition's locale (well formed) with its dir, and every element with a lang of its own has a well-formed tag (as axe-core's html-has-lang, html-lang-valid and valid-lang rules, decided in-process).",
        "As for the PDF: passages in another language that the content does not mark cannot be found.",
        [],
        ["3.1.1", "3.1.2"],
        Html);

    public static readonly AccessibilityCheck HtmlTitle = new(
        "html-title",
        "HTML title",
        "The page has a non-empty title, the brochure's (axe-core's document-title).",
        "Whether it names the brochure is for a person (the title checkpoint).",
        [],
        ["2.4.2"],
        Html);

    public static readonly AccessibilityCheck HtmlStructure = new(
        "html-structure",
        "HTML landmarks and headings",
        "The page has a header and one main landmark, exactly one h1, heading levels that never skip going down, a label on every section, and no positive tabindex, so focus follows the reading order (axe-core's landmark-one-main, page-has-heading-one, heading-order, tabindex).",
        "Whether the headings describe their sections is for a person (the headings checkpoint).",
        [],
        ["1.3.1", "2.4.1", "2.4.3", "2.4.6"],
        Html);

    public static readonly AccessibilityCheck HtmlTextAlternatives = new(
        "html-text-alternatives",
        "HTML text alternatives",
        "Every img has an alt attribute (empty for decoration) and every svg is either hidden from assistive technology or an image with a name (axe-core's image-alt, svg-img-alt).",
        "Whether the text says what the picture means is for a person (the pictures checkpoint).",
        [],
        ["1.1.1"],
        Html);

    public static readonly AccessibilityCheck HtmlLinkNames = new(
        "html-link-names",
        "HTML link names",
        "Every a href has a name: text of its own or an aria-label (axe-core's link-name); links are plain anchors, reached and followed with the keyboard.",
        "Whether the names say where the links lead is for a person (the links checkpoint).",
        [],
        ["2.1.1", "2.4.4", "4.1.2"],
        Html);

    public static readonly AccessibilityCheck HtmlStyle = new(
        "html-style",
        "HTML zoom, reflow, spacing and focus",
        "The viewport lets the reader zoom (no maximum-scale, no user-scalable=no; axe-core's meta-viewport), the style sheet sizes type in rem and em, never in px or pt, sets no height on text and never hides overflow (so the reader's text spacing and 400 % zoom lose nothing), underlines links, and gives focused links a visible outline it never removes.",
        "That the page reflows at 320 px without sideways scrolling, in light and dark schemes, is measured by the test suite in Chromium, not by the build.",
        [],
        ["1.3.4", "1.4.1", "1.4.4", "1.4.10", "1.4.12", "2.4.7"],
        Html);

    public static readonly AccessibilityCheck HtmlNoScript = new(
        "html-no-script",
        "Nothing runs, nothing moves",
        "The page carries the Content-Security-Policy that forbids every script, object and frame, and has no script element, no event-handler attribute and no animation: nothing moves focus, changes the page, times out, flashes or traps the keyboard.",
        "None: a page without script or animation cannot do these things. The policy is also checked in Chromium by the test suite.",
        [],
        ["2.1.2", "2.2.2", "2.3.1", "2.5.2", "3.2.1"],
        Html);

    public static readonly AccessibilityCheck BrailleEdition = new(
        "braille-edition",
        "Braille edition",
        "A BRF in the language's braille code (40 cells × 25 lines, North American ASCII braille), with no character left out (warning BG0823). A language without a braille table gets no BRF (BG0822): the result is then not applicable and the statement lists it among the known limitations.",
        "Braille formatting is checked against BANA's rules and back-translated by the test suite; only a braille reader can confirm that it reads well. Beyond WCAG, which has no braille criterion.",
        [],
        [],
        [EvidenceFormat.Braille]);

    /// <summary>Every check, in report order.</summary>
    public static readonly IReadOnlyList<AccessibilityCheck> All =
    [
        PdfTagged, PdfMetadata, PdfLanguage, PdfLanguageParts, PdfStructureTypes, PdfHeadings, PdfLists, PdfTables, PdfFigures, PdfLinks, PdfFonts, PdfBookmarks,
        ReadingOrder, ContrastText, ContrastGraphics, LinksUnderlined, TextLegibility, LinkPurpose, LinkNameContainsText, TranslationComplete,
        HtmlLanguage, HtmlTitle, HtmlStructure, HtmlTextAlternatives, HtmlLinkNames, HtmlStyle, HtmlNoScript,
        BrailleEdition,
    ];

    public static AccessibilityCheck? Named(string id) => All.FirstOrDefault(c => c.Id == id);
}
