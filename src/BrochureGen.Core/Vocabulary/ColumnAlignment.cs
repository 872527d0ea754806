namespace BrochureGen.Vocabulary;

/// <summary>How the cells of a table column are aligned (Markdown's delimiter row, or the template's <c>align</c>).</summary>
public enum ColumnAlignment
{
    Start,
    Center,
    End,
}
