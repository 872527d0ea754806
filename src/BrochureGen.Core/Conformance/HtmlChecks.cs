using System.Text.RegularExpressions;
using BrochureGen.Rendering.Html;

namespace BrochureGen.Conformance;

/// <summary>The HTML edition's checks of <see cref="AccessibilityChecks"/>, decided in-process on what <see cref="HtmlEditionScan"/> reads back.</summary>
public static partial class HtmlChecks
{
    public static IEnumerable<CheckResult> Results(HtmlEditionScan page, string locale, string title)
    {
        var format = EvidenceFormat.Html;

        var malformed = page.Languages.Where(l => !LanguageTag.IsWellFormed(l)).Distinct().ToList();
        var languageOk = page.Language == locale && LanguageTag.IsWellFormed(page.Language) && page.Direction is "ltr" or "rtl" && malformed.Count == 0;
        var others = page.Languages.Skip(1).GroupBy(l => l, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}").ToList();
        yield return Result(AccessibilityChecks.HtmlLanguage, format, languageOk, $"lang {page.Language ?? "missing"}, dir {page.Direction ?? "missing"}; " + (others.Count == 0 ? "no element in another language" : $"{page.Languages.Count - 1} elements with a lang of their own: {string.Join(", ", others)}")) with
        {
            Findings = malformed.Select(m => $"'{m}' is not a well-formed language tag").ToList(),
        };

        yield return Result(AccessibilityChecks.HtmlTitle, format, page.Title.Length > 0 && page.Title == title, $"title {EditionText.Quote(page.Title)}");

        var structure = new List<string>();
        if (page.Headers < 1)
        {
            structure.Add("no header");
        }

        if (page.Mains != 1)
        {
            structure.Add($"{page.Mains} main landmarks");
        }

        var h1 = page.Headings.Count(h => h.Level == 1);
        if (h1 != 1)
        {
            structure.Add($"{h1} h1 elements");
        }

        for (var i = 1; i < page.Headings.Count; i++)
        {
            if (page.Headings[i].Level > page.Headings[i - 1].Level + 1)
            {
                structure.Add($"h{page.Headings[i].Level} {EditionText.Quote(page.Headings[i].Text)} follows h{page.Headings[i - 1].Level}");
            }
        }

        if (page.LabelledSections != page.Sections)
        {
            structure.Add($"{page.Sections - page.LabelledSections} sections without a label");
        }

        if (page.PositiveTabIndexes > 0)
        {
            structure.Add($"{page.PositiveTabIndexes} positive tabindex");
        }

        yield return Result(AccessibilityChecks.HtmlStructure, format, structure.Count == 0, structure.Count == 0
            ? $"header and one main; {page.Headings.Count} headings, one h1, no level skipped; {page.Sections} sections, each labelled by its heading; no positive tabindex"
            : string.Join("; ", structure)) with { Findings = structure };

        var alternatives = page.Images == page.ImagesWithAlt && page.Svgs == page.SvgsNamedOrHidden;
        yield return page.Images + page.Svgs == 0
            ? new CheckResult(AccessibilityChecks.HtmlTextAlternatives, format, CheckStatus.NotApplicable, "no image")
            : Result(AccessibilityChecks.HtmlTextAlternatives, format, alternatives, $"{page.ImagesWithAlt} of {page.Images} img with alt; {page.SvgsNamedOrHidden} of {page.Svgs} svg named or hidden");

        var unnamed = page.Links.Where(l => l.Name.Trim().Length == 0).Select(l => l.Href).ToList();
        yield return page.Links.Count == 0
            ? new CheckResult(AccessibilityChecks.HtmlLinkNames, format, CheckStatus.NotApplicable, "no link")
            : Result(AccessibilityChecks.HtmlLinkNames, format, unnamed.Count == 0, unnamed.Count == 0 ? $"{page.Links.Count} links, each named" : $"{unnamed.Count} of {page.Links.Count} links without a name") with { Findings = unnamed.Select(h => $"no name: {h}").ToList() };

        var style = StyleFindings(page);
        yield return Result(AccessibilityChecks.HtmlStyle, format, style.Count == 0, style.Count == 0
            ? $"viewport \"{page.Viewport}\"; type sized in rem and em; no fixed height on text, no hidden overflow; links underlined; focus outlined"
            : string.Join("; ", style)) with { Findings = style };

        var running = new List<string>();
        if (!page.HasPolicy)
        {
            running.Add("no script-forbidding Content-Security-Policy");
        }

        if (page.Scripts > 0)
        {
            running.Add($"{page.Scripts} script elements");
        }

        if (page.EventHandlers > 0)
        {
            running.Add($"{page.EventHandlers} event-handler attributes");
        }

        if (page.ScreenRules.Any(r => Animates(r.Declarations)) || page.ScreenStyle.Contains("@keyframes", StringComparison.Ordinal))
        {
            running.Add("an animation or transition");
        }

        yield return Result(AccessibilityChecks.HtmlNoScript, format, running.Count == 0, running.Count == 0
            ? "the Content-Security-Policy forbids all script; no script element, no event handler, no animation"
            : string.Join("; ", running)) with { Findings = running };
    }

    private static List<string> StyleFindings(HtmlEditionScan page)
    {
        var findings = new List<string>();
        if (page.Viewport is not { } viewport || viewport.Contains("user-scalable=no", StringComparison.OrdinalIgnoreCase) || viewport.Contains("maximum-scale", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add($"the viewport ({page.Viewport ?? "missing"}) keeps the reader from zooming");
        }

        var rules = page.ScreenRules.ToList();
        foreach (var (selector, declarations) in rules)
        {
            if (FixedFontSize().Match(declarations) is { Success: true } size)
            {
                findings.Add($"{selector}: font-size in {size.Groups[1].Value}");
            }

            // Heights are for pictures and drawn decoration; a text box with a height clips the
            // reader's own line and letter spacing.
            if (Height().Match(declarations) is { Success: true } height && height.Groups[1].Value.Trim() != "auto" && !IsPictureOrDecoration(selector))
            {
                findings.Add($"{selector}: height {height.Groups[1].Value.Trim()}");
            }

            if (declarations.Contains("overflow: hidden", StringComparison.Ordinal) || declarations.Contains("overflow:hidden", StringComparison.Ordinal) || declarations.Contains("text-overflow", StringComparison.Ordinal))
            {
                findings.Add($"{selector}: hides overflow");
            }

            if (selector.Contains(":focus", StringComparison.Ordinal) && NoOutline().IsMatch(declarations))
            {
                findings.Add($"{selector}: removes the focus outline");
            }
        }

        if (!rules.Any(r => r.Selector.Split(',').Any(s => s.Trim() == "a") && r.Declarations.Contains("text-decoration: underline", StringComparison.Ordinal)))
        {
            findings.Add("links are not underlined");
        }

        if (!rules.Any(r => r.Selector.Contains("a:focus", StringComparison.Ordinal) && OutlineWidth().IsMatch(r.Declarations)))
        {
            findings.Add("no visible focus outline for links");
        }

        return findings;
    }

    private static bool IsPictureOrDecoration(string selector) =>
        selector.Split(',').All(s => s.Trim() is var one && (one is "img" || one.EndsWith(" svg", StringComparison.Ordinal) || one == "svg" || one.StartsWith(".decor", StringComparison.Ordinal)));

    private static bool Animates(string declarations) =>
        AnimationDeclaration().Matches(declarations).Any(m => !m.Groups[3].Value.TrimStart().StartsWith("none", StringComparison.Ordinal));

    private static CheckResult Result(AccessibilityCheck check, EvidenceFormat format, bool passed, string measured) =>
        new(check, format, passed ? CheckStatus.Pass : CheckStatus.Fail, measured);

    /// <summary>The policy element every page carries (<see cref="ContentSecurityPolicy"/>).</summary>
    public static string PolicyElement => ContentSecurityPolicy.MetaElement;

    [GeneratedRegex("font-size:\\s*[0-9.]+\\s*(px|pt)\\b")]
    private static partial Regex FixedFontSize();

    [GeneratedRegex("(?<![-\\w])height:\\s*([^;]+)")]
    private static partial Regex Height();

    [GeneratedRegex("outline(-width)?:\\s*(none|0)\\b")]
    private static partial Regex NoOutline();

    [GeneratedRegex("outline:\\s*[1-9][0-9]*(\\.[0-9]+)?px\\s+solid")]
    private static partial Regex OutlineWidth();

    [GeneratedRegex("(?<![-\\w])(animation|transition)(-[a-z]+)?:\\s*([^;]*)")]
    private static partial Regex AnimationDeclaration();
}
