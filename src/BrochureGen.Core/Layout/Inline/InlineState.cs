using BrochureGen.Document;

namespace BrochureGen.Layout;

/// <summary>The inline formatting in effect for a piece of text.</summary>
public sealed record InlineState(bool Bold, bool Italic, bool Superscript, LinkTarget? Link, string? Language, TextOrigin? Source)
{
    public static readonly InlineState Plain = new(false, false, false, null, null, null);
}
