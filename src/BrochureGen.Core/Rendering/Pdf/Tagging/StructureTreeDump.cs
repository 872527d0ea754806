using System.Globalization;
using System.Text;

namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>
/// The structure tree as plain text, one line per element and per kid, indented by depth, for
/// snapshot tests and for reading beside <c>pdfinfo -struct-text</c>: each element's type and
/// attributes (language, alternative text, actual text, scope, figure box) and its page where it
/// differs from its parent's; each marked-content id with the text its runs show; each link
/// annotation with its description and target; then the outline (bookmarks).
/// </summary>
internal static class StructureTreeDump
{
    public static string Write(StructureTree tree)
    {
        var text = new StringBuilder();
        Element(text, tree.Document, 0);
        text.Append("Outline\n");
        foreach (var (element, anchor) in tree.Headings)
        {
            text.Append(CultureInfo.InvariantCulture, $"  H{anchor.Level} {Quoted(anchor.Title)} page {element.Page + 1} top {Number(anchor.Top)}\n");
        }

        return text.ToString();
    }

    private static void Element(StringBuilder text, StructureElement element, int depth)
    {
        text.Append(' ', depth * 2).Append(element.Type);
        Attribute(text, "lang", element.Language);
        Attribute(text, "alt", element.Alt is { } alt ? Quoted(alt) : null);
        Attribute(text, "actual", element.ActualText is { } actual ? Quoted(actual) : null);
        Attribute(text, "scope", element.Scope);
        Attribute(text, "bbox", element.LayoutBox is { } box ? $"[{Number(box.Left)} {Number(box.Bottom)} {Number(box.Right)} {Number(box.Top)}]" : null);
        Attribute(text, "page", element.Page != element.Parent?.Page ? (element.Page + 1)?.ToString(CultureInfo.InvariantCulture) : null);
        text.Append('\n');
        foreach (var kid in element.Kids)
        {
            switch (kid)
            {
                case StructureElement child:
                    Element(text, child, depth + 1);
                    break;
                case MarkedContentKid marked:
                    var page = marked.Page != element.Page ? $" page {marked.Page + 1}" : string.Empty;
                    text.Append(' ', (depth + 1) * 2).Append(CultureInfo.InvariantCulture, $"mcid {marked.Id}{page} {Quoted(marked.Text)}\n");
                    break;
                case LinkAnnotationKid annotation:
                    text.Append(' ', (depth + 1) * 2).Append(CultureInfo.InvariantCulture, $"annotation {annotation.Index} {Quoted(annotation.Description)} -> {annotation.Target}\n");
                    break;
            }
        }
    }

    private static void Attribute(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.Append(' ').Append(name).Append('=').Append(value);
        }
    }

    private static string Quoted(string value) => "\"" + value.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
