using System.Globalization;
using BrochureGen.Layout;
using BrochureGen.Layout.Fonts;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Print;

/// <summary>
/// Places a trim-sized layout on the press sheet: every panel (a group of items) moves by the
/// mark area plus the bleed, backgrounds that touch the trim grow into the bleed, and crop marks, fold marks and
/// a slug line are added outside the bleed as artifacts. Layout itself is untouched, so the
/// print edition reads and is tagged exactly like the screen edition.
/// </summary>
public static class PrintImposition
{
    private const double SlugSize = 6.5;

    public static ImposedBrochure Impose(LaidOutBrochure layout, PrintSpec spec, SlugInfo slug, FontFace slugFace)
    {
        var offset = spec.Offset;
        var first = layout.Pages[0];
        var trim = new PageBox(offset, offset, first.Width, first.Height);
        var bleed = new PageBox(offset - spec.Bleed, offset - spec.Bleed, first.Width + (2 * spec.Bleed), first.Height + (2 * spec.Bleed));
        var pages = new List<LaidOutPage>();
        var folds = new List<IReadOnlyList<double>>();
        foreach (var page in layout.Pages)
        {
            var panels = page.Panels
                .Select(panel => panel with
                {
                    X = panel.X + offset,
                    Y = panel.Y + offset,
                    Items = panel.Items.Select(item => GrowIntoBleed(item, panel, page, spec.Bleed)).ToList(),
                })
                .ToList();
            var foldPositions = page.Panels.Skip(1).Select(p => p.X).ToList();
            folds.Add(foldPositions);
            var decorations = Marks(page, spec, foldPositions)
                .Concat(SlugLine(slug, page.Name, spec, slugFace))
                .ToList();
            pages.Add(new LaidOutPage(page.Name, page.Width + (2 * offset), page.Height + (2 * offset), panels, [new TagStartItem(StructureRole.Artifact), .. decorations, new TagEndItem(StructureRole.Artifact)]));
        }

        return new ImposedBrochure(layout with { Pages = pages }, trim, bleed, spec, folds);
    }

    // A background that reaches an edge of the trim reaches the bleed edge on that side, so a
    // slightly inaccurate cut never shows a white sliver.
    // The rectangle is in the panel's coordinates; the trim edges are the page's.
    // A full-bleed picture (cut at its panel's edges) shows as far as the bleed where its panel
    // reaches the trim: layout placed it large enough to cover the bleed too (FullBleedPicture).
    private static LayoutItem GrowIntoBleed(LayoutItem item, LaidOutPanel panel, LaidOutPage page, double bleed)
    {
        switch (item)
        {
            case RectItem rect:
                var (left, top, right, bottom) = Reach(panel, page, bleed, rect.X, rect.Y, rect.Width, rect.Height);
                return rect with { X = rect.X - left, Y = rect.Y - top, Width = rect.Width + left + right, Height = rect.Height + top + bottom };
            case ImageItem { Clip: { } clip } image:
                var (l, t, r, b) = Reach(panel, page, bleed, clip.X, clip.Y, clip.Width, clip.Height);
                return image with { Clip = (clip.X - l, clip.Y - t, clip.Width + l + r, clip.Height + t + b) };
            default:
                return item;
        }
    }

    private static (double Left, double Top, double Right, double Bottom) Reach(LaidOutPanel panel, LaidOutPage page, double bleed, double x, double y, double width, double height)
    {
        var (pageX, pageY) = (panel.X + x, panel.Y + y);
        return (
            Math.Abs(pageX) < 0.01 ? bleed : 0,
            Math.Abs(pageY) < 0.01 ? bleed : 0,
            Math.Abs(pageX + width - page.Width) < 0.01 ? bleed : 0,
            Math.Abs(pageY + height - page.Height) < 0.01 ? bleed : 0);
    }

    private static IEnumerable<LayoutItem> Marks(LaidOutPage page, PrintSpec spec, IReadOnlyList<double> folds)
    {
        var o = spec.Offset;
        var (left, top, right, bottom) = (o, o, o + page.Width, o + page.Height);
        var start = spec.Bleed + spec.MarkOffset;
        var end = start + spec.MarkLength;
        var ink = InkColor.RegistrationBlack;

        // Crop marks: at each corner, one horizontal and one vertical line on the trim lines, outside the bleed.
        foreach (var (x, y, dx, dy) in new[] { (left, top, -1, -1), (right, top, 1, -1), (left, bottom, -1, 1), (right, bottom, 1, 1) })
        {
            yield return new LineItem(x + (dx * start), y, x + (dx * end), y, spec.MarkWeight, ink);
            yield return new LineItem(x, y + (dy * start), x, y + (dy * end), spec.MarkWeight, ink);
        }

        // Fold marks: short lines above and below the sheet at every fold, outside the bleed.
        foreach (var fold in folds)
        {
            var x = o + fold;
            yield return new LineItem(x, top - start, x, top - end, spec.MarkWeight, ink);
            yield return new LineItem(x, bottom + start, x, bottom + end, spec.MarkWeight, ink);
        }
    }

    private static IEnumerable<LayoutItem> SlugLine(SlugInfo slug, string sheet, PrintSpec spec, FontFace face)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{slug.BrochureId} · {slug.Locale} · {slug.Edition} edition · built {slug.BuildDate:yyyy-MM-dd}{(slug.Condition is { } condition ? $" · {condition}" : string.Empty)} · sheet: {sheet}");
        var baseline = spec.Offset - spec.Bleed - spec.MarkOffset - spec.MarkLength - 4;
        var glyphs = face.Shape(text, SlugSize);
        yield return new TextRunItem(spec.Offset + 40, baseline, glyphs.Width, face, SlugSize, InkColor.RegistrationBlack, text, glyphs);
    }
}
