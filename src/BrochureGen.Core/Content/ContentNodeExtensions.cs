using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>Typed reads from a content tree that turn a wrong shape into a diagnostic naming the place.</summary>
public static class ContentNodeExtensions
{
    public static ContentMap AsMap(this ContentNode node, string what) =>
        node as ContentMap ?? throw ShapeError(node, $"{what} must be a mapping of keys to values");

    public static ContentText RequiredText(this ContentMap map, string key)
    {
        var value = map.Find(key) ?? throw Missing(map, key);
        return value as ContentText ?? throw ShapeError(value, $"'{key}' must be text, not a {KindOf(value)}");
    }

    public static ContentText? OptionalText(this ContentMap map, string key)
    {
        var value = map.Find(key);
        return value is null or ContentText ? (ContentText?)value : throw ShapeError(value, $"'{key}' must be text, not a {KindOf(value)}");
    }

    public static IReadOnlyList<ContentText> TextList(this ContentMap map, string key)
    {
        var value = map.Find(key);
        if (value is null)
        {
            return [];
        }

        if (value is ContentText single)
        {
            return [single];
        }

        if (value is not ContentList list)
        {
            throw ShapeError(value, $"'{key}' must be a list of text");
        }

        return list.Items.Select(item => item as ContentText ?? throw ShapeError(item, $"each entry of '{key}' must be text")).ToList();
    }

    public static string KindOf(ContentNode node) => node switch
    {
        ContentText => "text",
        ContentMap => "mapping",
        ContentList => "list",
        _ => "value",
    };

    private static BrochureException Missing(ContentMap map, string key) =>
        new(Diagnostic.Error(DiagnosticCodes.ContentKeyMissing, $"the key '{key}' is missing", map.Location));

    private static BrochureException ShapeError(ContentNode node, string message) =>
        new(Diagnostic.Error(DiagnosticCodes.ContentShape, message, node.Location));
}
