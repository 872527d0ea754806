using System.Globalization;
using BrochureGen.Diagnostics;
using BrochureGen.Layout;

namespace BrochureGen.Print;

/// <summary>
/// What a print shop checks before it prints, checked before the file leaves: text inside the
/// safe area (9 pt inside the trim and away from every fold), images of at least 300 ppi at
/// their placed size, every font embedded, no RGB colour in the print edition, no line thinner
/// than 0.25 pt, bleed wherever a background touches the trim, total ink, and registration:
/// thin lines in more than one ink and small rich-black text fail, small text in three or four
/// inks is a warning. Each finding names the edition, the page, the panel and the object.
/// </summary>
public static class Preflight
{
    public const double SafeInset = 9;
    public const double MinimumPpi = 300;
    public const double MinimumLineWeight = 0.25;

    /// <summary>The most ink (C+M+Y+K, percent) the GRACoL and FOGRA39 coated conditions allow.</summary>
    public const double MaximumInk = 300;

    /// <summary>The checks, by name and the diagnostic code a failure of each carries (for <c>report.json</c>).</summary>
    public static readonly IReadOnlyList<(string Name, string Code)> Checks =
    [
        ("text inside the safe area", DiagnosticCodes.PreflightSafeArea),
        ("images at least 300 ppi", DiagnosticCodes.PreflightImageResolution),
        ("fonts embedded", DiagnosticCodes.PreflightFontNotEmbedded),
        ("CMYK only", DiagnosticCodes.PreflightRgb),
        ("lines at least 0.25 pt", DiagnosticCodes.PreflightHairline),
        ("backgrounds bleed", DiagnosticCodes.PreflightBleed),
        ("ink at most 300 %", DiagnosticCodes.PreflightInk),
        ("thin lines in one ink", DiagnosticCodes.PreflightThinLineInks),
        ("small text in at most two inks", DiagnosticCodes.PreflightSmallTextInks),
        ("no rich black small text", DiagnosticCodes.PreflightRichBlackText),
    ];

    /// <summary>Text under this size (points) in three or more inks, or in rich black, is a registration risk.</summary>
    public const double SmallTextSize = 12;

    // Two-ink text (a red of magenta and yellow) is everyday practice and shows a misregister
    // only as a faint fringe; from three plates on, small text visibly blurs.
    private const int MostInksForSmallText = 2;

    // Black with this much K or more and any other ink is rich black: it should be 100 % K alone.
    private const double RichBlackK = 85;

    /// <summary>A line under this weight (points) printed in more than one ink cannot be held in register.</summary>
    public const double ThinLineWeight = 0.5;

    // An ink below this (percent) is too light to show a misregistered edge.
    private const double NegligibleInk = 0.5;

    public static IReadOnlyList<Diagnostic> Check(ImposedBrochure imposed, Rendering.Pdf.PdfWriteReport written, string edition)
    {
        var problems = new List<Diagnostic>();
        var where = SourceLocation.InFile(edition);
        void Fail(string code, string message) => problems.Add(Diagnostic.Error(code, message, where));

        foreach (var page in imposed.Layout.Pages)
        {
            foreach (var panel in page.Panels)
            {
                // Items are placed relative to their panel's corner, so the safe area is measured there too.
                var safe = new PageBox(SafeInset, imposed.TrimBox.Y - panel.Y + SafeInset, panel.Width - (2 * SafeInset), imposed.TrimBox.Height - (2 * SafeInset));
                var at = $"page {page.Name}, panel {panel.Slot}";
                foreach (var item in panel.Items)
                {
                    if (InkOf(item) is var (ink, what) && Coverage(ink) > MaximumInk + 0.5)
                    {
                        Fail(DiagnosticCodes.PreflightInk, $"{at}: {what} is printed with {F(Coverage(ink))} % ink ({ink}); the press allows at most {F(MaximumInk)} %");
                    }

                    // Images are separated through the profile, whose own limit is 300 %; checked all the same.
                    if (item is ImageItem placed && written.ImageInk.TryGetValue(placed.FilePath, out var imageInk) && imageInk > MaximumInk + 0.5)
                    {
                        Fail(DiagnosticCodes.PreflightInk, $"{at}: image '{Path.GetFileName(placed.FilePath)}' has pixels with {F(imageInk)} % ink; the press allows at most {F(MaximumInk)} %");
                    }

                    switch (item)
                    {
                        case TextRunItem run when run.Text.Trim().Length > 0:
                            var right = run.X + InkWidth(run);
                            var top = run.Baseline - run.Face.AscentAt(run.Size);
                            var bottom = run.Baseline + run.Face.DescentAt(run.Size);
                            var outside = Math.Max(Math.Max(safe.X - run.X, right - safe.Right), Math.Max(safe.Y - top, bottom - safe.Bottom));
                            if (outside > 0.05)
                            {
                                Fail(DiagnosticCodes.PreflightSafeArea, $"{at}: text '{Shorten(run.Text)}' lies {F(outside)} pt outside the safe area (keep text {F(SafeInset)} pt inside the trim and away from the folds)");
                            }

                            break;
                        case ImageItem image:
                            var ppi = image.Image.Width / (image.Width / 72.0);
                            if (ppi < MinimumPpi - 0.5)
                            {
                                Fail(DiagnosticCodes.PreflightImageResolution, $"{at}: image '{Path.GetFileName(image.FilePath)}' has {F(ppi)} ppi at its placed size; print needs at least {F(MinimumPpi)} ppi");
                            }

                            break;
                        case LineItem line when line.Thickness < MinimumLineWeight:
                            Fail(DiagnosticCodes.PreflightHairline, $"{at}: a line is {F(line.Thickness)} pt thin; print needs at least {F(MinimumLineWeight)} pt");
                            break;
                        case LineItem line when line.Thickness < ThinLineWeight && Inks(line.Color.Print) > 1:
                            Fail(DiagnosticCodes.PreflightThinLineInks, ThinLine(at, "line", line.Thickness, line.Color));
                            break;
                        case StrokeRectItem box when box.Thickness < MinimumLineWeight:
                            Fail(DiagnosticCodes.PreflightHairline, $"{at}: an outline is {F(box.Thickness)} pt thin; print needs at least {F(MinimumLineWeight)} pt");
                            break;
                        case StrokeRectItem box when box.Thickness < ThinLineWeight && Inks(box.Color.Print) > 1:
                            Fail(DiagnosticCodes.PreflightThinLineInks, ThinLine(at, "outline", box.Thickness, box.Color));
                            break;
                        case RectItem rect:
                            CheckBleed(rect with { X = panel.X + rect.X, Y = panel.Y + rect.Y }, imposed, at, Fail);
                            break;
                    }
                }
            }

            foreach (var line in page.PageDecorations.OfType<LineItem>().Where(l => l.Thickness < MinimumLineWeight))
            {
                Fail(DiagnosticCodes.PreflightHairline, $"page {page.Name}, marks: a line is {F(line.Thickness)} pt thin; print needs at least {F(MinimumLineWeight)} pt");
            }
        }

        problems.AddRange(SmallTextInMoreThanOneInk(imposed, where));

        // What the writer reports it did, not a scan of the bytes: fonts are embedded by
        // construction, and the print edition must not have painted anything in RGB.
        if (written.WroteRgb)
        {
            Fail(DiagnosticCodes.PreflightRgb, "the print edition paints in RGB; it must use CMYK only");
        }

        return problems;
    }

    // One warning per colour and size rather than one per line of text: the fix is a theme
    // change (a single-ink print colour, or a larger size), and a list of every run hides that.
    private static IEnumerable<Diagnostic> SmallTextInMoreThanOneInk(ImposedBrochure imposed, SourceLocation where)
    {
        var runs = from page in imposed.Layout.Pages
                   from panel in page.Panels
                   from run in panel.Items.OfType<TextRunItem>()
                   where run.Text.Trim().Length > 0 && run.Size < SmallTextSize - 0.01 && Inks(run.Color.Print) > 1
                   select (At: $"page {page.Name}, panel {panel.Slot}", Run: run);
        foreach (var group in runs.GroupBy(r => (r.Run.Color, r.Run.Size)))
        {
            var (at, first) = group.First();
            var others = group.Count() - 1;
            var more = others > 0 ? $" and {others} more run(s) of it" : string.Empty;
            var ink = first.Color.Print;
            if (ink.K >= RichBlackK)
            {
                yield return Diagnostic.Error(DiagnosticCodes.PreflightRichBlackText, $"{at}: text '{Shorten(first.Text)}'{more} is set at {F(first.Size)} pt in rich black ({ink}); small black text must be 100 % K alone, or every misregister leaves a coloured fringe", where);
            }
            else if (Inks(ink) > MostInksForSmallText)
            {
                yield return Diagnostic.Warning(DiagnosticCodes.PreflightSmallTextInks, $"{at}: text '{Shorten(first.Text)}'{more} is set at {F(first.Size)} pt in {Inks(ink)} inks ({ink}); at under {F(SmallTextSize)} pt a slight misregister blurs it — give {first.Color} a print colour of at most {MostInksForSmallText} inks or set it at {F(SmallTextSize)} pt or more", where);
            }
        }
    }

    private static string ThinLine(string at, string what, double thickness, Layout.Theme.InkColor color) =>
        $"{at}: a {F(thickness)} pt {color} {what} is printed in {Inks(color.Print)} inks ({color.Print}); plates never register exactly, so a line under {F(ThinLineWeight)} pt must be one ink (100 % K for black)";

    // How many plates a colour prints on.
    private static int Inks(Layout.Theme.CmykColor ink) => new[] { ink.C, ink.M, ink.Y, ink.K }.Count(v => v >= NegligibleInk);

    // A background edge that sits on the trim line instead of the bleed edge would leave a white sliver.
    private static void CheckBleed(RectItem rect, ImposedBrochure imposed, string at, Action<string, string> fail)
    {
        var trim = imposed.TrimBox;
        var edges = new (double Edge, double Trim, string Side)[]
        {
            (rect.X, trim.X, "left"), (rect.X + rect.Width, trim.Right, "right"), (rect.Y, trim.Y, "top"), (rect.Y + rect.Height, trim.Bottom, "bottom"),
        };
        foreach (var (edge, trimEdge, side) in edges.Where(e => Math.Abs(e.Edge - e.Trim) < 0.01))
        {
            fail(DiagnosticCodes.PreflightBleed, $"{at}: a {rect.Fill} background touches the {side} trim edge but does not extend {F(imposed.Spec.Bleed)} pt into the bleed");
        }
    }

    private static double Coverage(Layout.Theme.CmykColor ink) => ink.C + ink.M + ink.Y + ink.K;

    // The ink an item paints with, and how a message names it.
    private static (Layout.Theme.CmykColor Ink, string What)? InkOf(LayoutItem item) => item switch
    {
        TextRunItem run when run.Text.Trim().Length > 0 => (run.Color.Print, $"text '{Shorten(run.Text)}'"),
        RectItem rect => (rect.Fill.Print, $"a {rect.Fill} background"),
        PolygonItem polygon => (polygon.Fill.Print, $"a {polygon.Fill} shape"),
        LineItem line => (line.Color.Print, $"a {line.Color} line"),
        _ => null,
    };

    // The run's width without its trailing spaces, from the glyphs layout shaped (nothing is measured again).
    private static double InkWidth(TextRunItem run)
    {
        var ink = run.Text.TrimEnd().Length;
        return run.Glyphs.Glyphs.Where(g => g.Cluster < ink).Sum(g => g.Advance) * run.Glyphs.Scale;
    }

    private static string Shorten(string text) => text.Length > 30 ? text[..30].TrimEnd() + "…" : text.TrimEnd();

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
