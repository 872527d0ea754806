using BrochureGen.Content.Markdown;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>
/// How much of each thing one brochure file may hold: far more than any folded brochure can
/// show, far less than a template's loop limit (10,000), so a file with ten thousand sections
/// or a table of twenty thousand rows is refused at its own line rather than reported as a
/// template that looped too often.
/// </summary>
public static class ContentCounts
{
    public const int MostSections = 200;
    public const int MostItems = 500;
    public const int MostRows = 500;
    public const int MostCells = 20;
    public const int MostBlocks = 1_000;

    /// <summary>Every count a Markdown file exceeds, at the block that exceeds it.</summary>
    public static IReadOnlyList<Diagnostic> Check(MarkdownContent content, SourceLocation file)
    {
        var problems = new List<Diagnostic>();
        if (content.Sections.Count > MostSections)
        {
            problems.Add(Limit(content.Sections[MostSections].Location, $"the file has {content.Sections.Count:N0} sections; a brochure may have at most {MostSections}"));
        }

        foreach (var block in content.Cover.Concat(content.Sections.Take(MostSections + 1).SelectMany(s => s.Blocks)))
        {
            Check(block, problems);
        }

        var blocks = content.Cover.Count + content.Sections.Sum(s => s.Blocks.Count);
        if (blocks > MostBlocks && problems.Count == 0)
        {
            problems.Add(Limit(file, $"the file has {blocks:N0} blocks; a brochure may have at most {MostBlocks:N0}"));
        }

        return problems;
    }

    /// <summary>Every count a YAML-keys file exceeds, at the list that exceeds it.</summary>
    public static IReadOnlyList<Diagnostic> Check(ContentNode node)
    {
        var problems = new List<Diagnostic>();
        void Visit(ContentNode value)
        {
            switch (value)
            {
                case ContentList list when list.Items.Count > MostItems:
                    problems.Add(Limit(list.Items[MostItems].Location, $"'{list.KeyPath}' lists {list.Items.Count:N0} entries; a list may have at most {MostItems}"));
                    break;
                case ContentList list:
                    list.Items.ToList().ForEach(Visit);
                    break;
                case ContentMap map:
                    map.Entries.Select(e => e.Value).ToList().ForEach(Visit);
                    break;
            }
        }

        Visit(node);
        return problems;
    }

    private static void Check(ContentBlock block, List<Diagnostic> problems)
    {
        switch (block)
        {
            case ListBlock list when list.Items.Count > MostItems:
                problems.Add(Limit(list.Items[MostItems].Location, $"this list has {list.Items.Count:N0} items; a list may have at most {MostItems}"));
                break;
            case ListBlock list:
                list.Items.SelectMany(i => i.Children).ToList().ForEach(b => Check(b, problems));
                break;
            case TableBlock table when table.Rows.Count > MostRows:
                problems.Add(Limit(table.Rows[MostRows].Location, $"this table has {table.Rows.Count:N0} rows; a table may have at most {MostRows}"));
                break;
            case TableBlock table when table.Rows.FirstOrDefault(r => r.Cells.Count > MostCells) is { } wide:
                problems.Add(Limit(wide.Location, $"this row has {wide.Cells.Count} cells; a row may have at most {MostCells}"));
                break;
            case CalloutBlock callout:
                callout.Blocks.ToList().ForEach(b => Check(b, problems));
                break;
        }
    }

    private static Diagnostic Limit(SourceLocation location, string message) => Diagnostic.Error(DiagnosticCodes.ContentLimit, message, location);
}
