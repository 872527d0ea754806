using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>A value of a content file, with the place it was written so later stages can point back to it.</summary>
public abstract record ContentNode(string KeyPath, SourceLocation Location);

/// <summary>A text value, already normalized to NFC, with its inline markup parsed.</summary>
public sealed record ContentText(string KeyPath, SourceLocation Location, string Raw, IReadOnlyList<InlineNode> Inlines)
    : ContentNode(KeyPath, Location)
{
    /// <summary>The text a reader sees, without markup characters.</summary>
    public string PlainText => InlineNode.PlainTextOf(Inlines);

    public override string ToString() => PlainText;
}

/// <summary>A mapping of keys to values, in file order.</summary>
public sealed record ContentMap(string KeyPath, SourceLocation Location, IReadOnlyList<KeyValuePair<string, ContentNode>> Entries)
    : ContentNode(KeyPath, Location)
{
    public ContentNode? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key == key)
            {
                return entry.Value;
            }
        }

        return null;
    }
}

/// <summary>A sequence of values.</summary>
public sealed record ContentList(string KeyPath, SourceLocation Location, IReadOnlyList<ContentNode> Items)
    : ContentNode(KeyPath, Location);
