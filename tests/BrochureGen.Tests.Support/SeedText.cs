using System.Text.RegularExpressions;

namespace BrochureGen.Tests.Support;

/// <summary>
/// The seed text of the Connecticut brochure (a copy of the text the client supplied), split
/// into the lines a reader must find, each with the panel its section is pinned to, or <see cref="Flow"/>.
/// </summary>
public static partial class SeedText
{
    // Section heading → panel. The cover and back sections are pinned to their panels in the
    // content; every other section flows, and the composition chooses where each panel ends.
    private static readonly Dictionary<string, string> PanelOfSection = new()
    {
        ["Report human trafficking: It's the law!"] = Flow,
        ["How can one help a victim of trafficking?"] = Flow,
        ["For additional information please visit:"] = "back",
        ["Stop Human Trafficking"] = "cover",
        ["What is human trafficking?"] = Flow,
        ["The Statistics"] = Flow,
        ["How can you tell if someone is a victim of human trafficking?"] = Flow,
        ["What are the trafficking laws in Connecticut?"] = Flow,
        ["What are the legal rights of a human trafficking victim in Connecticut?"] = Flow,
        ["What are some federal protections for victims?"] = Flow,
    };

    /// <summary>The panel name of lines whose section flows through the panels in reading order.</summary>
    public const string Flow = "flow";

    public static IReadOnlyList<(string Panel, string Text)> Lines()
    {
        var result = new List<(string, string)>();
        string? panel = null;
        foreach (var raw in File.ReadAllLines(RepoPaths.Fixture("seed-stop-human-trafficking.txt")))
        {
            var text = Plain(raw);
            if (text.Length == 0)
            {
                continue;
            }

            if (raw.StartsWith('#'))
            {
                panel = PanelOfSection.TryGetValue(text, out var assigned) ? assigned : panel;
            }

            result.Add((panel ?? throw new InvalidOperationException($"seed line before any heading: {raw}"), text));
        }

        // The seed gives "What is human trafficking?" under the cover's title; the brochure's cover
        // now carries the hotline instead, and that section is read first after the cover.
        var first = FirstSection();
        var firstLines = result.Skip(first.Start).Take(first.Count).ToList();
        result.RemoveRange(first.Start, first.Count);
        var flowStart = result.FindIndex(l => l.Item1 == Flow);
        result.InsertRange(flowStart, firstLines);
        return result;
    }

    // Where the lines of the section the brochure reads first start in the seed, and how many they are.
    private static (int Start, int Count) FirstSection()
    {
        var lines = File.ReadAllLines(RepoPaths.Fixture("seed-stop-human-trafficking.txt")).Where(l => Plain(l).Length > 0).ToList();
        var start = lines.FindIndex(l => l.StartsWith('#') && Plain(l) == ReadFirst);
        var end = lines.FindIndex(start + 1, l => l.StartsWith('#'));
        return (start, end - start);
    }

    private const string ReadFirst = "What is human trafficking?";

    /// <summary>Every word of the seed, markup and the ◆ bullets removed.</summary>
    public static IReadOnlyList<string> Words() =>
        Lines().SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    // Removes the seed's Markdown: headings, bullets, bold, links, autolinks, <sup>.
    private static string Plain(string line)
    {
        var text = line.Replace('\u00A0', ' ').Trim();
        text = HeadingMark().Replace(text, string.Empty);
        text = BulletMark().Replace(text, string.Empty);
        text = text.Replace("**", string.Empty, StringComparison.Ordinal);
        text = MarkdownLink().Replace(text, "$1");
        text = AutoLink().Replace(text, "$1");
        text = text.Replace("<sup>", string.Empty, StringComparison.Ordinal).Replace("</sup>", string.Empty, StringComparison.Ordinal);
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^#+\s*")]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"^-\s*◆\s*")]
    private static partial Regex BulletMark();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<(https?://[^>]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
