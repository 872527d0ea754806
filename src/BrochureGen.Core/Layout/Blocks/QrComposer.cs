using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>QR codes, drawn as vector squares.</summary>
internal static class QrComposer
{
    // The space below a code: its quiet zone already keeps the next block clear of it.
    private const double SpaceAfter = 4;

    private static readonly InkColor QrDark = new(new RgbColor(0, 0, 0), new CmykColor(0, 0, 0, 100));
    private static readonly InkColor QrLight = InkColor.White;

    // A QR code drawn as vector squares (sharp at any size, CMYK black in print) on a white
    // square with the quiet zone scanners need, tagged as a Figure whose alt text says where it leads.
    public static void Place(PanelContext context, QrNode qr, double x)
    {
        context.Space(context.Theme.Style(StyleNames.Body).SpaceAfter);
        var modules = QrMatrix.For(qr.Target);
        var size = context.Theme.Qr.Size;
        var quiet = QrMatrix.QuietZone;
        var module = size / (modules.Count + (2 * quiet));
        var top = context.Y;
        context.Items.Add(new TagStartItem(StructureRole.Figure, AltText: qr.Alt) { Box = (x, top, size, size) });
        context.Items.Add(new RectItem(x, top, size, size, QrLight));
        for (var row = 0; row < modules.Count; row++)
        {
            var column = 0;
            while (column < modules.Count)
            {
                if (!modules[row][column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < modules.Count && modules[row][column])
                {
                    column++;
                }

                context.Items.Add(new RectItem(x + ((quiet + start) * module), top + ((quiet + row) * module), (column - start) * module, module, QrDark));
            }
        }

        context.Items.Add(new TagEndItem(StructureRole.Figure));
        context.Y += size;
        context.Track(context.Y, null);
        context.PendingSpace = SpaceAfter;
        context.AtTop = false;
    }
}
