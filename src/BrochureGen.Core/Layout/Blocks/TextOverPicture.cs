using System.Globalization;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Layout.Theme;
using SkiaSharp;

namespace BrochureGen.Layout;

/// <summary>
/// Keeps text set over a picture readable (WCAG 1.4.3): the contrast of each run's colour is
/// measured against the picture's own pixels under every glyph's box, as the picture is placed
/// (each glyph's box mapped onto the decoded image), not against the theme's colours. Where a
/// line reaches less than <see cref="MinimumContrast"/>, the theme's scrim — a band of one colour
/// across the panel — is set behind that line and the lines next to it; a theme with
/// <c>scrim: none</c> makes it an error naming the picture and the worst place.
/// </summary>
internal static class TextOverPicture
{
    /// <summary>WCAG 1.4.3's ratio for body text, asked of all text over a picture (a photo's detail makes large text no easier).</summary>
    public const double MinimumContrast = 4.5;

    // The share of a glyph's pixels that may contrast less than the ratio found: one stray
    // pixel of a photo does not decide, a light patch under the letter does.
    private const double StrayShare = 0.05;

    // At most this many pixels are read under one glyph (on a grid): enough for the share above.
    private const int SamplesPerAxis = 24;

    // A glyph's box, in text sizes above and below the baseline: capitals and ascenders, descenders.
    private const double GlyphTop = 0.8;
    private const double GlyphBottom = 0.25;

    // A scrim reaches this far above and below the lines it sits behind.
    private const double ScrimPadding = 6;

    public static IReadOnlyList<RectItem> Scrims(List<LayoutItem> items, ImageItem picture, FigureNode figure, BrochureTheme theme, ToneColors tone, string slot, double panelX, double panelWidth)
    {
        var lines = Measure(items, picture);
        var failing = lines.Where(l => l.Contrast < MinimumContrast).OrderBy(l => l.Top).ToList();
        if (failing.Count == 0)
        {
            return [];
        }

        var worst = failing.MinBy(l => l.Contrast)!;
        if ((theme.NoScrim ? null : theme.Scrim ?? tone.Background) is not { } scrim)
        {
            throw new BrochureException(Diagnostic.Error(
                DiagnosticCodes.TextOverPictureContrast,
                $"the text '{worst.Text}' on panel '{slot}' stands on picture '{Path.GetFileName(picture.FilePath)}' with a contrast of only {Ratio(worst.Contrast)} at its worst ({Area(worst, panelX)}; WCAG 1.4.3 asks {Ratio(MinimumContrast)}): give the theme a 'scrim' colour (a band behind the text), choose a calmer or darker part of the picture, or take the {{.full-bleed}} off",
                figure.Location));
        }

        var bands = new List<RectItem>();
        foreach (var line in failing)
        {
            var scrimContrast = ContrastRatio.Between(line.Color, scrim.Screen);
            if (scrimContrast < MinimumContrast)
            {
                throw new BrochureException(Diagnostic.Error(
                    DiagnosticCodes.TextOverPictureContrast,
                    $"the text '{line.Text}' on panel '{slot}' needs the theme's scrim behind it on picture '{Path.GetFileName(picture.FilePath)}' ({Ratio(line.Contrast)} on the pixels), but the scrim colour gives it only {Ratio(scrimContrast)}; choose a scrim colour that contrasts with the text",
                    figure.Location));
            }

            var (top, bottom) = (line.Top - ScrimPadding, line.Bottom + ScrimPadding);
            if (bands.Count > 0 && top <= bands[^1].Y + bands[^1].Height + ScrimPadding)
            {
                // The lines of one block (or blocks set close) share one band.
                var last = bands[^1];
                bands[^1] = last with { Height = Math.Max(last.Y + last.Height, bottom) - last.Y };
            }
            else
            {
                bands.Add(new RectItem(panelX, top, panelWidth, bottom - top, scrim));
            }
        }

        return bands;
    }

    private static string Ratio(double ratio) => ratio.ToString("0.0", CultureInfo.InvariantCulture) + ":1";

    private static string Area(MeasuredLine line, double panelX) => string.Create(
        CultureInfo.InvariantCulture,
        $"{line.WorstLeft - panelX:0}–{line.WorstRight - panelX:0} pt from the panel's left, {line.Top:0}–{line.Bottom:0} pt from its top");

    private sealed record MeasuredLine(string Text, double Top, double Bottom, double Contrast, double WorstLeft, double WorstRight, RgbColor Color);

    // Every line of text drawn over the picture (not over a box drawn on top of it), with its
    // weakest glyph's contrast.
    private static List<MeasuredLine> Measure(List<LayoutItem> items, ImageItem picture)
    {
        var start = items.IndexOf(picture);
        var clip = picture.Clip ?? (picture.X, picture.Y, picture.Width, picture.Height);
        var covers = items.Skip(start + 1).OfType<RectItem>().ToList();
        var runs = items.Skip(start + 1).OfType<TextRunItem>().ToList();
        if (runs.Count == 0)
        {
            return [];
        }

        using var decoding = picture.Image.Decoding();
        using var bitmap = SKBitmap.Decode(picture.Image.Bytes);
        if (bitmap is null)
        {
            return [];
        }

        var (xScale, yScale) = (bitmap.Width / picture.Width, bitmap.Height / picture.Height);
        var lines = new Dictionary<object, MeasuredLine>();
        var counted = new HashSet<TextRunItem>(ReferenceEqualityComparer.Instance);
        foreach (var run in runs)
        {
            var (top, bottom) = (run.Baseline - (GlyphTop * run.Size), run.Baseline + (GlyphBottom * run.Size));
            var scale = run.Glyphs.Scale;
            var x = run.X;
            foreach (var glyph in run.Glyphs.Glyphs)
            {
                var advance = glyph.Advance * scale;
                var box = (Left: x, Right: x + advance);
                x += advance;
                if (advance <= 0.01 || box.Right <= clip.X || box.Left >= clip.X + clip.Width || bottom <= clip.Y || top >= clip.Y + clip.Height)
                {
                    continue;
                }

                if (covers.Any(c => c.X <= box.Left && c.X + c.Width >= box.Right && c.Y <= top && c.Y + c.Height >= bottom))
                {
                    // On a box of its own (a call-out), not on the picture.
                    continue;
                }

                var contrast = GlyphContrast(bitmap, run.Color.Screen, ((box.Left - picture.X) * xScale, (top - picture.Y) * yScale, (box.Right - picture.X) * xScale, (bottom - picture.Y) * yScale));
                var key = (object?)run.Line ?? run;
                var line = lines.TryGetValue(key, out var known) ? known : new MeasuredLine(string.Empty, top, bottom, double.MaxValue, box.Left, box.Right, run.Color.Screen);
                line = line with
                {
                    Top = Math.Min(line.Top, top),
                    Bottom = Math.Max(line.Bottom, bottom),
                    Text = counted.Add(run) ? (line.Text + run.Text).Trim() : line.Text,
                };
                if (contrast < line.Contrast)
                {
                    line = line with { Contrast = contrast, WorstLeft = box.Left, WorstRight = box.Right, Color = run.Color.Screen };
                }

                lines[key] = line;
            }
        }

        return lines.Values.ToList();
    }

    // The contrast that all but the least favourable 5 % of the pixels under the glyph's box give
    // the text's colour; transparent pixels count as white paper.
    private static double GlyphContrast(SKBitmap bitmap, RgbColor text, (double Left, double Top, double Right, double Bottom) pixels)
    {
        var (x0, y0) = (Math.Clamp((int)Math.Floor(pixels.Left), 0, bitmap.Width - 1), Math.Clamp((int)Math.Floor(pixels.Top), 0, bitmap.Height - 1));
        var (x1, y1) = (Math.Clamp((int)Math.Ceiling(pixels.Right), x0 + 1, bitmap.Width), Math.Clamp((int)Math.Ceiling(pixels.Bottom), y0 + 1, bitmap.Height));
        var (stepX, stepY) = (Math.Max(1, (x1 - x0) / SamplesPerAxis), Math.Max(1, (y1 - y0) / SamplesPerAxis));
        var ratios = new List<double>();
        for (var y = y0; y < y1; y += stepY)
        {
            for (var x = x0; x < x1; x += stepX)
            {
                var pixel = bitmap.GetPixel(x, y);
                var alpha = pixel.Alpha / 255.0;
                byte OnWhite(byte channel) => (byte)Math.Round((channel * alpha) + (255 * (1 - alpha)));
                ratios.Add(ContrastRatio.Between(text, new RgbColor(OnWhite(pixel.Red), OnWhite(pixel.Green), OnWhite(pixel.Blue))));
            }
        }

        ratios.Sort();
        return ratios[(int)(StrayShare * (ratios.Count - 1))];
    }
}
