using Markdig.Renderers.Html;
using Markdig.Syntax;
using MdLink = Markdig.Syntax.Inlines.LinkInline;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content.Markdown;

/// <summary>How a picture's generic attributes are read (<see cref="PictureAttributes"/>).</summary>
public sealed partial class MarkdownContentReader
{
    private const string WidthKey = "width";
    private const string HeightKey = "height";

    private static readonly string[] PictureClasses = [.. PicturePlaceNames.Classes.Keys, KnownClasses.Byline];

    // '![logo](logo.png){width=40% .center}': Markdig gives the attributes to the image; written
    // after a space, to the paragraph. Either way they are the picture's.
    private PictureAttributes ReadPictureAttributes(MdLink image, Block paragraph)
    {
        RejectAttributes(image, allowed: PictureClasses, allowedKeys: [WidthKey, HeightKey]);
        RejectAttributes(paragraph, allowed: [.. PictureClasses, KnownClasses.NewPanel], allowedKeys: [WidthKey, HeightKey]);
        var owners = new[] { image.TryGetAttributes(), paragraph.TryGetAttributes() }.OfType<HtmlAttributes>().ToList();
        var classes = owners.SelectMany(a => a.Classes ?? []).ToList();
        var properties = owners.SelectMany(a => a.Properties ?? []).ToList();
        var (line, column) = (image.Line + 1, image.Column + 1);

        string? Length(string key, bool percentAllowed)
        {
            var written = properties.LastOrDefault(p => p.Key == key).Value;
            if (written is null)
            {
                return null;
            }

            if (PictureLength.Parse(written, percentAllowed) is null)
            {
                var forms = percentAllowed ? PictureLength.Forms : "a length in in, cm, mm or pt (1in, 25mm, 72pt)";
                Error(line, column, $"the picture's {key} '{written}' is not {forms}");
                return null;
            }

            return written.Trim();
        }

        var places = classes.Where(PicturePlaceNames.Classes.ContainsKey).Distinct().ToList();
        if (places.Count > 1)
        {
            Error(line, column, $"a picture stands in one place: choose one of {string.Join(", ", places.Select(p => "." + p))}");
        }

        var place = places.Count == 0 ? PicturePlace.Start : PicturePlaceNames.Classes[places[0]];
        var attributes = new PictureAttributes(Length(WidthKey, percentAllowed: true), Length(HeightKey, percentAllowed: false), place, classes.Contains(KnownClasses.Byline));
        if (place == PicturePlace.FullBleed && (attributes.Width ?? attributes.Height) is not null)
        {
            Error(line, column, "a {.full-bleed} picture fills its whole panel, to the trim: it takes no width or height");
        }

        return attributes;
    }
}
