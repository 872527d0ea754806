using System.Globalization;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout;
using SkiaSharp;

namespace BrochureGen.Conformance;

/// <summary>
/// The reviewer's checklist for one edition: every topic of <see cref="ReviewTopics"/> that
/// applies, made from the edition's own title, panels, headings, pictures, links, spans and
/// tables, so a person ticks boxes beside what they judge instead of opening the PDF's tags.
/// </summary>
public static class ReviewChecklist
{
    // Thumbnails are small: enough to recognise the picture beside its text.
    private const int ThumbnailWidth = 160;

    // The words of a panel shown to place it.
    private const int OpeningLength = 90;

    public static IReadOnlyList<ReviewItem> For(EditionEvidence evidence, DocumentInventory inventory)
    {
        var content = evidence.Content;
        var items = new List<ReviewItem>();
        var status = content.Brochure.StatusOf(content.Locale);
        var isSource = content.Locale == content.Brochure.SourceLocale;
        items.Add(new ReviewItem(ReviewTopics.Translation, isSource ? $"The source text ({content.Locale}), review status: {status}" : $"Review status: {status}")
        {
            Note = status == ReviewStatus.Reviewed ? "brochure.yaml records that a person has reviewed it" : $"change '{status}' to '{ReviewStatus.Reviewed}' in brochure.yaml once a person who reads the language has read it against the source",
        });
        items.Add(new ReviewItem(ReviewTopics.Title, content.Title, content.Locale) { Note = "the title of every format" });

        foreach (var panel in evidence.Layout.PanelsInReadingOrder)
        {
            items.Add(new ReviewItem(ReviewTopics.ReadingOrder, panel.Slot) { Quote = Opening(panel), QuoteLanguage = content.Locale });
        }

        foreach (var heading in inventory.Headings)
        {
            items.Add(new ReviewItem(ReviewTopics.Headings, heading.Text, content.Locale) { Note = string.Create(CultureInfo.InvariantCulture, $"h{heading.Level}") });
        }

        var images = new ImageResolver(content.Brochure.Directory);
        foreach (var picture in inventory.Pictures)
        {
            var described = picture.Alt is { } alt ? new ReviewItem(ReviewTopics.Pictures, alt, content.Locale) : new ReviewItem(ReviewTopics.Pictures, "(decoration: no text, skipped by assistive technology)");
            items.Add(described with
            {
                Note = picture.QrTarget is null ? "picture" : "QR code",
                Target = picture.QrTarget ?? picture.Source,
                Picture = picture.QrTarget is { } qr ? new ReviewPicture(null, qr) : new ReviewPicture(Thumbnail(images, picture.Source!, content.FilePath), null),
            });
        }

        foreach (var link in inventory.Links)
        {
            items.Add(new ReviewItem(ReviewTopics.Links, link.VisibleText, content.Locale)
            {
                Quote = link.Description,
                QuoteLanguage = content.Locale,
                Note = link.Description is null ? "named by its own text" : "described as",
                Target = link.Target,
            });
        }

        items.AddRange(inventory.Spans.Count == 0
            ? [new ReviewItem(ReviewTopics.Languages, "No passage is marked as being in another language") { Note = "confirm that none is" }]
            : inventory.Spans.Select(span => new ReviewItem(ReviewTopics.Languages, span.Text, span.Language) { Note = $"marked {span.Language}" }));

        foreach (var table in inventory.Tables)
        {
            items.Add(new ReviewItem(ReviewTopics.Tables, string.Join(" · ", table.HeaderCells.Select(c => c.Text)), content.Locale)
            {
                Note = string.Create(CultureInfo.InvariantCulture, $"{table.Rows} rows; header cells by {string.Join(", ", table.HeaderCells.Select(c => c.Scope).Distinct())}"),
            });
        }

        items.Add(new ReviewItem(ReviewTopics.Sensory, "Read the whole text once for instructions that depend on shape, colour, size, place or sound"));
        return items;
    }

    // The first words a panel holds, so the reviewer knows which panel it is.
    private static string Opening(LaidOutPanel panel)
    {
        foreach (var block in panel.Blocks)
        {
            if (TextOf(block) is { Length: > 0 } text)
            {
                return text.Length <= OpeningLength ? text : string.Concat(text.AsSpan(0, OpeningLength).TrimEnd(), "…");
            }
        }

        return "(no text)";
    }

    private static string TextOf(BlockNode block) => block switch
    {
        SliceNode slice => TextOf(slice.Block),
        HeadingNode heading => InlineText.Words(heading.Content),
        ParagraphNode paragraph => InlineText.Words(paragraph.Content),
        ListNode list => list.Items.Count > 0 ? InlineText.Words(list.Items[0].Content) : string.Empty,
        BoxNode box => box.Blocks.Select(TextOf).FirstOrDefault(t => t.Length > 0) ?? string.Empty,
        TableNode table => table.Rows.Count > 0 ? string.Join(" ", table.Rows[0].Cells.Select(c => InlineText.Words(c.Content))) : string.Empty,
        QrNode qr => qr.Alt,
        FigureNode figure => figure.Alt ?? string.Empty,
        _ => string.Empty,
    };

    // A small PNG of the picture; null when it cannot be decoded (the report says so beside it).
    private static byte[]? Thumbnail(ImageResolver images, string source, string contentFile)
    {
        try
        {
            // The image as layout read and checked it (SafeFile, InputLimits), never the path again.
            var image = images.Resolve(source, SourceLocation.InFile(contentFile));
            using var decoding = image.Decoding();
            using var bitmap = SKBitmap.Decode(image.Bytes);
            if (bitmap is null || bitmap.Width == 0)
            {
                return null;
            }

            var width = Math.Min(ThumbnailWidth, bitmap.Width);
            var height = Math.Max(1, (int)Math.Round(bitmap.Height * (double)width / bitmap.Width));
            using var scaled = bitmap.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
            using var data = scaled.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }
        catch (BrochureException)
        {
            return null;
        }
    }
}
