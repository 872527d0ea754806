using BrochureGen.Diagnostics;

namespace BrochureGen.Document.Resolve;

/// <summary>
/// The document rules for headings, for every route (Markdown, YAML keys and a designer's own
/// template alike): in the order a reader meets them, the first heading is the one H1 (the
/// brochure's title) and no heading goes down more than one level (an H3 after an H1). A screen
/// reader's list of headings is the brochure's outline, so a gap in it reads as missing text.
/// The Markdown reader checks the same rule in the source file as it reads; this is the check
/// on what is published, whoever wrote the markup.
/// </summary>
public static class HeadingOutline
{
    /// <summary>
    /// Every breach of the rules among <paramref name="readingOrder"/>, each at the line that gave
    /// the heading its level: the content's when <paramref name="levelsFromContent"/> (Markdown,
    /// where <c>##</c> is written in the content file), else the template's element.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(IEnumerable<BlockNode> readingOrder, bool levelsFromContent)
    {
        var headings = new HeadingCollector();
        headings.Visit(readingOrder);
        var problems = new List<Diagnostic>();
        var previous = 0;
        var titles = 0;
        foreach (var heading in headings.Found)
        {
            var location = levelsFromContent ? heading.TextLocation ?? heading.Location : heading.Location;
            if (previous == 0 && heading.Level != 1)
            {
                problems.Add(Diagnostic.Error(DiagnosticCodes.HeadingOutline, $"the first heading a reader meets is an <h{heading.Level}>; it must be the brochure's title, the one <h1>", location));
            }
            else if (heading.Level == 1 && titles > 0)
            {
                problems.Add(Diagnostic.Error(DiagnosticCodes.HeadingOutline, "a second <h1>: a brochure has one title; make this heading an <h2>", location));
            }
            else if (previous > 0 && heading.Level > previous + 1)
            {
                problems.Add(Diagnostic.Error(DiagnosticCodes.HeadingOutline, $"an <h{heading.Level}> follows an <h{previous}> in reading order: headings may not skip a level (use <h{previous + 1}>)", location));
            }

            titles += heading.Level == 1 ? 1 : 0;
            previous = heading.Level;
        }

        return problems;
    }

    private sealed class HeadingCollector : BlockVisitor
    {
        public List<HeadingNode> Found { get; } = [];

        protected override void Heading(HeadingNode heading) => Found.Add(heading);
    }
}
