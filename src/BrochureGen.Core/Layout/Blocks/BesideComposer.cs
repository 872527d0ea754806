using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>A <c>{.right}</c> picture and the block set in the column beside it (<see cref="BesideNode"/>).</summary>
internal static class BesideComposer
{
    // A {.right} picture at the end of the line, the next block set in the column beside it; the
    // pair is one block for the flow (never split), as tall as the taller of the two. A paragraph
    // longer than the picture wraps round it: the lines that start below the picture (and a gap)
    // take the full width again. A list stays in the column (its items' labels hang in one line).
    public static void Place(PanelContext context, BesideNode beside, double x, double width, ToneColors tone)
    {
        context.Space(context.Theme.Style(StyleNames.Body).SpaceAfter);
        var image = context.Images.Resolve(beside.Figure.Source, beside.Figure.Location);
        var (w, h) = PictureSize.Of(beside.Figure, image, width);
        var top = context.Y;
        var textWidth = width - w - PictureSize.BesideGap;
        var (pictureX, textX) = context.RightToLeft ? (x, x + w + PictureSize.BesideGap) : (x + width - w, x);
        PictureComposer.PlacePicture(context, beside.Figure, new ImageItem(pictureX, top, w, h, image.Placed(w, h)), context.Items.Count);
        context.Track(top + h, null);

        // The text starts level with the picture's top.
        context.AtTop = true;
        context.PendingSpace = 0;
        if (beside.Text is ParagraphNode paragraph)
        {
            var style = context.StyleFor(paragraph.StyleClass, StyleNames.Body);
            var besidePicture = (int)Math.Ceiling((h + PictureSize.BesideGap) / (style.Size * style.Leading));
            var measure = new LineMeasure(x, width, besidePicture, textX, textWidth);
            context.Depth++;
            TextBlockComposer.Place(context, paragraph.Content, style, tone, measure, StructureRole.Paragraph, 0, int.MaxValue, recordBreaks: false);
            context.Depth--;
        }
        else
        {
            BlockComposer.Compose(context, beside.Text, textX, textWidth, tone, 0, int.MaxValue);
        }

        context.Y = Math.Max(context.Y, top + h);
        context.PendingSpace = Math.Max(context.PendingSpace, context.Theme.Style(StyleNames.Body).SpaceAfter);
        context.AtTop = false;
    }
}
