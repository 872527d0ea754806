using System.Text;
using BrochureGen.Diagnostics;
using BrochureGen.Tests.Support;
using Xunit.Abstractions;

namespace BrochureGen.Tests;

/// <summary>
/// Starting from the sample content and template, applies a few thousand seeded random edits
/// (delete or duplicate lines, insert characters, change a value's type) and runs the pipeline
/// up to layout; the same for the Markdown file's YAML front matter, and random byte edits of a
/// PNG and a JPEG through the image checks and every decoder that draws them. Every case must
/// either succeed or end in diagnostics: never an unhandled exception, never a hang (each case
/// has a time bound).
/// </summary>
public sealed class RandomizedRobustnessTests(ITestOutputHelper output)
{
    private const int Seed = 20261128;
    private const int Cases = 1500;
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(10);
    private static readonly string[] MarkdownInsertions = [":::", "::: callout", "{.new-panel}", "{pin=back}", "{pin=nowhere}", "{.qr}", "|---|", "| a | b |", "- [ ] ", "- [x] ", "1. ", "![", "](", "![x](nowhere.png)", "> ", ">>>>>>>>", "```", "    ", "# ", "## ", "#### ", "<!--", "-->", "<b>", "---", "\\", "^", "~~", "[link](#)"];
    private static readonly string[] Insertions = [":", "- ", "[", "]", "{", "}", "\"", "'", "*", "**", "^", "\\", "\t", "#", "&", "<", ">", "<panel>", "{{", "}}", "é", "中", "\u0301", "\u0007", "§", "%", "1-888-", "www.", "\n", "  ", "|", "!", "@", "`"];

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Random_edits_build_or_report_diagnostics_never_crash_or_hang(bool yamlRoute)
    {
        using var workspace = new TempWorkspace(yamlRoute);
        var contentPath = workspace.ContentFile("en");
        var templatePath = workspace.TemplateFile();
        var content = File.ReadAllText(contentPath);
        var template = File.ReadAllText(templatePath);
        var random = new Random(Seed);
        var (built, diagnosed) = (0, 0);

        for (var i = 0; i < Cases; i++)
        {
            var editTemplate = random.NextDouble() < 0.2;
            var mutated = Mutate(editTemplate ? template : content, random, yamlRoute ? Insertions : [.. Insertions, .. MarkdownInsertions]);
            File.WriteAllText(contentPath, editTemplate ? content : mutated);
            File.WriteAllText(templatePath, editTemplate ? mutated : template);

            var run = Task.Run(() =>
            {
                try
                {
                    EnglishEdition.LayOut(workspace.Content, workspace.Templates, "en");
                    return true;
                }
                catch (BrochureException ex)
                {
                    Assert.NotEmpty(ex.Diagnostics);
                    return false;
                }
            });

            bool ok;
            try
            {
                ok = await run.WaitAsync(PerCase);
            }
            catch (Exception ex) when (ex is not TimeoutException)
            {
                Assert.Fail($"case {i} (seed {Seed}) crashed with {ex}\n--- {(editTemplate ? "template" : "content")} ---\n{mutated}");
                return;
            }
            catch (TimeoutException)
            {
                Assert.Fail($"case {i} (seed {Seed}) did not finish within {PerCase.TotalSeconds} s\n--- {(editTemplate ? "template" : "content")} ---\n{mutated}");
                return;
            }

            (built, diagnosed) = ok ? (built + 1, diagnosed) : (built, diagnosed + 1);
        }

        output.WriteLine($"{Cases} cases: {built} laid out, {diagnosed} reported diagnostics");
        Assert.True(diagnosed > Cases / 10, "the edits should break the input often");
        Assert.True(built > Cases / 20, "harmless edits should still build");
    }

    private const int FrontMatterCases = 500;
    private static readonly string[] YamlInsertions = ["&a ", "*a", "&a [x, y, z]", "[*a, *a, *a, *a, *a, *a, *a, *a, *a]", "<<: *a", "---", "...", "? ", "- - - - ", "[[[[", "]]", "{a: {b: {c: ", "!!binary ", "!!str ", "!custom ", "%YAML 1.2", "|", ">-", "&x [*x]", "*missing", "~", "null", "0x1F", "1e400", "'", "\"", "\\u0000"];

    /// <summary>
    /// The same for the Markdown file's YAML front matter (between its '---' lines): YAML syntax,
    /// anchors and aliases, document markers and deep nesting among the insertions.
    /// </summary>
    [SkippableFact]
    public async Task Random_edits_of_the_front_matter_build_or_report_diagnostics()
    {
        using var workspace = new TempWorkspace();
        var contentPath = workspace.ContentFile("en");
        var lines = File.ReadAllText(contentPath).Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        var (front, rest) = (string.Join('\n', lines[1..end]), string.Join('\n', lines[end..]));
        var random = new Random(Seed);
        var (built, diagnosed) = (0, 0);
        for (var i = 0; i < FrontMatterCases; i++)
        {
            var mutated = Mutate(front, random, [.. Insertions, .. YamlInsertions]);
            File.WriteAllText(contentPath, "---\n" + mutated + "\n" + rest);
            var ok = await BuildsOrDiagnoses(() => EnglishEdition.LayOut(workspace.Content, workspace.Templates, "en"), $"case {i} (seed {Seed})", mutated);
            (built, diagnosed) = ok ? (built + 1, diagnosed) : (built, diagnosed + 1);
        }

        output.WriteLine($"{FrontMatterCases} front matter cases: {built} laid out, {diagnosed} reported diagnostics");
        Assert.True(diagnosed > FrontMatterCases / 10, "the edits should break the front matter often");
        Assert.True(built > FrontMatterCases / 20, "harmless edits should still build");
    }

    private const int ImageCases = 600;

    /// <summary>
    /// Random byte edits of a PNG and of a JPEG (bits flipped, bytes changed, inserted, deleted,
    /// the file cut short, the header's size replaced): each image is either refused with an image
    /// diagnostic at the figure or accepted, and an accepted one is drawn by every decoder that
    /// draws images (the screen and print PDFs' image tables and the PNG proof), never crashing.
    /// </summary>
    [SkippableTheory]
    [InlineData("png")]
    [InlineData("jpeg")]
    public async Task Random_byte_edits_of_an_image_are_drawn_or_refused_never_crash_or_hang(string format)
    {
        using var workspace = new TempWorkspace();
        var original = TestImages.Encoded(format == "png" ? SkiaSharp.SKEncodedImageFormat.Png : SkiaSharp.SKEncodedImageFormat.Jpeg);
        var path = Path.Combine(workspace.BrochureFolder, "figure." + format);
        var at = new SourceLocation("en.md", 80, 1);
        void Draw()
        {
            var image = new Layout.ImageResolver(workspace.BrochureFolder).Resolve(Path.GetFileName(path), at);
            foreach (var print in new[] { false, true })
            {
                new Rendering.Pdf.Writer.ImageTable(new Rendering.Pdf.Writer.PdfFile(), print, outputProfile: null).For(image);
            }

            var page = new Layout.LaidOutPage("test", 72, 72, [new Layout.LaidOutPanel("test", 0, 72, 72, [new Layout.ImageItem(0, 0, 72, 72, image)])]);
            Rendering.Png.PngRenderer.Render(page, 72);
        }

        File.WriteAllBytes(path, original);
        Assert.True(await BuildsOrDiagnoses(Draw, "the unedited image", Convert.ToHexString(original)), "the unedited image must draw");

        var random = new Random(Seed);
        var (drawn, refused) = (0, 0);
        for (var i = 0; i < ImageCases; i++)
        {
            var bytes = MutateBytes(original, random);
            if (format == "png" && random.Next(2) == 0)
            {
                bytes = TestImages.WithValidChecksums(bytes);
            }

            File.WriteAllBytes(path, bytes);
            var ok = await BuildsOrDiagnoses(
                Draw,
                $"case {i} (seed {Seed})",
                Convert.ToHexString(bytes),
                diagnostic => Assert.True(diagnostic.Code is "BG0504" or "BG0508" or "BG0509" && diagnostic.Location == at, diagnostic.ToString()));
            (drawn, refused) = ok ? (drawn + 1, refused) : (drawn, refused + 1);
        }

        // An edit of a PNG breaks a chunk's checksum (half the cases then get valid checksums over
        // the damage, so that the decoder meets it); a JPEG has none, and many edits only change pixels.
        output.WriteLine($"{ImageCases} {format} cases: {drawn} drawn, {refused} refused");
        Assert.True(refused > ImageCases / 10, "the edits should damage the image often");
    }

    // Runs one case within the time bound: true when it builds, false when it ends in diagnostics
    // (each checked by 'check'); anything else fails the test with the input that caused it.
    private static async Task<bool> BuildsOrDiagnoses(Action build, string name, string input, Action<Diagnostic>? check = null)
    {
        var run = Task.Run(() =>
        {
            try
            {
                build();
                return true;
            }
            catch (BrochureException ex)
            {
                Assert.NotEmpty(ex.Diagnostics);
                foreach (var diagnostic in ex.Diagnostics)
                {
                    check?.Invoke(diagnostic);
                }

                return false;
            }
        });

        try
        {
            return await run.WaitAsync(PerCase);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{name} did not finish within {PerCase.TotalSeconds} s\n--- input ---\n{input}");
            throw;
        }
        catch (Exception ex)
        {
            Assert.Fail($"{name} crashed with {ex}\n--- input ---\n{input}");
            throw;
        }
    }

    private static byte[] MutateBytes(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var index = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[index] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[index] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.InsertRange(index, Enumerable.Range(0, random.Next(1, 16)).Select(_ => (byte)random.Next(256)));
                    break;
                case 3:
                    bytes.RemoveRange(index, Math.Min(bytes.Count - index, random.Next(1, 64)));
                    break;
                case 4:
                    bytes.RemoveRange(index, bytes.Count - index);
                    break;
                default:
                    // A header that claims another size: PNG's IHDR width or height, or bytes of a JPEG frame header.
                    var at = random.Next(2) == 0 ? 16 : 20;
                    if (bytes.Count > at + 4)
                    {
                        var size = BitConverter.GetBytes((uint)random.NextInt64(0, 1L << 32));
                        bytes.RemoveRange(at, 4);
                        bytes.InsertRange(at, size);
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    private static string Mutate(string text, Random random, string[] insertions)
    {
        var lines = text.Split('\n').ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var index = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0:
                    lines.RemoveAt(index);
                    break;
                case 1:
                    lines.Insert(index, lines[index]);
                    break;
                case 2:
                    var line = lines[index];
                    var at = random.Next(line.Length + 1);
                    lines[index] = line[..at] + insertions[random.Next(insertions.Length)] + line[at..];
                    break;
                case 3:
                    // Swap a value's type: text becomes a one-entry list, a list entry becomes text.
                    var colon = lines[index].IndexOf(": ", StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        lines[index] = lines[index][..(colon + 2)] + "[" + lines[index][(colon + 2)..] + "]";
                    }
                    else if (lines[index].TrimStart().StartsWith("- ", StringComparison.Ordinal))
                    {
                        lines[index] = lines[index].Replace("- ", "x: ", StringComparison.Ordinal);
                    }

                    break;
                default:
                    var other = random.Next(lines.Count);
                    (lines[index], lines[other]) = (lines[other], lines[index]);
                    break;
            }

            if (lines.Count == 0)
            {
                lines.Add(string.Empty);
            }
        }

        return new StringBuilder().AppendJoin('\n', lines).ToString();
    }
}
