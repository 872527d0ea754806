using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>A list item's label: a bullet, a number, or a drawn checklist box.</summary>
internal static class ListLabelComposer
{
    // A bullet drawn at the text size looks timid next to the words; a little larger reads as a marker.
    private const double BulletScale = 1.25;

    // A checklist box is a little smaller than the capital height, and its stroke visible in print.
    private const double CheckboxScale = 0.72;
    private const double CheckboxStroke = 0.07;
    private const double ThinnestCheckboxStroke = 0.75;

    // The tick of a checked box, as fractions of the box from its top left: a short stroke down
    // to the right, a long one up to the right, drawn as one outline.
    private static readonly (double X, double Y)[] CheckMark = [(0.18, 0.52), (0.42, 0.78), (0.86, 0.2), (0.78, 0.12), (0.42, 0.62), (0.26, 0.44)];

    // The label of an item: a bullet or a number (real text, so it is read and copied), or a
    // drawn checklist box whose state the label's ActualText gives (☐ / ☑).
    public static void Place(PanelContext context, ListNode list, int index, ListItemNode item, int depth, TextStyle style, ToneColors tone, double x, double baseline)
    {
        var face = style.Family.Primary.Bold;
        switch (list.Kind)
        {
            case ListKind.Checklist:
                var size = style.Size * CheckboxScale;
                var top = baseline - size;
                x = context.RightToLeft ? x - size : x;
                context.Items.Add(new TagStartItem(StructureRole.Label) { ActualText = item.Checked == true ? "☑" : "☐" });
                context.Items.Add(new TagStartItem(StructureRole.Artifact));
                var thickness = Math.Max(ThinnestCheckboxStroke, style.Size * CheckboxStroke);
                context.Items.Add(new StrokeRectItem(x, top, size, size, thickness, tone.Accent));
                if (item.Checked == true)
                {
                    context.Items.Add(new PolygonItem(CheckMark.Select(p => new PagePoint(x + (size * p.X), top + (size * p.Y))).ToList(), tone.Accent));
                }

                context.Items.Add(new TagEndItem(StructureRole.Artifact));
                context.Items.Add(new TagEndItem(StructureRole.Label));
                break;
            case ListKind.Numbered:
                // The number is read, not decoration: it is set in the text colour (bold), which also
                // keeps it to one ink in print (a small number in three inks blurs, preflight BG0709).
                var number = list.Label(index)!;
                InlineShaper.CheckGlyphs(new StyledText(number, InlineState.Plain), [face]);
                context.Items.Add(new TagStartItem(StructureRole.Label));
                var numberGlyphs = face.Shape(number, style.Size);
                context.Items.Add(new TextRunItem(context.RightToLeft ? x - numberGlyphs.Width : x, baseline, numberGlyphs.Width, face, style.Size, tone.Text, number, numberGlyphs));
                context.Items.Add(new TagEndItem(StructureRole.Label));
                break;
            default:
                var bullet = depth == 0 ? context.Theme.List.Bullet : context.Theme.List.NestedBullet;
                InlineShaper.CheckGlyphs(new StyledText(bullet, InlineState.Plain), [face]);
                var bulletSize = style.Size * BulletScale;
                context.Items.Add(new TagStartItem(StructureRole.Label));
                var bulletGlyphs = face.Shape(bullet, bulletSize);
                context.Items.Add(new TextRunItem(context.RightToLeft ? x - bulletGlyphs.Width : x, baseline, bulletGlyphs.Width, face, bulletSize, tone.Accent, bullet, bulletGlyphs));
                context.Items.Add(new TagEndItem(StructureRole.Label));
                break;
        }
    }
}
