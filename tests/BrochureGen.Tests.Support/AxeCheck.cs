using System.Text.Json;

namespace BrochureGen.Tests.Support;

/// <summary>
/// Runs tests/a11y/axe-check.mjs: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in headless
/// Chromium through puppeteer-core, one browser for every file, width and colour scheme, and
/// reads the page's DOM back (headings, links and their accessible names, header cells, text).
/// Needs node (Debian <c>nodejs</c>), Chromium and the npm packages (<c>npm ci</c> in
/// tests/a11y, which <c>.ci/run</c> does); without them a test is skipped locally and fails
/// under CI, as for every other external tool.
/// </summary>
public static class AxeCheck
{
    public static readonly int[] Widths = [320, 1280];

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "a11y");

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Skips (or fails under CI) when node, Chromium or the npm packages are missing.</summary>
    public static void Require()
    {
        ExternalTool.Require("node", "nodejs");
        ExternalTool.Require("chromium", ExternalTool.ChromiumPackage);
        var installed = Directory.Exists(Path.Combine(Folder, "node_modules", "axe-core")) && Directory.Exists(Path.Combine(Folder, "node_modules", "puppeteer-core"));
        var message = "the npm packages of tests/a11y are not installed: run 'npm ci' in tests/a11y (Debian package 'npm'; bash .ci/run does it)";
        Assert.False(!installed && RepoPaths.IsCi, $"{message}; with CI=true every test must run, so a missing install is a failure");
        Skip.IfNot(installed, message);
    }

    public static IReadOnlyList<AxePage> Run(IEnumerable<string> files)
    {
        Require();
        var output = NodeScript.Run(Folder, "axe-check.mjs", [$"--widths={string.Join(',', Widths)}", "--schemes=light,dark", .. files], TimeSpan.FromMinutes(5));
        return JsonSerializer.Deserialize<List<AxePage>>(output, Json) ?? throw new InvalidDataException("axe-check.mjs printed no JSON");
    }
}

/// <summary>One page as axe-check.mjs saw it.</summary>
public sealed record AxePage(string File, IReadOnlyList<AxeRun> Runs, AxeDom Dom);

/// <summary>One width and colour scheme: axe's violations and whether the page scrolls sideways.</summary>
public sealed record AxeRun(int Width, string Scheme, IReadOnlyList<AxeViolation> Violations, int ScrollWidth, int ClientWidth);

public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<AxeNode> Nodes)
{
    public override string ToString() => $"{Id} ({Impact}): {Help}\n    " + string.Join("\n    ", Nodes.Select(n => $"{n.Target}: {n.Html}\n      {n.Summary}"));
}

public sealed record AxeNode(string Target, string Html, string Summary);

/// <summary>What the DOM holds, read back in Chromium.</summary>
public sealed record AxeDom(
    string? Lang,
    string? Dir,
    string Title,
    IReadOnlyList<AxeHeading> Headings,
    IReadOnlyList<AxeLink> Links,
    IReadOnlyList<AxeHeaderCell> HeaderCells,
    IReadOnlyList<AxeLanguageSpan> LanguageSpans,
    IReadOnlyList<string> Landmarks,
    string Text,
    IReadOnlyList<AxeFont> Fonts,
    IReadOnlyList<AxeRenderedFont> RenderedFonts,
    IReadOnlyList<AxeElementFonts> ElementFonts,
    IReadOnlyList<string> VisualLines);

/// <summary>A font Chromium drew glyphs of an element with (the first h1, h2, li and p); <paramref name="Custom"/> for an embedded one.</summary>
public sealed record AxeRenderedFont(string Selector, string Family, bool Custom, int Glyphs);

/// <summary>A heading or an element with a <c>lang</c> (its own or an ancestor's), its text and the fonts Chromium drew that text with.</summary>
public sealed record AxeElementFonts(string Tag, string? Lang, string Text, IReadOnlyList<AxeDrawnFont> Fonts);

/// <summary>One font of an element's text: its family, whether it is an embedded (web) font, and how many glyphs it drew.</summary>
public sealed record AxeDrawnFont(string Family, bool Custom, int Glyphs);

/// <summary>An <c>@font-face</c> of the page and whether Chromium loaded it (<c>error</c> when its sanitiser refused the file).</summary>
public sealed record AxeFont(string Family, string Weight, string Style, string Status);

public sealed record AxeHeading(int Level, string Text);

/// <summary>A link: its href, visible text and accessible name (axe-core's computation).</summary>
public sealed record AxeLink(string Href, string Text, string Name);

public sealed record AxeHeaderCell(string? Scope, string Text);

/// <summary>An element with a <c>lang</c> of its own: its tag, language, direction and the text Chromium shows in it.</summary>
public sealed record AxeLanguageSpan(string Tag, string Lang, string? Dir, string Text);
