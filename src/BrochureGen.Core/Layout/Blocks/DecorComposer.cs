using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>Ornaments (a rule, three diamonds), sized by <see cref="OrnamentShape"/>, drawn as artifacts in the accent colour.</summary>
internal static class DecorComposer
{
    public static void Place(PanelContext context, DecorNode decor, double x, double width, ToneColors tone)
    {
        context.Space(0);
        var shape = OrnamentShape.Of(decor.Kind);
        if (context.RightToLeft)
        {
            x += width - shape.Width;
        }

        if (decor.Kind == Ornament.Diamonds)
        {
            const double size = OrnamentShape.DiamondSize;
            var items = Enumerable.Range(0, OrnamentShape.DiamondCount).Select(i => Diamond(x + (size / 2) + (i * size * OrnamentShape.DiamondPitch), context.Y + (size / 2), size, tone.Accent)).ToList<LayoutItem>();
            context.Items.Add(new TagStartItem(StructureRole.Artifact));
            context.Items.AddRange(items);
            context.Items.Add(new TagEndItem(StructureRole.Artifact));
        }
        else
        {
            context.AddArtifact(new RectItem(x, context.Y, shape.Width, shape.Height, tone.Accent));
        }

        context.Y += shape.Height;
        context.PendingSpace = shape.SpaceAfter;

        context.AtTop = false;
    }

    private static PolygonItem Diamond(double centerX, double centerY, double size, InkColor color)
    {
        var half = size / 2;
        return new PolygonItem([new(centerX, centerY - half), new(centerX + half, centerY), new(centerX, centerY + half), new(centerX - half, centerY)], color);
    }
}
