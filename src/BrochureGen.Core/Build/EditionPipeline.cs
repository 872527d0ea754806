using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Document.Resolve;
using BrochureGen.Layout;
using BrochureGen.Layout.Folds;
using BrochureGen.Layout.LargePrint;
using BrochureGen.Layout.Theme;
using BrochureGen.Print;
using BrochureGen.Rendering.Html;
using BrochureGen.Rendering.Pdf;
using BrochureGen.Rendering.Png;
using BrochureGen.Templating;

namespace BrochureGen.Build;

/// <summary>The products of one edition, in memory, before anything is written.</summary>
public sealed record EditionOutput(
    LocaleContent Content,
    LaidOutBrochure Layout,
    byte[]? ScreenPdf,
    IReadOnlyList<byte[]> PagePngs,
    byte[]? PrintPdf = null,
    byte[]? FoldedPng = null,
    ImposedBrochure? Imposed = null,
    IReadOnlyList<Diagnostic>? PreflightFindings = null)
{
    /// <summary>The HTML edition (<see cref="EditionKinds.Html"/>).</summary>
    public byte[]? Html { get; init; }

    /// <summary>The large-print PDF (<see cref="EditionKinds.LargePrint"/>).</summary>
    public byte[]? LargePrintPdf { get; init; }

    /// <summary>The braille edition as a BRF file (<see cref="EditionKinds.Braille"/>); null when the language has no braille table.</summary>
    public byte[]? Braille { get; init; }

    /// <summary>What the alternative formats reported (a language without a braille table, …).</summary>
    public IReadOnlyList<Diagnostic> AlternativeFormatFindings { get; init; } = [];

    /// <summary>What the PDF writer reported of the screen PDF (for the accessibility checks).</summary>
    public PdfWriteReport? ScreenReport { get; init; }

    /// <summary>What the PDF writer reported of the print PDF.</summary>
    public PdfWriteReport? PrintReport { get; init; }

    /// <summary>The large-print layout and what the PDF writer reported of it.</summary>
    public LargePrintOutput? LargePrint { get; init; }

    /// <summary>Whether the braille edition was asked for (<see cref="Braille"/> is null also when the language has none).</summary>
    public bool BrailleAsked { get; init; }

    public byte[] Pdf => ScreenPdf ?? throw new InvalidOperationException("the screen edition was not rendered");

    public IReadOnlyList<Diagnostic> Preflight => PreflightFindings ?? [];
}

/// <summary>The large-print edition before it is written: its layout and its PDF with the writer's report.</summary>
public sealed record LargePrintOutput(LaidOutBrochure Layout, PdfWriteReport Written);

/// <summary>Runs the stages for one locale: content → markup → document → layout → PDF and PNG (and the print edition).</summary>
public static class EditionPipeline
{
    public const double ProofDpi = 150;
    public const double MockupDpi = 100;

    /// <summary>Content to layout, without drawing; tests stop here.</summary>
    public static LaidOutBrochure LayOut(LocaleContent content, string templatesRoot, BrochureTheme theme, string template, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        RenderedMarkup markup;
        using (timings.Stage("template"))
        {
            markup = TemplateRenderer.Render(content, templatesRoot, template);
        }

        BrochureDocument document;
        using (timings.Stage("resolve"))
        {
            document = DocumentResolver.Resolve(markup);
        }

        LaidOutBrochure laidOut;
        using (timings.Stage("layout"))
        {
            laidOut = LayoutEngine.Layout(document, theme, content.Locale, content.Brochure.Directory);
        }

        // The heading rules hold in the order a reader meets the headings, which the fold decides.
        if (HeadingOutline.Check(laidOut.Reading.Blocks, levelsFromContent: content.Markdown is not null) is { Count: > 0 } outline)
        {
            throw new BrochureException(outline);
        }

        return laidOut;
    }

    public static EditionOutput Run(LocaleContent content, string templatesRoot, BrochureTheme theme, string template, EditionKinds kinds = EditionKinds.All, bool proofOverlay = false, string? printFileName = null, bool softProof = false, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var layout = LayOut(content, templatesRoot, theme, template, timings);
        var info = new PdfDocumentInfo(content.Title, content.Author, content.Subject, content.Keywords, content.Locale);
        var identity = $"{content.Brochure.Id}/{content.Locale}/";
        PdfWriteReport? screenReport = null;
        if (kinds.HasFlag(EditionKinds.Screen))
        {
            using var stage = timings.Stage("screen pdf");
            screenReport = PdfRenderer.RenderWithReport(layout, info with { Identity = identity + "screen", RenditionClass = "screen" });
        }

        var screen = screenReport?.Pdf;
        PdfWriteReport? printReport = null;

        ImposedBrochure? imposed = null;
        byte[]? print = null;
        byte[]? folded = null;
        IReadOnlyList<Diagnostic> preflight = [];
        SlugInfo? slug = null;
        var bodyFace = theme.Style(StyleNames.Body).Family.Primary.Regular;
        if (kinds.HasFlag(EditionKinds.Print) || proofOverlay)
        {
            using var stage = timings.Stage("imposition");
            slug = new SlugInfo(content.Brochure.Id, content.Locale, "print", BuildDate.Of(content.Brochure, content.Locale, theme.FilePath, theme.Layout.FilePath), PrintCondition.Find(theme.Layout.PrintCondition)?.OutputConditionIdentifier);
            imposed = PrintImposition.Impose(layout, new PrintSpec(Bleed: theme.Layout.Bleed), slug, bodyFace);
        }

        if (kinds.HasFlag(EditionKinds.Print) && imposed is not null && slug is not null)
        {
            PdfWriteReport written;
            using (timings.Stage("print pdf"))
            {
                var trim = imposed.TrimBox;
                var setup = new PdfPrintSetup(trim.X, trim.Y, trim.Width, trim.Height, imposed.Spec.Bleed) { OutputIntent = OutputIntent(theme.Layout, templatesRoot), Date = slug.BuildDate };
                written = PdfRenderer.RenderWithReport(imposed.Layout, info with { Identity = identity + "print" }, setup);
                printReport = written;
                print = written.Pdf;
            }

            using (timings.Stage("preflight"))
            {
                preflight = Print.Preflight.Check(imposed, written, printFileName ?? $"{content.Brochure.Id}.{content.Locale}.print.pdf");
            }

            using var mockup = timings.Stage("folded mock-up");
            folded = FoldedMockup.Render(layout, MockupDpi, bodyFace, softProof ? SoftProofFor(theme.Layout, templatesRoot) : null);
        }

        IReadOnlyList<byte[]> pngs = [];
        if (kinds.HasFlag(EditionKinds.Png))
        {
            using var stage = timings.Stage("png proofs");
            var proof = softProof ? SoftProofFor(theme.Layout, templatesRoot) : null;
            pngs = proofOverlay && imposed is not null
                ? imposed.Layout.Pages.Select((page, index) => PngRenderer.Render(page, ProofDpi, ProofOverlay.For(imposed, index), proof)).ToList()
                : layout.Pages.Select(page => PngRenderer.Render(page, ProofDpi, null, proof)).ToList();
        }

        var findings = new List<Diagnostic>();
        var at = SourceLocation.InFile(DisplayPath.For(content.FilePath));
        LargePrintOutput? largePrint = null;
        if (kinds.HasFlag(EditionKinds.LargePrint))
        {
            using var stage = timings.Stage("large print");
            largePrint = Alternative("large-print PDF", () => LargePrintEdition(layout, theme, content, info with { Identity = identity + "large-print" }), at, findings);
        }

        byte[]? html = null;
        if (kinds.HasFlag(EditionKinds.Html))
        {
            using var stage = timings.Stage("html");
            html = Alternative("HTML edition", () => HtmlRenderer.Render(layout.Reading, theme, new HtmlDocumentInfo(content.Title, content.Locale, content.Subject, content.Author), content.Brochure.Directory), at, findings);
        }

        var output = new EditionOutput(content, layout, screen, pngs, print, folded, imposed, preflight)
        {
            ScreenReport = screenReport,
            PrintReport = printReport,
            LargePrint = largePrint,
            LargePrintPdf = largePrint?.Written.Pdf,
            BrailleAsked = kinds.HasFlag(EditionKinds.Braille),
            Html = html,
        };
        if (kinds.HasFlag(EditionKinds.Braille))
        {
            using var stage = timings.Stage("braille");
            if (Alternative("braille edition", () => Rendering.Braille.BrailleEdition.Write(layout.Reading, content.Locale), at, findings) is { } braille)
            {
                output = output with { Braille = braille.Brf };
                findings.AddRange(braille.Findings);
            }
        }

        output = output with { AlternativeFormatFindings = findings };
        return output;
    }

    private static LargePrintOutput LargePrintEdition(LaidOutBrochure layout, BrochureTheme theme, LocaleContent content, PdfDocumentInfo info)
    {
        var largePrint = LargePrintLayout.Of(layout.Reading, theme, content.Locale, content.Brochure.Directory);
        return new LargePrintOutput(largePrint, PdfRenderer.RenderWithReport(largePrint, info));
    }

    // An alternative format that fails unexpectedly (a bug, or a native library that misbehaves)
    // is an error naming that format and the edition, not an internal error that hides which
    // of six outputs broke; bad input is still reported by the stage that finds it.
    private static T? Alternative<T>(string format, Func<T> write, SourceLocation at, List<Diagnostic> findings)
        where T : class
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (ex is not BrochureException and not OperationCanceledException and not OutOfMemoryException)
        {
            findings.Add(Diagnostic.Error(DiagnosticCodes.AlternativeFormatFailed, $"the {format} could not be written ({ex.GetType().Name}: {ex.Message}); this is a bug in BrochureGen — please report it with this content file", at));
            return null;
        }
    }

    // The layout's printing condition with its CMYK output profile, for the PDF/X-4 output intent.
    private static PdfOutputIntent? OutputIntent(FoldLayout layout, string templatesRoot)
    {
        if (PrintCondition.Find(layout.PrintCondition) is not { } condition)
        {
            return null;
        }

        var path = condition.ProfilePath(templatesRoot);
        if (!File.Exists(path))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"the printing condition '{condition.Name}' needs its output profile '{DisplayPath.For(path)}', which is missing", SourceLocation.InFile(layout.FilePath)));
        }

        return new PdfOutputIntent(condition.OutputConditionIdentifier, condition.RegistryName, condition.Description, condition.ReadProfile(templatesRoot));
    }

    // The printing condition's profile as a soft proof; a clear error when it cannot be made.
    private static Color.SoftProof SoftProofFor(FoldLayout layout, string templatesRoot)
    {
        var at = SourceLocation.InFile(layout.FilePath);
        if (PrintCondition.Find(layout.PrintCondition) is not { } condition || !File.Exists(condition.ProfilePath(templatesRoot)))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, "--soft-proof needs the layout's printing condition and its output profile", at));
        }

        if (!Color.ColorSeparation.IsAvailable)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ThemeInvalid, $"--soft-proof needs LittleCMS, which was not found: {Color.ColorSeparation.InstallHint}", at));
        }

        return Color.SoftProof.For(condition.ReadProfile(templatesRoot));
    }
}
