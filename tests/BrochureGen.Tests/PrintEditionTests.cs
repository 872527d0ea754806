using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BrochureGen.Build;
using BrochureGen.Print;
using BrochureGen.Rendering.Png;
using BrochureGen.Tests.Support;
using SkiaSharp;

namespace BrochureGen.Tests;

/// <summary>The print edition, read back with qpdf and poppler; preflight. (Its proofs against their references: the visual tier's PrintProofTests.)</summary>
public sealed class PrintEditionTests
{
    private const double Bleed = 9;
    private static readonly Lazy<EditionOutput> English = new(() => Build(RepoPaths.Content, RepoPaths.Templates));
    private static readonly Lazy<QpdfJson> PrintPdf = new(() => QpdfJson.Read(English.Value.PrintPdf!));

    [SkippableFact]
    public void Every_page_has_trim_792_by_612_a_9_pt_bleed_and_room_for_marks()
    {
        foreach (var page in PrintPdf.Value.Pages())
        {
            var media = Box(page, "/MediaBox");
            var trim = Box(page, "/TrimBox");
            var bleed = Box(page, "/BleedBox");
            Assert.Equal((792.0, 612.0), (trim.X2 - trim.X1, trim.Y2 - trim.Y1));
            Assert.Equal((trim.X1 - Bleed, trim.Y1 - Bleed, trim.X2 + Bleed, trim.Y2 + Bleed), bleed);
            Assert.True(bleed.X1 - media.X1 >= 18 && media.X2 - bleed.X2 >= 18 && bleed.Y1 - media.Y1 >= 18 && media.Y2 - bleed.Y2 >= 18, "room for marks outside the bleed");
        }
    }

    [SkippableFact]
    public void The_print_edition_is_pdf_x4_with_the_layouts_output_intent_and_stays_pdf_ua()
    {
        var pdf = PrintPdf.Value;
        Assert.StartsWith("%PDF-1.6", System.Text.Encoding.ASCII.GetString(English.Value.PrintPdf!, 0, 8), StringComparison.Ordinal);

        // One GTS_PDFX output intent whose profile is a CMYK output (press) profile.
        var (identifier, registry, profile) = OutputIntentOf(pdf);
        Assert.Equal("CGATS TR 006", identifier);
        Assert.Equal("http://www.color.org", registry);
        Assert.Equal("prtr", System.Text.Encoding.ASCII.GetString(profile, 12, 4));
        Assert.Equal("CMYK", System.Text.Encoding.ASCII.GetString(profile, 16, 4));
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Templates, "profiles", "GRACoL2006-Coated.icc")), profile);

        // The claim in Info and XMP, with the dates and trapping state PDF/X asks for, beside PDF/UA-1.
        var info = pdf.Resolve(pdf.Trailer.GetProperty("/Info"));
        Assert.Equal("PDF/X-4", QpdfJson.Text(info.GetProperty("/GTS_PDFXVersion")));
        Assert.Equal("/False", info.GetProperty("/Trapped").GetString());
        Assert.True(info.TryGetProperty("/CreationDate", out _) && info.TryGetProperty("/ModDate", out _));
        var xmp = System.Text.Encoding.UTF8.GetString(pdf.StreamData(pdf.Catalog.GetProperty("/Metadata").GetString()!));
        Assert.Contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdf:Trapped>False</pdf:Trapped>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp, StringComparison.Ordinal);
        Assert.All(pdf.Pages(), page => Assert.True(page.TryGetProperty("/TrimBox", out _) && page.TryGetProperty("/BleedBox", out _)));
        Assert.False(pdf.Trailer.TryGetProperty("/Encrypt", out _));

        // The slug names the condition; the screen edition makes no PDF/X claim.
        Assert.Contains("CGATS TR 006 · sheet: outside", Poppler.Run("pdftotext", "-f", "1", "-l", "1", "-raw", WriteTemporary(English.Value.PrintPdf!), "-"), StringComparison.Ordinal);
        Assert.False(QpdfJson.Read(English.Value.ScreenPdf!).Catalog.TryGetProperty("/OutputIntents", out _));
    }

    [SkippableFact]
    public void Black_text_is_100_percent_k_and_overprints_while_other_paint_knocks_out()
    {
        var pdf = PrintPdf.Value;
        var page = pdf.Pages()[1];
        var states = pdf.Resolve(pdf.Resolve(page.GetProperty("/Resources")).GetProperty("/ExtGState"));
        var overprint = pdf.Resolve(states.GetProperty("/OP1"));
        Assert.True(overprint.GetProperty("/OP").GetBoolean() && overprint.GetProperty("/op").GetBoolean());
        Assert.Equal(1, overprint.GetProperty("/OPM").GetInt32());
        Assert.False(pdf.Resolve(states.GetProperty("/OP0")).GetProperty("/OP").GetBoolean());

        // Follow fill colour and graphics state (saved by q, restored by Q) to every text object.
        var texts = new List<(string Fill, bool Overprint)>();
        var stack = new Stack<(string, bool)>();
        var (fill, overprinting) = ("none", false);
        foreach (Match token in Regex.Matches(pdf.PageContent(page), @"/(OP[01]) gs|(\S+ \S+ \S+ \S+) k\b|\bBT\b|\bq\b|\bQ\b"))
        {
            switch (token.Value)
            {
                case "q": stack.Push((fill, overprinting)); break;
                case "Q": (fill, overprinting) = stack.Pop(); break;
                case "BT": texts.Add((fill, overprinting)); break;
                default:
                    if (token.Groups[1].Success)
                    {
                        overprinting = token.Groups[1].Value == "OP1";
                    }
                    else
                    {
                        fill = token.Groups[2].Value;
                    }

                    break;
            }
        }

        var black = texts.Where(t => t.Fill == "0 0 0 1").ToList();
        Assert.True(black.Count > 20, $"{black.Count} black text objects");
        Assert.All(black, t => Assert.True(t.Overprint));
        Assert.All(texts.Except(black), t => Assert.False(t.Overprint, $"text in {t.Fill} overprints"));
        Assert.Contains(texts, t => t.Fill != "0 0 0 1");
    }

    [SkippableFact]
    public void Over_inked_colours_fail_preflight_naming_page_panel_and_object()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ThemeFile(), "navy: \"100 72 20 50\"", "navy: \"100 100 100 100\"");

        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "print");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"error BG0707: page outside, panel cover: a #0F3057 background is printed with 400 % ink \(C100 M100 Y100 K100\); the press allows at most 300 %", run.Error);
        Assert.Matches(@"error BG0707: page inside, panel inside-left: text '.+' is printed with 400 % ink", run.Error);
        Assert.False(File.Exists(Path.Combine(workspace.Output, "stop-human-trafficking", "stop-human-trafficking.en.print.pdf")));
    }

    [SkippableFact]
    public void A_rich_black_hairline_and_small_rich_black_text_fail_preflight_naming_them()
    {
        // A theme whose text and accent are rich black, and a table whose rules are 0.4 pt.
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ThemeFile(), "  ink: \"0 0 0 100\"", "  ink: \"60 40 40 100\"");
        workspace.Edit(workspace.ThemeFile(), "  rust: \"0 72 95 32\"", "  rust: \"60 40 40 100\"");
        workspace.Edit(workspace.ThemeFile(), "  rule: 0.75", "  rule: 0.4");
        workspace.Edit(workspace.ContentFile("en"), "## How can one help a victim of trafficking?\n", "## How can one help a victim of trafficking?\n\n| Who | Number |\n| --- | --- |\n| Police | 911 |\n\n");

        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "print");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"stop-human-trafficking\.en\.print\.pdf: error BG0708: page outside, panel flap: a 0\.4 pt #B4441B line is printed in 4 inks \(C60 M40 Y40 K100\); plates never register exactly", run.Error);
        Assert.Matches(@"error BG0710: page \w+, panel [\w-]+: text '.+' and \d+ more run\(s\) of it is set at 10\.5 pt in rich black \(C60 M40 Y40 K100\)", run.Error);
        Assert.False(File.Exists(Path.Combine(workspace.Output, "stop-human-trafficking", "stop-human-trafficking.en.print.pdf")));
    }

    [SkippableFact]
    public void Small_text_in_four_inks_is_a_registration_warning_and_fails_its_report_check()
    {
        using var workspace = new TempWorkspace();
        workspace.Edit(workspace.ThemeFile(), "  link-navy: \"0 0 0 100\"", "  link-navy: \"100 72 20 50\"");

        var run = CliRun.Build(workspace, "--locale", "en", "--edition", "print");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"warning BG0709: page outside, panel [\w-]+: text '.+' and \d+ more run\(s\) of it is set at 1\d(\.\d)? pt in 4 inks \(C100 M72 Y20 K50\)", run.Output + run.Error);
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, "report.json")));
        var preflight = report.RootElement.GetProperty("editions")[0].GetProperty("preflight");
        Assert.False(preflight.GetProperty("small text in at most two inks").GetBoolean());
        Assert.True(preflight.GetProperty("thin lines in one ink").GetBoolean());
    }

    [SkippableFact]
    public void An_unknown_printing_condition_is_an_error_at_its_line_with_the_known_ones()
    {
        using var workspace = new TempWorkspace();
        var layout = Path.Combine(workspace.Templates, "layouts", "trifold-letter.yaml");
        workspace.Edit(layout, "condition: gracol-2006-coated", "condition: gracol-2006-coatd");

        var run = CliRun.Build(workspace, "--locale", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"trifold-letter.yaml({TempWorkspace.LineOf(layout, "condition:")},", run.Error, StringComparison.Ordinal);
        Assert.Contains("unknown printing condition 'gracol-2006-coatd' (did you mean 'gracol-2006-coated'?); known: gracol-2006-coated, fogra39-coated", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(workspace.Output, "stop-human-trafficking")));
    }

    /// <summary>The single GTS_PDFX output intent of a PDF: its condition, registry and embedded profile.</summary>
    internal static (string Identifier, string Registry, byte[] Profile) OutputIntentOf(QpdfJson pdf)
    {
        var intents = pdf.Resolve(pdf.Catalog.GetProperty("/OutputIntents")).EnumerateArray().Select(pdf.Resolve).ToList();
        var intent = Assert.Single(intents);
        Assert.Equal("/GTS_PDFX", intent.GetProperty("/S").GetString());
        var profile = intent.GetProperty("/DestOutputProfile").GetString()!;
        Assert.Equal(4, pdf.Value(profile).GetProperty("/N").GetInt32());
        return (QpdfJson.Text(intent.GetProperty("/OutputConditionIdentifier")), QpdfJson.Text(intent.GetProperty("/RegistryName")), pdf.StreamData(profile));
    }

    private static string WriteTemporary(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"brochuregen-print-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf))[..16]}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    [SkippableFact]
    public void Crop_and_fold_marks_lie_outside_the_bleed_box()
    {
        var pdf = PrintPdf.Value;
        foreach (var page in pdf.Pages())
        {
            var bleed = Box(page, "/BleedBox");
            var height = Box(page, "/MediaBox").Y2;
            var strokes = Strokes(pdf.PageContent(page));
            var marks = strokes.Where(s => s.Weight == 0.5).ToList();
            Assert.Equal(8 + 4, marks.Count); // four corners × two lines, two folds × two lines
            foreach (var mark in marks)
            {
                foreach (var (x, y) in new[] { (mark.X1, mark.Y1), (mark.X2, mark.Y2) })
                {
                    var inside = x > bleed.X1 + 0.01 && x < bleed.X2 - 0.01 && y > bleed.Y1 + 0.01 && y < bleed.Y2 - 0.01;
                    Assert.False(inside, $"mark point ({x}, {y}) is inside the bleed box {bleed}");
                }
            }

            _ = height;
        }
    }

    [SkippableFact]
    public void The_cover_background_reaches_the_bleed_edge_on_three_sides()
    {
        var pdf = PrintPdf.Value;
        var outside = pdf.Pages()[0];
        var bleed = Box(outside, "/BleedBox");
        var trim = Box(outside, "/TrimBox");
        var rects = ContentStreamScanner.Rectangles(pdf.PageContent(outside)).Select(r => new[] { r.X, r.Y, r.Width, r.Height }).ToList();

        // The cover is the right-hand panel of the outside sheet: its navy background runs from
        // the second fold to the right bleed edge, top to bottom bleed edge.
        Assert.Contains(rects, r => Near(r[0], trim.X1 + 526.5) && Near(r[0] + r[2], bleed.X2) && Near(Math.Min(r[1], r[1] + r[3]), bleed.Y1) && Near(Math.Max(r[1], r[1] + r[3]), bleed.Y2));
    }

    [SkippableFact]
    public void The_print_edition_paints_only_cmyk_and_black_text_is_100_percent_k()
    {
        var pdf = PrintPdf.Value;
        foreach (var page in pdf.Pages())
        {
            var content = pdf.PageContent(page);
            Assert.DoesNotMatch(@"(^|\s)([-\d.]+\s+){3}(rg|RG)\b", content);
            Assert.DoesNotMatch(@"\b(sc|SC|scn|SCN|g|G|cs|CS)\b", Regex.Replace(content, @"<[0-9a-fA-F]*>|\([^)]*\)", string.Empty));
            Assert.Matches(@"0 0 0 1 k", content);
        }
    }

    [SkippableFact]
    public void The_print_edition_is_tagged_like_the_screen_edition_with_its_links_as_spans()
    {
        // Elements, order, text and attributes are the same; the screen edition's Link elements
        // hold link annotations, which paper cannot have (nor PDF/X inside the bleed box): there
        // each is a Span with the same text, so nothing announces a link that cannot be followed.
        var screen = Poppler.Run("pdfinfo", "-struct-text", English.Value.Pdf);
        var print = Poppler.Run("pdfinfo", "-struct-text", English.Value.PrintPdf!);
        var annotationLine = new Regex(@"^\s*Object \d+ \d+\n", RegexOptions.Multiline);
        var linkLine = new Regex(@"^(\s*)Link \(inline\)$", RegexOptions.Multiline);
        Assert.True(annotationLine.Matches(screen).Count >= 10);
        Assert.Equal(annotationLine.Matches(screen).Count, linkLine.Matches(screen).Count);
        Assert.DoesNotMatch(linkLine, print);
        Assert.Equal(linkLine.Replace(annotationLine.Replace(screen, string.Empty), "$1Span (inline)"), print);
        Assert.All(PrintPdf.Value.Pages(), page => Assert.False(page.TryGetProperty("/Annots", out _)));
    }

    [SkippableFact]
    public void The_xmp_identifies_the_document_and_its_version_as_the_trailer_does_and_only_the_version_changes_with_the_content()
    {
        ExternalTool.Require("qpdf", ExternalTool.QpdfPackage);
        var first = Identifiers(English.Value.PrintPdf!);
        Assert.Equal("default", first.Rendition);
        Assert.Matches("^[0-9]{8}$", first.Version);

        using var workspace = new TempWorkspace();
        // Keywords are drawn nowhere: the file changes, and so does its instance id.
        workspace.Edit(workspace.ContentFile("en"), "keywords: [human trafficking, Connecticut, victim rights]", "keywords: [human trafficking, Connecticut, victim rights, hotline]");
        var changed = Identifiers(Build(workspace.Content, workspace.Templates).PrintPdf!);
        Assert.Equal(first.Document, changed.Document);
        Assert.NotEqual(first.Instance, changed.Instance);
        Assert.Equal(first, Identifiers(Build(RepoPaths.Content, RepoPaths.Templates).PrintPdf!));

        static (string Document, string Instance, string Version, string Rendition) Identifiers(byte[] pdf)
        {
            var json = QpdfJson.Read(pdf);
            var xmp = Encoding.UTF8.GetString(json.StreamData(json.Catalog.GetProperty("/Metadata").GetString()!));
            string Field(string name) => Regex.Match(xmp, $"<xmpMM:{name}>([^<]*)</xmpMM:{name}>").Groups[1].Value;
            var ids = json.Trailer.GetProperty("/ID").EnumerateArray().Select(e => e.GetString()!.Replace("b:", string.Empty, StringComparison.Ordinal).ToUpperInvariant()).ToList();
            var (document, instance) = (Field("DocumentID"), Field("InstanceID"));
            Assert.Matches("^uuid:[0-9a-f-]{36}$", document);
            Assert.Equal(document["uuid:".Length..].Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant(), ids[0]);
            Assert.Equal(instance["uuid:".Length..].Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant(), ids[1]);
            return (document, instance, Field("VersionID"), Field("RenditionClass"));
        }
    }

    [SkippableFact]
    public void The_sample_passes_preflight_and_qpdf_check()
    {
        Assert.Empty(English.Value.Preflight);
        var fonts = Poppler.Run("pdffonts", English.Value.PrintPdf!).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        Assert.All(fonts, row => Assert.Contains("yes yes yes", Regex.Replace(row, @"\s+", " "), StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Text_inside_the_safe_margin_fails_preflight_naming_edition_page_panel_and_text()
    {
        using var workspace = new TempWorkspace();
        var layout = Path.Combine(workspace.Templates, "layouts", "trifold-letter.yaml");
        workspace.Edit(layout, "  outer: 30           # at the sheet's left and right edges", "  outer: 5");

        var run = CliRun.Build(workspace, "--locale", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"stop-human-trafficking\.en\.print\.pdf: error BG0701: page outside, panel flap: text '.+' lies \d+(\.\d)? pt outside the safe area", run.Error);
        Assert.False(File.Exists(Path.Combine(workspace.Output, "stop-human-trafficking", "stop-human-trafficking.en.print.pdf")));
    }

    [SkippableFact]
    public void Report_json_lists_the_preflight_checks_and_a_failure_replaces_the_earlier_success()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--locale", "en", "--edition", "print").ExitCode);
        Assert.All(Preflight(workspace), check => Assert.True(check.Passed, check.Name));
        Assert.Equal(Print.Preflight.Checks.Select(c => c.Name), Preflight(workspace).Select(c => c.Name));

        workspace.Edit(Path.Combine(workspace.Templates, "layouts", "trifold-letter.yaml"), "  outer: 30           # at the sheet's left and right edges", "  outer: 5");
        Assert.Equal(1, CliRun.Build(workspace, "--locale", "en", "--edition", "print").ExitCode);

        var failed = Preflight(workspace);
        Assert.False(failed.Single(c => c.Name == "text inside the safe area").Passed);
        Assert.True(failed.Single(c => c.Name == "CMYK only").Passed);

        static List<(string Name, bool Passed)> Preflight(TempWorkspace workspace)
        {
            using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, "report.json")));
            var english = report.RootElement.GetProperty("editions").EnumerateArray().Single(e => e.GetProperty("locale").GetString() == "en");
            return english.GetProperty("preflight").EnumerateObject().Select(p => (p.Name, p.Value.GetBoolean())).ToList();
        }
    }

    [SkippableFact]
    public void A_low_resolution_image_fails_preflight()
    {
        // A Markdown image is placed at 300 ppi at most; a template can scale one up.
        using var workspace = new TempWorkspace(yamlRoute: true);
        var image = Path.Combine(workspace.BrochureFolder, "emblem.png");
        using (var bitmap = new SKBitmap(40, 40))
        {
            bitmap.Erase(SKColors.DarkBlue);
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(image, data.ToArray());
        }

        workspace.Edit(workspace.TemplateFile(), "  {{ bullets(content.laws.items) }}\n", "  {{ bullets(content.laws.items) }}\n  <figure src=\"emblem.png\" alt=\"The brochure's emblem\" width=\"72\" height=\"72\"/>\n");

        var run = CliRun.Build(workspace, "--locale", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BG0702: page inside, panel inside-middle: image 'emblem.png' has 40 ppi at its placed size; print needs at least 300 ppi", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Images_are_converted_to_cmyk_in_the_print_edition_and_stay_tagged()
    {
        using var workspace = new TempWorkspace();
        var image = Path.Combine(workspace.BrochureFolder, "emblem.png");
        using (var bitmap = new SKBitmap(320, 320))
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawCircle(160, 160, 120, new SKPaint { Color = new SKColor(0x0F, 0x30, 0x57), IsAntialias = true });
            canvas.Flush();
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(image, data.ToArray());
        }

        LawsFigure(workspace, "A navy circle, the brochure's emblem");

        var output = Build(workspace.Content, workspace.Templates);

        Assert.Empty(output.Preflight);
        var print = output.PrintPdf!;
        Assert.DoesNotContain("/DeviceRGB", System.Text.Encoding.Latin1.GetString(print), StringComparison.Ordinal);
        var pdf = QpdfJson.Read(print);
        var figure = Assert.Single(StructureNode.Read(pdf).Descendants(), n => n.Type == "Figure");
        Assert.Equal("A navy circle, the brochure's emblem", figure.Alt);
        Assert.All(pdf.Pages(), page => Assert.Empty(ContentStreamScanner.Scan(pdf.PageContent(page)).UntaggedOperators));
        var listing = Poppler.Run("pdfimages", "-list", print);
        Assert.Contains("cmyk", listing, StringComparison.Ordinal);
        Assert.DoesNotContain(" rgb ", listing, StringComparison.Ordinal);

        // The navy is separated through the output intent's profile (perceptual), as LittleCMS's
        // own calculator separates it, not by a formula; paper white stays free of ink.
        var page = pdf.Pages()[0];
        var reference = pdf.Resolve(pdf.Resolve(page.GetProperty("/Resources")).GetProperty("/XObject")).EnumerateObject().First().Value.GetString()!;
        var pixels = pdf.StreamData(reference);
        var centre = ((160 * 320) + 160) * 4;
        var expected = ColorSeparationTests.Transicc("GRACoL2006-Coated.icc", 0x0F, 0x30, 0x57, intent: 0);
        for (var channel = 0; channel < 4; channel++)
        {
            Assert.InRange(pixels[centre + channel], (expected[channel] * 2.55) - 2, (expected[channel] * 2.55) + 2);
        }

        Assert.Equal([0, 0, 0, 0], pixels[..4]);
    }

    [SkippableFact]
    public void Hairlines_and_missing_bleed_are_found()
    {
        var imposed = English.Value.Imposed!;
        var page = imposed.Layout.Pages[0];
        var panel = page.Panels[0];
        var broken = imposed with
        {
            Layout = imposed.Layout with
            {
                Pages =
                [
                    page with
                    {
                        Panels =
                        [
                            panel with
                            {
                                Items =
                                [
                                    .. panel.Items,
                                    // Panel-relative: x = 0 is the first panel's left edge, which is the trim line.
                                    new Layout.LineItem(20, 100, 60, 100, 0.1, Layout.Theme.InkColor.RegistrationBlack),
                                    new Layout.RectItem(0, 200, 50, 20, Layout.Theme.InkColor.RegistrationBlack),
                                    new Layout.StrokeRectItem(20, 300, 10, 10, 0.1, Layout.Theme.InkColor.RegistrationBlack),
                                    new Layout.StrokeRectItem(20, 320, 10, 10, 0.3, new Layout.Theme.InkColor(new Layout.Theme.RgbColor(0, 0, 0), new Layout.Theme.CmykColor(60, 40, 40, 100))),
                                ],
                            },
                            .. page.Panels.Skip(1),
                        ],
                    },
                    imposed.Layout.Pages[1],
                ],
            },
        };

        var findings = Preflight.Check(broken, new Rendering.Pdf.PdfWriteReport(English.Value.PrintPdf!, WroteRgb: false, []), "test.print.pdf").Select(d => d.ToString()).ToList();

        Assert.Contains(findings, f => f.Contains("BG0705", StringComparison.Ordinal) && f.Contains("panel flap: a line is 0.1 pt thin", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("BG0706", StringComparison.Ordinal) && f.Contains("touches the left trim edge", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("BG0705", StringComparison.Ordinal) && f.Contains("panel flap: an outline is 0.1 pt thin", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("BG0708", StringComparison.Ordinal) && f.Contains("panel flap: a 0.3 pt #000000 outline is printed in 4 inks", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void An_over_inked_image_and_a_rich_black_hairline_fail_preflight_naming_them()
    {
        // RGB images are separated through a profile that keeps them under 300 %, so a build
        // cannot make an over-inked one; the check reads what the writer reports it separated,
        // and that report is what this fixture sets.
        using var workspace = new TempWorkspace();
        var image = Path.Combine(workspace.BrochureFolder, "over-inked.png");
        using (var bitmap = new SKBitmap(600, 600))
        {
            bitmap.Erase(SKColors.Black);
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(image, data.ToArray());
        }

        var richBlack = new Layout.Theme.InkColor(new Layout.Theme.RgbColor(0, 0, 0), new Layout.Theme.CmykColor(60, 40, 40, 100));
        var imposed = English.Value.Imposed!;
        var inside = imposed.Layout.Pages[1];
        var panel = inside.Panels[1];
        var broken = imposed with
        {
            Layout = imposed.Layout with
            {
                Pages =
                [
                    imposed.Layout.Pages[0],
                    inside with
                    {
                        Panels =
                        [
                            inside.Panels[0],
                            panel with { Items = [.. panel.Items, new Layout.ImageItem(40, 300, 72, 72, new Layout.ImageResolver(workspace.BrochureFolder).Resolve("over-inked.png", Diagnostics.SourceLocation.InFile("en.md"))), new Layout.LineItem(40, 400, 180, 400, 0.3, richBlack)] },
                            .. inside.Panels.Skip(2),
                        ],
                    },
                ],
            },
        };
        var written = new Rendering.Pdf.PdfWriteReport(English.Value.PrintPdf!, WroteRgb: false, []) { ImageInk = new Dictionary<string, double> { [image] = 340 } };

        var findings = Preflight.Check(broken, written, "test.print.pdf").Select(d => d.ToString()).ToList();

        Assert.Contains($"test.print.pdf: error BG0707: page inside, panel {panel.Slot}: image 'over-inked.png' has pixels with 340 % ink; the press allows at most 300 %", findings);
        Assert.Contains($"test.print.pdf: error BG0708: page inside, panel {panel.Slot}: a 0.3 pt #000000 line is printed in 4 inks (C60 M40 Y40 K100); plates never register exactly, so a line under 0.5 pt must be one ink (100 % K for black)", findings);
    }

    [SkippableFact]
    public void Build_writes_the_print_pdf_and_folded_mockup_for_every_locale()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRun.Build(workspace, "--edition", "print", "--jobs", "2").ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, "report.json")));
        foreach (var edition in report.RootElement.GetProperty("editions").EnumerateArray())
        {
            var kinds = edition.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
            Assert.Contains("print", kinds);
            Assert.Contains("folded", kinds);
        }
    }

    private static EditionOutput Build(string content, string templates)
    {
        return EnglishEdition.Build(content, templates, "en");
    }

    // An image after the laws (inside-middle); without a size, it is placed at 300 ppi.
    private static void LawsFigure(TempWorkspace workspace, string alt) =>
        workspace.Edit(workspace.ContentFile("en"), "  - Provide labor or services the person has a legal right to refrain from providing.\n", $"  - Provide labor or services the person has a legal right to refrain from providing.\n\n![{alt}](emblem.png)\n");

    private static bool Near(double a, double b) => Math.Abs(a - b) < 0.05;

    private static (double X1, double Y1, double X2, double Y2) Box(JsonElement page, string name)
    {
        var values = page.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();
        return (values[0], values[1], values[2], values[3]);
    }

    // Stroked straight lines: "w" sets the weight, "x y m x y l S" draws.
    private static List<(double X1, double Y1, double X2, double Y2, double Weight)> Strokes(string content)
    {
        var result = new List<(double, double, double, double, double)>();
        var weight = 1.0;
        foreach (Match match in Regex.Matches(content, @"([-\d.]+) w\b|([-\d.]+) ([-\d.]+) m\s+([-\d.]+) ([-\d.]+) l\s+S"))
        {
            double D(int group) => double.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (match.Groups[1].Success)
            {
                weight = D(1);
            }
            else
            {
                result.Add((D(2), D(3), D(4), D(5), weight));
            }
        }

        return result;
    }
}
