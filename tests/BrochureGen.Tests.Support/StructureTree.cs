using System.Text.Json;

namespace BrochureGen.Tests.Support;

/// <summary>One structure element read back from the PDF.</summary>
public sealed record StructureNode(
    string Type,
    string? Language,
    string? Alt,
    IReadOnlyList<StructureNode> Children,
    int MarkedContentCount,
    IReadOnlyList<string> AnnotationReferences)
{
    /// <summary>A table header cell's /Scope (from its /A attributes), e.g. Column.</summary>
    public string? Scope { get; init; }

    /// <summary>The element's /ActualText, e.g. ☑ for a ticked checklist box.</summary>
    public string? ActualText { get; init; }

    public IEnumerable<StructureNode> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    /// <summary>Reads the tree below the catalog's /StructTreeRoot.</summary>
    public static StructureNode Read(QpdfJson pdf)
    {
        var root = pdf.Value(pdf.Catalog.GetProperty("/StructTreeRoot").GetString()!);
        var kids = Kids(pdf, root.GetProperty("/K"));
        return new StructureNode("StructTreeRoot", null, null, kids.Elements, 0, []);
    }

    private static StructureNode Element(QpdfJson pdf, JsonElement element)
    {
        var kids = element.TryGetProperty("/K", out var k) ? Kids(pdf, k) : ([], 0, []);
        return new StructureNode(
            element.GetProperty("/S").GetString()!.TrimStart('/'),
            element.TryGetProperty("/Lang", out var lang) ? QpdfJson.Text(lang) : null,
            element.TryGetProperty("/Alt", out var alt) ? QpdfJson.Text(alt) : null,
            kids.Elements,
            kids.MarkedContent,
            kids.Annotations)
        {
            Scope = element.TryGetProperty("/A", out var a) && pdf.Resolve(a).TryGetProperty("/Scope", out var scope) ? scope.GetString()!.TrimStart('/') : null,
            ActualText = element.TryGetProperty("/ActualText", out var actual) ? QpdfJson.Text(actual) : null,
        };
    }

    private static (List<StructureNode> Elements, int MarkedContent, List<string> Annotations) Kids(QpdfJson pdf, JsonElement k)
    {
        var elements = new List<StructureNode>();
        var markedContent = 0;
        var annotations = new List<string>();
        var items = k.ValueKind == JsonValueKind.Array ? k.EnumerateArray().ToList() : [k];
        foreach (var item in items)
        {
            if (item.ValueKind == JsonValueKind.Number)
            {
                markedContent++;
                continue;
            }

            var value = pdf.Resolve(item);
            var type = value.TryGetProperty("/Type", out var t) ? t.GetString() : "/StructElem";
            switch (type)
            {
                case "/MCR":
                    markedContent++;
                    break;
                case "/OBJR":
                    annotations.Add(value.GetProperty("/Obj").GetString()!);
                    break;
                default:
                    elements.Add(Element(pdf, value));
                    break;
            }
        }

        return (elements, markedContent, annotations);
    }
}
