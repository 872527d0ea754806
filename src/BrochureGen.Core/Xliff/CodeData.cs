namespace BrochureGen.Xliff;

/// <summary>
/// What an inline code stands for in the Markdown (<c>originalData</c>): the text it opens
/// with (<c>**</c>, <c>[</c>, a line break's <c>\</c>) and, for a spanning code, closes with
/// (<c>**</c>, <c>](https://…)</c>, <c>]{lang=en}</c>); its XLIFF <c>type</c>, <c>subType</c>
/// and what a CAT tool shows for it (<paramref name="Display"/>).
/// </summary>
public sealed record CodeData(string Start, string? End, string Type, string? SubType, string Display, bool CanDelete = true)
{
    public bool Spanning => End is not null;
}
