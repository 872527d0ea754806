using BrochureGen.Diagnostics;

namespace BrochureGen.Content.Markdown;

/// <summary>
/// A <c>##</c> section: its heading, the blocks up to the next <c>##</c>, and where it goes.
/// <paramref name="Pin"/> names a panel the section is pinned to (<c>{pin=back}</c>);
/// <paramref name="Box"/> names the call-out it is drawn in when the whole section sits in one.
/// </summary>
public sealed record ContentSection(
    SourceLocation Location,
    ContentText Heading,
    string? Pin,
    bool NewPanel,
    string? Box,
    IReadOnlyList<ContentBlock> Blocks);
