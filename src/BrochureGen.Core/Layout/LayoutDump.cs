using System.Globalization;
using System.Text;

namespace BrochureGen.Layout;

/// <summary>
/// A plain-text picture of a layout: each panel in reading order, then its text runs with
/// position, width, face and size, rounded to 0.1 pt. Snapshot tests compare this.
/// </summary>
public static class LayoutDump
{
    public static string Write(LaidOutBrochure brochure)
    {
        var text = new StringBuilder();
        foreach (var panel in brochure.PanelsInReadingOrder)
        {
            var page = brochure.Pages.Single(p => p.Panels.Contains(panel)).Name;
            text.Append(CultureInfo.InvariantCulture, $"panel {panel.Slot} ({page}, x={F(panel.X)}, width={F(panel.Width)})").Append('\n');
            foreach (var item in panel.Items)
            {
                switch (item)
                {
                    case TextRunItem run:
                        text.Append(CultureInfo.InvariantCulture, $"  text x={F(run.X)} y={F(run.Baseline)} w={F(run.Width)} {run.Face.Key} {F(run.Size)} \"{run.Text}\"").Append('\n');
                        break;
                    case LinkAreaItem link:
                        text.Append(CultureInfo.InvariantCulture, $"  link x={F(link.X)} y={F(link.Y)} w={F(link.Width)} h={F(link.Height)} {link.Target}").Append('\n');
                        break;
                    case RectItem rect:
                        text.Append(CultureInfo.InvariantCulture, $"  rect x={F(rect.X)} y={F(rect.Y)} w={F(rect.Width)} h={F(rect.Height)} {rect.Fill}").Append('\n');
                        break;
                }
            }
        }

        return text.ToString();
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
