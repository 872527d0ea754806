using System.Globalization;
using System.Text;
using BrochureGen.Layout;
using BrochureGen.Rendering.Pdf.Tagging;
using BrochureGen.Rendering.Pdf.Writer;

namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// Writes a laid-out brochure as a tagged PDF, in one pass and in one place: one page per side
/// of the sheet, fonts embedded as glyph subsets with Unicode maps, the structure tree built
/// from layout's placements before anything is painted, in the folded reading order (one Sect
/// per panel; <see cref="StructureTreeBuilder"/>), link annotations inside their Link elements,
/// bookmarks from the tree's headings, XMP metadata that declares PDF/UA-1, and
/// for print the trim and bleed boxes and CMYK paint. No byte is edited after it is written;
/// the same layout gives the same bytes. It measures nothing: every position comes from layout.
/// </summary>
public static class PdfRenderer
{
    public const string Producer = "BrochureGen";

    public static byte[] Render(LaidOutBrochure brochure, PdfDocumentInfo info, PdfPrintSetup? print = null) =>
        RenderWithReport(brochure, info, print).Pdf;

    /// <summary>The PDF and what the writer knows about it (for preflight: what it painted, what it embedded).</summary>
    public static PdfWriteReport RenderWithReport(LaidOutBrochure brochure, PdfDocumentInfo info, PdfPrintSetup? print = null)
    {
        var file = new PdfFile();
        var catalog = file.Reserve();
        var pagesNode = file.Reserve();
        var structTreeRoot = file.Reserve();
        var fonts = new FontTable();
        var images = new ImageTable(file, print is not null, print?.OutputIntent?.Profile);

        var pageReferences = brochure.Pages.Select(_ => file.Reserve()).ToList();

        // The structure tree and every marked-content sequence are decided before anything is painted.
        var tree = StructureTreeBuilder.Build(brochure, print is not null);
        var painters = new List<PagePainter>();
        for (var p = 0; p < brochure.Pages.Count; p++)
        {
            var page = brochure.Pages[p];
            var painter = new PagePainter(file, page.Height, print is not null, fonts, images);
            for (var k = 0; k < page.Panels.Count; k++)
            {
                var panel = page.Panels[k];
                painter.Paint(panel.Items, tree.Pages[p].Panels[k], panel.X, panel.Y);
            }

            painter.Paint(page.PageDecorations, tree.Pages[p].Decorations);
            painters.Add(painter);
        }

        StructureTreeWriter.Write(file, tree, structTreeRoot, pageReferences, painters.Select(p => p.Annotations).ToList());

        var fontResources = string.Concat(fonts.All.ToList().Select(f => $"/{f.ResourceName} {f.Write(file)}"));
        var imageResources = string.Concat(images.All.Select(i => $"/{i.Name} {i.Reference}"));
        var graphicsStates = print is null
            ? string.Empty
            : $"/ExtGState<</{PagePainter.OverprintState} {file.Add("<</Type/ExtGState/OP true/op true/OPM 1>>")}/{PagePainter.KnockoutState} {file.Add("<</Type/ExtGState/OP false/op false/OPM 0>>")}>>";
        var resources = file.Add($"<</Font<<{fontResources}>>/XObject<<{imageResources}>>{graphicsStates}/ProcSet[/PDF/Text/ImageB/ImageC]>>");
        var pagesWithTabOrder = 0;
        for (var p = 0; p < brochure.Pages.Count; p++)
        {
            var page = brochure.Pages[p];
            var content = file.AddStream(string.Empty, painters[p].Content);
            var annotations = painters[p].Annotations.Count == 0 ? string.Empty : $"/Annots[{string.Join(' ', painters[p].Annotations)}]";
            var boxes = print is null ? string.Empty : PrintBoxes(page.Height, print);
            // Tab order follows the structure tree (PDF/UA-1 7.18.3) on every page; the accessibility
            // facts count the page dictionaries as written.
            var pageDictionary = $"<</Type/Page/Parent {pagesNode}/MediaBox{PdfSyntax.Rectangle(0, 0, page.Width, page.Height)}{boxes}/Resources {resources}/Contents {content}/StructParents {p}/Tabs/S{annotations}>>";
            file.Set(pageReferences[p], pageDictionary);
            pagesWithTabOrder += pageDictionary.Contains("/Tabs/S", StringComparison.Ordinal) ? 1 : 0;
        }

        file.Set(pagesNode, $"<</Type/Pages/Kids[{string.Join(' ', pageReferences)}]/Count {pageReferences.Count}>>");
        var bookmarks = tree.Headings.Select(h => (h.Anchor.Level, h.Anchor.Title, pageReferences[h.Element.Page!.Value], h.Anchor.Top)).ToList();
        var outlines = Outline.Write(file, bookmarks);
        var intent = print?.OutputIntent;
        var metadata = file.Reserve();
        var pdfx = string.Empty;
        var outputIntents = string.Empty;
        if (intent is not null)
        {
            // PDF/X-4: the printing condition travels with the file, so the press need not guess it.
            var date = PdfSyntax.Text(print!.Date.ToString("'D:'yyyyMMdd'000000Z'", CultureInfo.InvariantCulture));
            pdfx = $"/GTS_PDFXVersion(PDF/X-4)/Trapped/False/CreationDate{date}/ModDate{date}";
            var profile = file.AddStream("/N 4", intent.Profile);
            outputIntents = $"/OutputIntents[<</Type/OutputIntent/S/GTS_PDFX/OutputConditionIdentifier{PdfSyntax.Text(intent.OutputConditionIdentifier)}/RegistryName{PdfSyntax.Text(intent.RegistryName)}/Info{PdfSyntax.Text(intent.Info)}/DestOutputProfile {profile}>>]";
        }

        var infoDictionary = file.Add(
            $"<</Title{PdfSyntax.Text(info.Title)}/Author{PdfSyntax.Text(info.Author)}/Subject{PdfSyntax.Text(info.Subject)}/Keywords{PdfSyntax.Text(string.Join(", ", info.Keywords))}/Creator{PdfSyntax.Text(Producer)}/Producer{PdfSyntax.Text(Producer)}{pdfx}>>");
        var outlineEntry = outlines is { } o ? $"/Outlines {o}/PageMode/UseOutlines" : string.Empty;
        var catalogDictionary = $"<</Type/Catalog/Pages {pagesNode}/Lang{PdfSyntax.Text(info.Language)}/MarkInfo<</Marked true>>/StructTreeRoot {structTreeRoot}/ViewerPreferences<</DisplayDocTitle true>>/Metadata {metadata}{outlineEntry}{outputIntents}>>";
        file.Set(catalog, catalogDictionary);

        // The permanent identifier follows from what the document is; the instance identifier
        // from every object of the file but the metadata that carries it, so it changes exactly
        // when the file does (reproducible: no clock, no random number). The trailer's /ID
        // carries the same two.
        var documentId = XmpPacket.Identifier("document", info.Identity);
        var instanceId = XmpPacket.Identifier("instance", documentId + Convert.ToHexString(file.Digest()));
        var xmp = XmpPacket.Build(info, intent is null ? null : print!.Date, documentId, instanceId);
        file.SetStream(metadata, "/Type/Metadata/Subtype/XML", xmp, compress: false);

        // PDF/X-4 is built on PDF 1.6; nothing BrochureGen writes needs a later version.
        file.Version = intent is null ? "1.7" : "1.6";

        // What the accessibility checks read, from what was just written (PdfAccessibilityFacts).
        var facts = PdfFactsReader.Of(
            info.Language,
            catalogDictionary.Contains("/MarkInfo<</Marked true>>", StringComparison.Ordinal),
            catalogDictionary.Contains("/DisplayDocTitle true", StringComparison.Ordinal),
            xmp,
            brochure.Pages.Count,
            pagesWithTabOrder,
            bookmarks.Count,
            fonts.All.Select(f => f.Face.FilePath),
            tree);

        return new PdfWriteReport(file.Write(catalog, infoDictionary, documentId, instanceId), painters.Any(p => p.WroteRgb), fonts.All.Select(f => f.Face.Key).ToList()) { ImageInk = images.Coverage, Accessibility = facts };
    }

    // PDF boxes are measured from the bottom-left corner of the media.
    private static string PrintBoxes(double pageHeight, PdfPrintSetup setup)
    {
        var trimBottom = pageHeight - setup.TrimY - setup.TrimHeight;
        var trim = PdfSyntax.Rectangle(setup.TrimX, trimBottom, setup.TrimX + setup.TrimWidth, trimBottom + setup.TrimHeight);
        var bleed = PdfSyntax.Rectangle(setup.TrimX - setup.Bleed, trimBottom - setup.Bleed, setup.TrimX + setup.TrimWidth + setup.Bleed, trimBottom + setup.TrimHeight + setup.Bleed);
        return $"/TrimBox{trim}/BleedBox{bleed}";
    }
}

/// <summary>A written PDF and what the writer knows of it: whether it painted in RGB and which faces it embedded.</summary>
public sealed record PdfWriteReport(byte[] Pdf, bool WroteRgb, IReadOnlyList<string> EmbeddedFaces)
{
    /// <summary>For each image of a print edition (by file path), the largest total ink of any of its pixels, in percent.</summary>
    public IReadOnlyDictionary<string, double> ImageInk { get; init; } = new Dictionary<string, double>();

    /// <summary>What the accessibility checks read: the catalog, the XMP claims, the structure tree and the links as written.</summary>
    public PdfAccessibilityFacts? Accessibility { get; init; }
}
