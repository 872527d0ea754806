using System.Text;

namespace BrochureGen.Conformance;

/// <summary>
/// The generated parts of docs/accessibility-checks.md, from the tables the build itself runs
/// (<see cref="AccessibilityChecks"/>, <see cref="WcagCriteria"/>, <see cref="ReviewTopics"/>):
/// the docs say what the code does, and a test keeps them in step.
/// </summary>
public static class AccessibilityDocs
{
    /// <summary>Every check: its id, what it tests, what it cannot know, its mapping and formats.</summary>
    public static string Checks()
    {
        var text = new StringBuilder();
        foreach (var check in AccessibilityChecks.All)
        {
            text.Append("### `").Append(check.Id).Append("` — ").Append(check.Title).Append("\n\n");
            text.Append("- **Tests:** ").Append(check.Tests).Append('\n');
            text.Append("- **Cannot know:** ").Append(check.Limits).Append('\n');
            text.Append("- **Matterhorn:** ").Append(check.Matterhorn.Count == 0 ? "—" : string.Join("; ", check.Matterhorn.Select(id => $"{id} ({MatterhornConditions.Find(id)?.Summary ?? "?"})"))).Append('\n');
            text.Append("- **WCAG 2.1:** ").Append(check.Wcag.Count == 0 ? "— (beyond WCAG)" : string.Join(", ", check.Wcag.Select(Criterion))).Append('\n');
            text.Append("- **Runs on:** ").Append(string.Join(", ", check.Formats.Select(f => $"{f.Label} (`{f.Name}`)"))).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>Every WCAG 2.1 A/AA criterion: whether it applies, the checks that give evidence, the topics a person confirms.</summary>
    public static string Criteria()
    {
        var text = new StringBuilder("| criterion | level | applies | evidence (checks) | needs a person |\n| --- | --- | --- | --- | --- |\n");
        foreach (var criterion in WcagCriteria.All)
        {
            var checks = AccessibilityChecks.All.Where(c => c.Wcag.Contains(criterion.Number)).Select(c => $"`{c.Id}`").ToList();
            var topics = ReviewTopics.All.Where(t => t.Wcag.Contains(criterion.Number)).Select(t => t.Title).ToList();
            text.Append("| ").Append(criterion.Number).Append(' ').Append(criterion.Name)
                .Append(" | ").Append(criterion.Level)
                .Append(" | ").Append(criterion.NotApplicable is { } why ? "no: " + why : "yes")
                .Append(" | ").Append(checks.Count == 0 ? "—" : string.Join(", ", checks))
                .Append(" | ").Append(criterion.NotApplicable is not null || topics.Count == 0 ? "—" : string.Join(", ", topics))
                .Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>What a person is asked, and why a machine cannot answer it.</summary>
    public static string Topics()
    {
        var text = new StringBuilder("| checkpoint | the reviewer confirms | WCAG 2.1 | why a person |\n| --- | --- | --- | --- |\n");
        foreach (var topic in ReviewTopics.All)
        {
            text.Append("| ").Append(topic.Title).Append(" (`").Append(topic.Id).Append("`)")
                .Append(" | ").Append(topic.Question.Replace("|", "\\|", StringComparison.Ordinal))
                .Append(" | ").Append(topic.Wcag.Count == 0 ? "—" : string.Join(", ", topic.Wcag))
                .Append(" | ").Append(topic.Why)
                .Append(" |\n");
        }

        return text.ToString();
    }

    private static string Criterion(string number) => WcagCriteria.Find(number) is { } criterion ? $"{number} {criterion.Name}{(criterion.Level == "AAA" ? " (AAA)" : string.Empty)}" : $"{number} (unknown)";
}
