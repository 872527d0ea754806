using System.Globalization;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>The document outline (bookmarks): headings nested by level, in reading order, each opening its page at its line.</summary>
internal static class Outline
{
    private sealed class Entry(string title, PdfReference page, double top)
    {
        public string Title { get; } = title;

        public PdfReference Page { get; } = page;

        public double Top { get; } = top;

        public List<Entry> Children { get; } = [];

        public PdfReference Reference { get; set; }
    }

    /// <summary>Writes the outline; null when the document has no headings.</summary>
    public static PdfReference? Write(PdfFile file, IReadOnlyList<(int Level, string Title, PdfReference Page, double Top)> headings)
    {
        if (headings.Count == 0)
        {
            return null;
        }

        var root = new Entry(string.Empty, default, 0);
        var open = new SortedDictionary<int, Entry>();
        foreach (var (level, title, page, top) in headings)
        {
            var parentLevel = open.Keys.Where(k => k < level).DefaultIfEmpty(0).Max();
            var parent = parentLevel == 0 ? root : open[parentLevel];
            var entry = new Entry(title, page, top);
            parent.Children.Add(entry);
            open[level] = entry;
            foreach (var deeper in open.Keys.Where(k => k > level).ToList())
            {
                open.Remove(deeper);
            }
        }

        root.Reference = file.Reserve();
        Assign(file, root);
        WriteChildren(file, root);
        file.Set(root.Reference, $"<</Type/Outlines/First {root.Children[0].Reference}/Last {root.Children[^1].Reference}/Count {Count(root)}>>");
        return root.Reference;
    }

    private static void Assign(PdfFile file, Entry entry)
    {
        foreach (var child in entry.Children)
        {
            child.Reference = file.Reserve();
            Assign(file, child);
        }
    }

    private static void WriteChildren(PdfFile file, Entry parent)
    {
        for (var i = 0; i < parent.Children.Count; i++)
        {
            var entry = parent.Children[i];
            var siblings = (i > 0 ? $"/Prev {parent.Children[i - 1].Reference}" : string.Empty) + (i + 1 < parent.Children.Count ? $"/Next {parent.Children[i + 1].Reference}" : string.Empty);
            var children = entry.Children.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"/First {entry.Children[0].Reference}/Last {entry.Children[^1].Reference}/Count {Count(entry)}");
            file.Set(entry.Reference, $"<</Title{PdfSyntax.Text(entry.Title)}/Parent {parent.Reference}{siblings}{children}/Dest[{entry.Page}/XYZ 0 {PdfSyntax.Number(entry.Top)} 0]>>");
            WriteChildren(file, entry);
        }
    }

    // Every entry is shown open: a brochure's outline is short.
    private static int Count(Entry entry) => entry.Children.Sum(c => 1 + Count(c));
}
