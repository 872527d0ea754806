using BrochureGen.Layout;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>The standard PDF structure type of each layout role (one fact, one place).</summary>
internal static class StructureTypes
{
    public static string Of(StructureRole role) => role switch
    {
        StructureRole.Section => "Sect",
        StructureRole.H1 => "H1",
        StructureRole.H2 => "H2",
        StructureRole.H3 => "H3",
        StructureRole.H4 => "H4",
        StructureRole.H5 => "H5",
        StructureRole.H6 => "H6",
        StructureRole.Paragraph => "P",
        StructureRole.List => "L",
        StructureRole.ListItem => "LI",
        StructureRole.Label => "Lbl",
        StructureRole.ListBody => "LBody",
        StructureRole.Link => "Link",
        StructureRole.Figure => "Figure",
        StructureRole.Span => "Span",
        StructureRole.Table => "Table",
        StructureRole.TableRow => "TR",
        StructureRole.TableHeader => "TH",
        StructureRole.TableCell => "TD",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "artifacts have no structure type"),
    };
}
