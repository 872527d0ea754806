using System.Runtime.InteropServices;
using BrochureGen.Tests.Support;
using SkiaSharp;
using Xunit.Abstractions;

namespace BrochureGen.Tests;

/// <summary>
/// Input made by an attacker, or by a machine that fails (issue 19): links out of the content and
/// templates folders, FIFOs and devices where files should be, YAML, Markdown and image bombs,
/// damaged images and fonts. Each case runs the command line as a child process and must end in
/// a diagnostic at the right file (and line) with exit code 1 — never a hang, a crash or a stack
/// trace — within 10 s and 500 MB, with nothing written to the output folder and nothing from
/// outside the two folders published.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);
    private const long MemoryLimit = 500L * 1024 * 1024;

    public static readonly TheoryData<string> Cases = new(HostileCase.All.Keys);

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_input_ends_in_a_diagnostic_within_10_s_and_500_MB(string name)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links, FIFOs, /dev/zero and /proc/PID/status are tested on Linux");
        var @case = HostileCase.All[name];
        using var workspace = new TempWorkspace(yamlRoute: @case.YamlRoute);
        File.WriteAllText(HostileCase.Secret(workspace), HostileCase.SecretText);
        @case.Arrange(workspace);
        var where = @case.Where(workspace);

        var run = await ChildBuild.Run(workspace, TimeLimit, "--locale", "en");
        output.WriteLine($"exit {run.ExitCode}, {run.Elapsed.TotalSeconds:F1} s, peak {run.PeakBytes / 1024 / 1024} MB: {run.Error.Split('\n').FirstOrDefault(l => l.Contains("error ", StringComparison.Ordinal))}");

        Assert.False(run.TimedOut, $"still running after {TimeLimit.TotalSeconds} s (killed)");
        Assert.True(run.Elapsed < TimeLimit, $"took {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.PeakBytes is > 0 and < MemoryLimit, $"peak memory {run.PeakBytes / 1024 / 1024} MB");
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        foreach (var file in Directory.Exists(workspace.Output) ? Directory.GetFiles(workspace.Output, "*", SearchOption.AllDirectories) : [])
        {
            Assert.DoesNotContain(HostileCase.SecretText, File.ReadAllText(file), StringComparison.Ordinal);
        }

        if (@case.Code is null)
        {
            Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}:\n{run.Error}");
            return;
        }

        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}:\n{run.Output}\n{run.Error}");
        var line = run.Error.Split('\n').FirstOrDefault(l => l.Contains($"error {@case.Code}:", StringComparison.Ordinal));
        Assert.True(line is not null, $"no {@case.Code} in:\n{run.Error}");
        Assert.StartsWith(where, line, StringComparison.Ordinal);
        foreach (var fragment in @case.Fragments)
        {
            Assert.Contains(fragment, line, StringComparison.Ordinal);
        }

        var written = Directory.Exists(workspace.Output)
            ? Directory.GetFiles(workspace.Output, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) is not ("report.json" or "index.html")).ToList()
            : [];
        Assert.True(written.Count == 0, $"written: {string.Join(", ", written)}");
    }
}

/// <summary>
/// A hostile input: how to make it, the code of the diagnostic it must end in (null: it must
/// build), where that diagnostic must point (the start of its line, computed once the input is
/// made) and what its message must say. YAML-route cases use the YAML-keys fixture.
/// </summary>
public sealed record HostileCase(Action<TempWorkspace> Arrange, string? Code, Func<TempWorkspace, string> Where, params string[] Fragments)
{
    public bool YamlRoute { get; init; }

    public const string SecretText = "TOP-SECRET runner credential 7741";

    /// <summary>A file outside the content and templates folders that must never be published.</summary>
    public static string Secret(TempWorkspace w) => Path.Combine(w.Root, "secret.txt");

    private const string Brochure = "content/stop-human-trafficking/";
    private const string Anchor = "- Victims may also qualify for housing and food assistance.\n";

    private static readonly string Laughs = string.Join('\n', new[] { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" }
        .Concat("bcdefghij".Select((name, i) => $"{name}: &{name} [{string.Join(',', Enumerable.Repeat($"*{"abcdefghij"[i]}", 9))}]"))) + "\n";

    private static readonly string Dashes = string.Concat(Enumerable.Repeat("- ", 20_000)) + "x";

    public static readonly IReadOnlyDictionary<string, HostileCase> All = new Dictionary<string, HostileCase>
    {
        // Item 3: files are opened safely.
        ["image: a link to an image outside the content folder"] = new(
            w => { File.WriteAllBytes(Path.Combine(w.Root, "outside.png"), TestImages.Encoded(SKEncodedImageFormat.Png)); Link(Path.Combine(w.BrochureFolder, "emblem.png"), Path.Combine(w.Root, "outside.png")); Append(w, "![An emblem](emblem.png)"); },
            "BG0503", w => AtAppended(w, "![An emblem](emblem.png)"), "is a link to", "outside.png", "must be inside the brochure's content folder"),
        ["image: in a folder that is a link out of the content folder"] = new(
            w => { Directory.CreateDirectory(Path.Combine(w.Root, "elsewhere")); File.WriteAllBytes(Path.Combine(w.Root, "elsewhere", "photo.png"), TestImages.Encoded(SKEncodedImageFormat.Png)); Link(Path.Combine(w.BrochureFolder, "images"), Path.Combine(w.Root, "elsewhere")); Append(w, "![A photo](images/photo.png)"); },
            "BG0503", w => AtAppended(w, "![A photo](images/photo.png)"), "is a link to", "elsewhere"),
        ["locale file: a link to a file outside the content folder"] = new(
            w => { File.WriteAllText(Path.Combine(w.Root, "en.md"), File.ReadAllText(w.ContentFile("en")) + "\n" + SecretText + "\n"); File.Delete(w.ContentFile("en")); Link(w.ContentFile("en"), Path.Combine(w.Root, "en.md")); },
            "BG0116", _ => Brochure + "en.md: ", "is a link to", "outside"),
        ["template include: a link to a file outside the templates folder"] = new(
            w => { Link(Path.Combine(w.Templates, "trifold", "secret.sbn"), Secret(w)); File.WriteAllText(w.TemplateFile(), "{{ include 'secret.sbn' }}\n" + File.ReadAllText(w.TemplateFile())); },
            "BG0204", _ => "templates/trifold/brochure.sbn(1,", "include", "refused", "is a link to") { YamlRoute = true },
        ["template: brochure.sbn a link out of the templates folder"] = new(
            w => { File.Copy(w.TemplateFile(), Path.Combine(w.Root, "brochure.sbn")); File.Delete(w.TemplateFile()); Link(w.TemplateFile(), Path.Combine(w.Root, "brochure.sbn")); },
            "BG0116", _ => "templates/flow/brochure.sbn: ", "is a link to", "must be inside the templates folder"),
        ["template: 'template: ../content/…' runs a template shipped with the content"] = new(
            w => { Directory.CreateDirectory(Path.Combine(w.BrochureFolder, "evil")); File.WriteAllText(Path.Combine(w.BrochureFolder, "evil", "brochure.sbn"), "<brochure>" + SecretText + "</brochure>"); File.AppendAllText(w.ManifestFile, "template: ../content/stop-human-trafficking/evil\n"); },
            "BG0123", w => $"{Brochure}brochure.yaml({TempWorkspace.LineOf(w.ManifestFile, "template: ../content")},", "must name a folder of templates/"),
        ["template: a layout's 'template: ../content/…'"] = new(
            w => { Directory.CreateDirectory(Path.Combine(w.BrochureFolder, "evil")); File.WriteAllText(Path.Combine(w.BrochureFolder, "evil", "brochure.sbn"), "<brochure>" + SecretText + "</brochure>"); w.Edit(Path.Combine(w.Templates, "layouts", "trifold-letter.yaml"), "template: flow", "template: ../content/stop-human-trafficking/evil"); },
            "BG0123", w => $"templates/layouts/trifold-letter.yaml({TempWorkspace.LineOf(Path.Combine(w.Templates, "layouts", "trifold-letter.yaml"), "template: ../content")},", "must name a folder of templates/"),
        ["theme: a link to a theme outside the templates folder"] = new(
            w => { File.Copy(w.ThemeFile(), Path.Combine(w.Root, "civic.yaml")); File.Delete(w.ThemeFile()); Link(w.ThemeFile(), Path.Combine(w.Root, "civic.yaml")); },
            "BG0116", _ => "templates/themes/civic.yaml: ", "is a link to"),
        ["font: a link to a font outside the templates folder"] = new(
            w => { File.Copy(w.FontFile("NotoSans-Regular.ttf"), Path.Combine(w.Root, "NotoSans-Regular.ttf")); File.Delete(w.FontFile("NotoSans-Regular.ttf")); Link(w.FontFile("NotoSans-Regular.ttf"), Path.Combine(w.Root, "NotoSans-Regular.ttf")); },
            "BG0406", w => $"templates/themes/civic.yaml({TempWorkspace.LineOf(w.ThemeFile(), "NotoSans-Regular.ttf")},", "is a link to", "must be inside the templates folder"),
        ["brochure folder: a link to a folder outside the content folder"] = new(
            w => { Directory.Move(w.BrochureFolder, Path.Combine(w.Root, "elsewhere")); Link(w.BrochureFolder, Path.Combine(w.Root, "elsewhere")); },
            "BG0124", _ => "content/stop-human-trafficking: ", "outside the content folder"),
        ["image: links in a loop"] = new(
            w => { Link(Path.Combine(w.BrochureFolder, "a.png"), "b.png"); Link(Path.Combine(w.BrochureFolder, "b.png"), "a.png"); Append(w, "![An emblem](a.png)"); },
            "BG0504", w => AtAppended(w, "![An emblem](a.png)"), "too many levels of symbolic links"),
        ["image: a FIFO"] = new(
            w => { Fifo(Path.Combine(w.BrochureFolder, "emblem.png")); Append(w, "![An emblem](emblem.png)"); },
            "BG0507", w => AtAppended(w, "![An emblem](emblem.png)"), "FIFO", "not a regular file"),
        ["locale file: a FIFO"] = new(
            w => { File.Delete(w.ContentFile("en")); Fifo(w.ContentFile("en")); },
            "BG0117", _ => Brochure + "en.md: ", "FIFO", "not a regular file"),
        ["font: a FIFO"] = new(
            w => { File.Delete(w.FontFile("NotoSans-Regular.ttf")); Fifo(w.FontFile("NotoSans-Regular.ttf")); },
            "BG0407", w => $"templates/themes/civic.yaml({TempWorkspace.LineOf(w.ThemeFile(), "NotoSans-Regular.ttf")},", "FIFO"),
        ["image: a link to /dev/zero"] = new(
            w => { Link(Path.Combine(w.BrochureFolder, "emblem.png"), "/dev/zero"); Append(w, "![An emblem](emblem.png)"); },
            "BG0503", w => AtAppended(w, "![An emblem](emblem.png)"), "'/dev/zero'"),
        ["locale file: a link to /dev/zero"] = new(
            w => { File.Delete(w.ContentFile("en")); Link(w.ContentFile("en"), "/dev/zero"); },
            "BG0116", _ => Brochure + "en.md: ", "'/dev/zero'"),
        ["font: /dev/zero"] = new(
            w => { File.Delete(w.FontFile("NotoSans-Regular.ttf")); Link(w.FontFile("NotoSans-Regular.ttf"), "/dev/zero"); },
            "BG0406", w => $"templates/themes/civic.yaml({TempWorkspace.LineOf(w.ThemeFile(), "NotoSans-Regular.ttf")},", "'/dev/zero'"),
        ["font: 40 MB, above the limit (checked before reading)"] = new(
            w => { using var font = File.Create(w.FontFile("NotoSans-Regular.ttf")); font.SetLength(40_000_000); },
            "BG0408", w => $"templates/themes/civic.yaml({TempWorkspace.LineOf(w.ThemeFile(), "NotoSans-Regular.ttf")},", "40,000,000 bytes", "at most 32,000,000"),
        ["font: a character map that covers Unicode 1,000 times"] = new(
            w => File.WriteAllBytes(w.FontFile("NotoSans-Regular.ttf"), TestFonts.WithRepeatedCharacterMap(1_000)),
            "BG0402", w => $"templates/themes/civic.yaml({TempWorkspace.LineOf(w.ThemeFile(), "NotoSans-Regular.ttf")},", "cannot be used", "character map is corrupt"),
        ["colour profile: a link to /dev/zero"] = new(
            w => { var profile = Path.Combine(w.Templates, "profiles", "GRACoL2006-Coated.icc"); File.Delete(profile); Link(profile, "/dev/zero"); },
            "BG0116", _ => "templates/profiles/GRACoL2006-Coated.icc: ", "'/dev/zero'"),
        ["brochure folder: a link to / inside it is not followed"] = new(
            w => Link(Path.Combine(w.BrochureFolder, "everything"), "/"),
            null, _ => string.Empty),

        // Item 4: bounded work for every parser and decoder.
        ["yaml: billion laughs in brochure.yaml"] = new(
            w => File.WriteAllText(w.ManifestFile, Laughs + File.ReadAllText(w.ManifestFile)),
            "BG0120", _ => Brochure + "brochure.yaml(4,8)", "aliases", "more than 1,000 values"),
        ["yaml: billion laughs in the front matter"] = new(
            w => File.WriteAllText(w.ContentFile("en"), "---\n" + Laughs.Replace("a: &a", "lol: &a", StringComparison.Ordinal) + File.ReadAllText(w.ContentFile("en"))["---\n".Length..]),
            "BG0120", _ => Brochure + "en.md(5,8)", "more than 1,000 values"),
        ["yaml: 20,000 dashes on one line of brochure.yaml"] = new(
            w => File.AppendAllText(w.ManifestFile, "keywords:\n  " + Dashes + "\n"),
            "BG0114", w => $"{Brochure}brochure.yaml({TempWorkspace.LineOf(w.ManifestFile, Dashes)},", "nested more than 32 levels"),
        ["yaml: 20,000 dashes on one line of a locale file"] = new(
            w => File.AppendAllText(w.ContentFile("en"), "extra:\n  " + Dashes + "\n"),
            "BG0114", w => $"{Brochure}en.yaml({TempWorkspace.LineOf(w.ContentFile("en"), Dashes)},", "nested more than 32 levels") { YamlRoute = true },
        ["yaml: a second document in brochure.yaml"] = new(
            w => File.AppendAllText(w.ManifestFile, "---\nlayout: zfold-letter\n"),
            "BG0121", w => $"{Brochure}brochure.yaml({File.ReadAllLines(w.ManifestFile).Length - 1},1)", "second YAML document"),
        ["yaml: a second document in a locale file"] = new(
            w => File.AppendAllText(w.ContentFile("en"), "...\ncover:\n  title: Another\n"),
            "BG0121", w => $"{Brochure}en.yaml({File.ReadAllLines(w.ContentFile("en")).Length - 1},1)", "second YAML document") { YamlRoute = true },
        ["markdown: '1. ' 64 times on a line"] = new(
            w => Append(w, string.Concat(Enumerable.Repeat("1. ", 64)) + "x"),
            "BG0112", w => AtAppended(w, "1. 1. 1. 1. "), "nested more than 16 levels"),
        ["markdown: '**_' 6,000 times"] = new(
            w => Append(w, string.Concat(Enumerable.Repeat("**_", 6_000)) + "x"),
            "BG0112", w => AtAppended(w, "**_**_**_", column: 1501), "more than 1,000 emphasis and link markers"),
        ["markdown: '[' 19,000 times"] = new(
            w => Append(w, new string('[', 19_000) + "x"),
            "BG0112", w => AtAppended(w, "[[[[[[", column: 1001), "more than 1,000 emphasis and link markers"),
        ["markdown: boxes nested 200 deep (Markdig's own limit)"] = new(
            w => Append(w, string.Concat(Enumerable.Repeat("::: box\n", 200)) + "x"),
            "BG0122", w => $"{Brochure}en.md({TempWorkspace.LineOf(w.ContentFile("en"), Anchor.TrimEnd()) + 2 + 127},", "nested more than 128 levels"),
        ["image: a PNG header of 40,000 × 8,000 pixels"] = new(
            w => Image(w, TestImages.PngClaiming(40_000, 8_000)),
            "BG0508", w => AtAppended(w, "![An emblem](emblem.png)"), "40,000 × 8,000 pixels", "at most 25 million"),
        ["image: a PNG header of 2³¹ × 2³¹ pixels"] = new(
            w => Image(w, TestImages.PngClaiming(1u << 31, 1u << 31)),
            "BG0504", w => AtAppended(w, "![An emblem](emblem.png)"), "not a readable PNG, JPEG or SVG"),
        ["image: a PNG header of (2³¹ − 1)² pixels"] = new(
            w => Image(w, TestImages.PngClaiming(int.MaxValue, int.MaxValue)),
            "BG0508", w => AtAppended(w, "![An emblem](emblem.png)"), "2,147,483,647 × 2,147,483,647"),
        ["image: a valid PNG header, then garbage"] = new(
            w => Image(w, [.. TestImages.Encoded(SKEncodedImageFormat.Png).AsSpan(0, 33), .. Garbage(4_000)]),
            "BG0509", w => AtAppended(w, "![An emblem](emblem.png)"), "is damaged"),
        ["image: a truncated PNG"] = new(
            w => { var png = TestImages.Encoded(SKEncodedImageFormat.Png); Image(w, png.AsSpan(0, png.Length / 2).ToArray()); },
            "BG0509", w => AtAppended(w, "![An emblem](emblem.png)"), "is damaged"),
        ["image: a PNG with bits flipped in its data"] = new(
            w => Image(w, FlipBits(TestImages.Encoded(SKEncodedImageFormat.Png), seed: 19)),
            "BG0509", w => AtAppended(w, "![An emblem](emblem.png)"), "is damaged"),
        ["image: a truncated JPEG"] = new(
            w => { var jpeg = TestImages.Encoded(SKEncodedImageFormat.Jpeg); Image(w, jpeg.AsSpan(0, jpeg.Length / 2).ToArray(), "emblem.jpg"); },
            "BG0509", w => AtAppended(w, "![An emblem](emblem.jpg)"), "is damaged"),
        ["svg: billion laughs through a DOCTYPE"] = new(
            w => Svg(w, "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><desc>&c;</desc></svg>"),
            "BG0513", w => $"{Brochure}logo.svg(2,1)", "has a DOCTYPE"),
        ["svg: an external entity reading the secret"] = new(
            w => Svg(w, $"<!DOCTYPE svg [<!ENTITY s SYSTEM \"file://{HostileCase.Secret(w)}\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><desc>&s;</desc></svg>"),
            "BG0513", w => $"{Brochure}logo.svg(1,1)", "has a DOCTYPE"),
        ["svg: a use of another file"] = new(
            w => Svg(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n  <use href=\"../secret.txt#x\"/>\n</svg>"),
            "BG0513", w => $"{Brochure}logo.svg(2,8)", "may refer only to its own parts"),
        ["svg: a fill from a web address in CSS"] = new(
            w => Svg(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n<style>rect { fill: url(http://127.0.0.1:9/x.svg#g) }</style><rect width=\"5\" height=\"5\"/></svg>"),
            "BG0513", w => $"{Brochure}logo.svg(2,", "url(#id)"),
        ["svg: a script"] = new(
            w => Svg(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n  <script>alert(1)</script>\n</svg>"),
            "BG0513", w => $"{Brochure}logo.svg(2,4)", "no script"),
        ["svg: a foreignObject"] = new(
            w => Svg(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n  <foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>\n</svg>"),
            "BG0513", w => $"{Brochure}logo.svg(2,4)", "<foreignObject>"),
        ["svg: a width of 1e30"] = new(
            w => Svg(w, "<svg xmlns=\"http://www.w3.org/2000/svg\"\n width=\"1e30\" height=\"10\"/>"),
            "BG0508", w => $"{Brochure}logo.svg(1,2)", "at most 96,000"),
        ["svg: groups nested 40,000 deep"] = new(
            w => Svg(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n" + string.Concat(Enumerable.Repeat("<g>", 40_000)) + string.Concat(Enumerable.Repeat("</g>", 40_000)) + "</svg>"),
            "BG0513", w => $"{Brochure}logo.svg(2,", "more than 32 deep"),
        ["svg: use chains that expand a billion times"] = new(
            w => Svg(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><defs><rect id=\"a0\" width=\"1\" height=\"1\"/>" + string.Concat(Enumerable.Range(1, 9).Select(i => $"<g id=\"a{i}\">" + string.Concat(Enumerable.Repeat($"<use href=\"#a{i - 1}\"/>", 10)) + "</g>")) + "</defs><use href=\"#a9\"/></svg>"),
            "BG0513", w => $"{Brochure}logo.svg", "through its <use> references"),
        ["svg: a use that refers to itself"] = new(
            w => Svg(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><g id=\"a\"><use href=\"#a\"/></g></svg>"),
            "BG0513", w => $"{Brochure}logo.svg", "refers to itself"),
        ["svg: text, not drawn faithfully"] = new(
            w => Svg(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n  <text x=\"1\" y=\"8\">Hi</text>\n</svg>"),
            "BG0512", w => $"{Brochure}logo.svg(2,4)", "convert the text to outlines", "Supported in an SVG picture: svg, g"),
        ["image: a PDF logo"] = new(
            w => Image(w, "%PDF-1.7\n%\u00e2\n"u8.ToArray(), "logo.pdf"),
            "BG0512", w => AtAppended(w, "![An emblem](logo.pdf)"), "must be a PNG, JPEG or SVG file"),
    };

    // Appends a paragraph to the English file's last section (before its closing call-out).
    private static void Append(TempWorkspace w, string markdown) =>
        w.Edit(w.ContentFile("en"), Anchor, $"{Anchor}\n{markdown}\n");

    private static string AtAppended(TempWorkspace w, string text, int column = 1) =>
        $"{Brochure}en.md({TempWorkspace.LineOf(w.ContentFile("en"), text)},{column})";

    private static void Image(TempWorkspace w, byte[] bytes, string name = "emblem.png")
    {
        File.WriteAllBytes(Path.Combine(w.BrochureFolder, name), bytes);
        Append(w, $"![An emblem]({name})");
    }

    private static void Svg(TempWorkspace w, string svg) => Image(w, System.Text.Encoding.UTF8.GetBytes(svg), "logo.svg");

    private static byte[] Garbage(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    // Flips bits past the header (signature and IHDR: 33 bytes), in the image data.
    private static byte[] FlipBits(byte[] png, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 12; i++)
        {
            png[random.Next(41, png.Length - 12)] ^= (byte)(1 << random.Next(8));
        }

        return png;
    }

    private static void Link(string path, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }
    }

    private static void Fifo(string path)
    {
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);
}
