using System.Globalization;
using System.Text;
using BrochureGen.Layout;

namespace BrochureGen.Rendering.Html;

/// <summary>
/// A QR code as inline SVG, from the same module matrix the PDF draws (<see cref="QrMatrix"/>):
/// one path of unit squares in a view box that includes the quiet zone, so it scales without
/// blurring and scans from the screen.
/// </summary>
internal static class QrSvg
{
    public static string For(string target, string accessibleName)
    {
        var modules = QrMatrix.For(target);
        var size = modules.Count + (2 * QrMatrix.QuietZone);
        var path = new StringBuilder();
        for (var row = 0; row < modules.Count; row++)
        {
            var columns = modules[row];
            for (var column = 0; column < columns.Length; column++)
            {
                if (!columns[column])
                {
                    continue;
                }

                // Runs of dark modules in a row become one rectangle: a smaller file.
                var run = 1;
                while (column + run < columns.Length && columns[column + run])
                {
                    run++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{column + QrMatrix.QuietZone} {row + QrMatrix.QuietZone}h{run}v1h-{run}z");
                column += run - 1;
            }
        }

        // The code is drawn black on white in every colour scheme: scanners need dark modules on a light ground.
        return string.Create(
            CultureInfo.InvariantCulture,
            $"<svg class=\"qr\" role=\"img\" aria-label=\"{HtmlEscape.Attribute(accessibleName)}\" viewBox=\"0 0 {size} {size}\" width=\"160\" height=\"160\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>");
    }
}
