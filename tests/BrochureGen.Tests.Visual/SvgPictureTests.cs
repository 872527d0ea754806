using System.Text.RegularExpressions;
using BrochureGen.Diagnostics;
using BrochureGen.Layout;
using BrochureGen.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace BrochureGen.Tests;

/// <summary>
/// SVG pictures (docs/notes/svg-fidelity.md): the measured logos drawn as librsvg, a renderer we
/// did not write, draws them; an SVG logo on the leaflet's cover in every format.
/// </summary>
public sealed class SvgPictureTests
{
    private const string Id = "agency-leaflet";

    private static string Logos => RepoPaths.Fixture("svg-logos");

    [SkippableTheory]
    [InlineData("01-seal-arcs.svg")]
    [InlineData("02-linear-gradient.svg")]
    [InlineData("03-radial-opacity.svg")]
    [InlineData("04-transforms-use.svg")]
    [InlineData("05-clip-path.svg")]
    [InlineData("06-strokes.svg")]
    [InlineData("07-aspect-css.svg")]
    public void A_measured_logo_is_drawn_as_librsvg_draws_it(string file)
    {
        ExternalTool.Require("rsvg-convert", "librsvg2-bin");
        var image = new ImageResolver(Logos).Resolve(file, SourceLocation.InFile("en.md"));
        var placed = image.Placed(image.Width * 72.0 / 300, image.Height * 72.0 / 300);
        var reference = Path.Combine(Path.GetTempPath(), $"bg-rsvg-{Environment.ProcessId}-{file}.png");
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("rsvg-convert") { RedirectStandardError = true };
            foreach (var argument in new[] { "-w", $"{placed.Width}", "-h", $"{placed.Height}", "-o", reference, Path.Combine(Logos, file) })
            {
                start.ArgumentList.Add(argument);
            }

            using (var process = System.Diagnostics.Process.Start(start)!)
            {
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, error);
            }

            using var ours = SKBitmap.Decode(placed.Bytes);
            using var theirs = SKBitmap.Decode(reference);
            Assert.Equal((theirs.Width, theirs.Height), (ours.Width, ours.Height));
            var differing = 0;
            for (var y = 0; y < ours.Height; y++)
            {
                for (var x = 0; x < ours.Width; x++)
                {
                    differing += Differs(ours.GetPixel(x, y), theirs.GetPixel(x, y)) ? 1 : 0;
                }
            }

            // The note's threshold: 0.5 % of the pixels off by more than 32/255 (edges; the two
            // oracles disagree by up to 0.1 %), where a missing element moves whole areas.
            var share = 100.0 * differing / (ours.Width * ours.Height);
            Assert.True(share <= 0.5, $"{share:F2} % of the pixels differ from librsvg's");
        }
        finally
        {
            File.Delete(reference);
        }
    }

    [SkippableFact]
    public void A_text_logo_is_an_error_that_says_to_convert_the_text_to_outlines()
    {
        var error = Assert.Throws<BrochureException>(() => new ImageResolver(Logos).Resolve("08-text.svg", SourceLocation.InFile("en.md")));
        var message = error.Diagnostics.Single().ToString();
        Assert.Contains("BG0512", message, StringComparison.Ordinal);
        Assert.Contains("08-text.svg(5,", message, StringComparison.Ordinal);
        Assert.Contains("convert the text to outlines", message, StringComparison.Ordinal);
        Assert.Contains("Supported in an SVG picture: svg, g, defs, use, path", message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void An_svg_logo_on_the_cover_builds_in_every_format_at_the_width_written_and_prints_in_cmyk_at_300_ppi()
    {
        ExternalTool.Require("pdfimages", ExternalTool.PopplerPackage);
        using var workspace = new TempWorkspace().WithFixture("pictures");
        File.Copy(Path.Combine(Logos, "04-transforms-use.svg"), Path.Combine(workspace.Content, Id, "logo.svg"));
        var en = Path.Combine(workspace.Content, Id, "en.md");
        workspace.Edit(en, "(logo.png){width=40%}", "(logo.svg){width=1.5in}");
        var run = CliRun.Build(workspace, "--brochure", Id, "--edition", "screen", "--edition", "print", "--edition", "png", "--edition", "html");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("error", run.Error, StringComparison.OrdinalIgnoreCase);

        using (var pdf = PdfDocument.Open(Path.Combine(workspace.Output, Id, $"{Id}.en.pdf")))
        {
            var outside = pdf.GetPage(1);
            var logo = outside.GetImages().Single(i => Math.Abs(i.BoundingBox.Width - 108) < 0.6);
            Assert.Equal(108, logo.BoundingBox.Height, 0.6);
        }

        var listing = Poppler.Run("pdfimages", "-list", Path.Combine(workspace.Output, Id, $"{Id}.en.print.pdf"));
        var row = listing.Split('\n').Single(l => Regex.IsMatch(l, @"^\s*1\s+\d+\s+image\s+450\s+450\s"));
        Assert.Contains("cmyk", row, StringComparison.Ordinal);
        // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio.
        var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(int.Parse(columns[12], System.Globalization.CultureInfo.InvariantCulture) >= 300 && int.Parse(columns[13], System.Globalization.CultureInfo.InvariantCulture) >= 300, row);

        // The page gets pixels, never the SVG's markup.
        var html = File.ReadAllText(Path.Combine(workspace.Output, Id, $"{Id}.en.html"));
        Assert.DoesNotContain("petal", html, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(workspace.Output, Id, $"{Id}.en.page-1.png")));
    }

    private static bool Differs(SKColor a, SKColor b)
    {
        static double OnWhite(byte channel, byte alpha) => (channel * alpha / 255.0) + (255 * (1 - (alpha / 255.0)));
        return Math.Abs(OnWhite(a.Red, a.Alpha) - OnWhite(b.Red, b.Alpha)) > 32
            || Math.Abs(OnWhite(a.Green, a.Alpha) - OnWhite(b.Green, b.Alpha)) > 32
            || Math.Abs(OnWhite(a.Blue, a.Alpha) - OnWhite(b.Blue, b.Alpha)) > 32;
    }
}
