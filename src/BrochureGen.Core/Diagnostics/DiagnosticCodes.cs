namespace BrochureGen.Diagnostics;

/// <summary>Every diagnostic code in one place, grouped by the stage that reports it.</summary>
public static class DiagnosticCodes
{
    // Content (BG01xx)
    public const string YamlSyntax = "BG0101";
    public const string ContentShape = "BG0102";
    public const string ContentKeyMissing = "BG0103";
    public const string ContentFileMissing = "BG0104";
    public const string InlineMarkup = "BG0105";
    public const string ManifestInvalid = "BG0106";
    public const string UnsupportedScript = "BG0107";
    public const string UntranslatedMarker = "BG0108";
    public const string TranslationKeys = "BG0109";
    public const string TranslationInvariant = "BG0110";
    public const string Untranslated = "BG0111";
    public const string MarkdownContent = "BG0112";
    public const string MarkdownHtml = "BG0113";
    public const string ContentLimit = "BG0114";
    public const string TranslationBlocks = "BG0115";

    // Input files, as every reader opens them (BG0116–BG0129): see Content/SafeFile.
    public const string FileOutsideFolder = "BG0116";
    public const string FileNotRegular = "BG0117";
    public const string FileTooLarge = "BG0118";
    public const string FileUnreadable = "BG0119";
    public const string YamlAliases = "BG0120";
    public const string YamlSecondDocument = "BG0121";
    public const string MarkdownParserLimit = "BG0122";
    public const string TemplateNameInvalid = "BG0123";
    public const string BrochureFolderOutside = "BG0124";

    // Content: untrusted input refused (BG0130–BG0139)
    public const string BrochureIdInvalid = "BG0130";
    public const string BidiControl = "BG0131";
    public const string MarkStack = "BG0132";

    // Content: translation workflow — review tracking, localized links, XLIFF (BG0140–BG0169)
    public const string ReviewNeeded = "BG0140";
    public const string ReviewRecordMissing = "BG0141";
    public const string ReviewRecordInvalid = "BG0142";
    public const string LocalizedLinkInvalid = "BG0143";
    public const string XliffUnreadable = "BG0150";
    public const string XliffStructure = "BG0151";
    public const string XliffBrochure = "BG0152";
    public const string XliffUnits = "BG0153";
    public const string XliffSourceChanged = "BG0154";
    public const string XliffCodes = "BG0155";
    public const string XliffUntranslated = "BG0156";
    public const string LocaleRemoval = "BG0160";

    // Templating (BG02xx)
    public const string TemplateSyntax = "BG0201";
    public const string TemplateRuntime = "BG0202";
    public const string TemplateMissingVariable = "BG0203";
    public const string TemplateIncludeRefused = "BG0204";
    public const string TemplateNotFound = "BG0205";

    // Document (BG03xx)
    public const string MarkupSyntax = "BG0301";
    public const string MarkupUnknownElement = "BG0302";
    public const string MarkupUnknownAttribute = "BG0303";
    public const string MarkupStructure = "BG0304";
    public const string LinkRefused = "BG0305";
    public const string HeadingOutline = "BG0306";

    // Theme and fonts (BG04xx)
    public const string ThemeInvalid = "BG0401";
    public const string FontInvalid = "BG0402";
    public const string GlyphMissing = "BG0403";
    public const string ThemeAccessibility = "BG0404";
    public const string LayoutInvalid = "BG0405";
    public const string FontFileOutside = "BG0406";
    public const string FontFileNotRegular = "BG0407";
    public const string FontFileTooLarge = "BG0408";
    public const string FontFileUnreadable = "BG0409";

    // Layout (BG05xx)
    public const string PanelOverflow = "BG0501";
    public const string ImageMissing = "BG0502";
    public const string ImageOutsideContent = "BG0503";
    public const string ImageUnreadable = "BG0504";
    public const string PanelUnderfilled = "BG0505";
    public const string FlowInvalid = "BG0506";
    public const string ImageNotRegular = "BG0507";
    public const string ImageTooLarge = "BG0508";
    public const string ImageDamaged = "BG0509";
    public const string ManualBreakCostly = "BG0510";
    public const string TextOverPictureContrast = "BG0511";
    public const string ImageVector = "BG0512";
    public const string ImageSvgUnsafe = "BG0513";

    // Print preflight (BG07xx)
    public const string PreflightSafeArea = "BG0701";
    public const string PreflightImageResolution = "BG0702";
    public const string PreflightFontNotEmbedded = "BG0703";
    public const string PreflightRgb = "BG0704";
    public const string PreflightHairline = "BG0705";
    public const string PreflightBleed = "BG0706";
    public const string PreflightInk = "BG0707";
    public const string PreflightThinLineInks = "BG0708";
    public const string PreflightSmallTextInks = "BG0709";
    public const string PreflightRichBlackText = "BG0710";

    // Alternative formats (BG080x): one of them failed unexpectedly.
    public const string AlternativeFormatFailed = "BG0801";

    // Large-print edition (BG0811–BG0819)
    public const string LargePrintBlockTooTall = "BG0811";

    // Alternative formats: braille (BG082x)
    public const string BrailleLibraryMissing = "BG0821";
    public const string BrailleNoTable = "BG0822";
    public const string BrailleCharactersLeftOut = "BG0823";
    public const string BrailleTranslationFailed = "BG0824";

    // Accessibility evidence (BG0900–BG0949)
    public const string AccessibilityRegressed = "BG0901";
    public const string StatementTemplateInvalid = "BG0902";
    public const string AccessibilityContactMissing = "BG0903";

    // Output (BG06xx)
    public const string OutputFailed = "BG0601";
    public const string Interrupted = "BG0602";
    public const string OutputLocked = "BG0603";
    public const string ReportUnreadable = "BG0604";
    public const string PublishIncomplete = "BG0605";
}
