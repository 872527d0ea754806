using BrochureGen.Layout;
using PdfSharp.Pdf;

namespace BrochureGen.Rendering.Pdf;

/// <summary>Bookmarks (the outline) from the headings, nested by level, in reading order.</summary>
internal static class BookmarkWriter
{
    public static void Write(PdfDocument document, LaidOutBrochure brochure, IReadOnlyList<PdfPage> pages)
    {
        var parents = new Dictionary<int, PdfOutline>();
        foreach (var panel in brochure.PanelsInReadingOrder)
        {
            var page = pages[brochure.Pages.Select((p, i) => (p, i)).Single(x => x.p.Panels.Contains(panel)).i];
            foreach (var (level, title) in HeadingsOf(panel))
            {
                var parentLevel = parents.Keys.Where(k => k < level).DefaultIfEmpty(0).Max();
                var collection = parentLevel == 0 ? document.Outlines : parents[parentLevel].Outlines;
                var outline = collection.Add(title, page, true);
                parents[level] = outline;
                foreach (var deeper in parents.Keys.Where(k => k > level).ToList())
                {
                    parents.Remove(deeper);
                }
            }
        }
    }

    private static IEnumerable<(int Level, string Title)> HeadingsOf(LaidOutPanel panel)
    {
        int? level = null;
        var text = new System.Text.StringBuilder();
        foreach (var item in panel.Items)
        {
            switch (item)
            {
                case TagStartItem { Role: >= StructureRole.H1 and <= StructureRole.H6 } start:
                    level = start.Role - StructureRole.H1 + 1;
                    text.Clear();
                    break;
                case TextRunItem run when level is not null:
                    text.Append(run.Text);
                    break;
                case TagEndItem { Role: >= StructureRole.H1 and <= StructureRole.H6 } when level is not null:
                    yield return (level.Value, text.ToString().Trim());
                    level = null;
                    break;
            }
        }
    }
}
