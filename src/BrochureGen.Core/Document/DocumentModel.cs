using BrochureGen.Content;

namespace BrochureGen.Document;

/// <summary>The six panels of a tri-fold, named by where they sit when the brochure is folded.</summary>
public static class PanelSlots
{
    public const string Cover = "cover";
    public const string Flap = "flap";
    public const string InsideLeft = "inside-left";
    public const string InsideMiddle = "inside-middle";
    public const string InsideRight = "inside-right";
    public const string Back = "back";

    /// <summary>The order a reader meets the panels of the folded brochure.</summary>
    public static readonly IReadOnlyList<string> ReadingOrder = [Cover, Flap, InsideLeft, InsideMiddle, InsideRight, Back];
}

/// <summary>The semantic tree of one edition: a language and its panels.</summary>
public sealed record BrochureDocument(string Language, IReadOnlyList<PanelNode> Panels);

/// <summary>One panel; <paramref name="Tone"/> names the theme's colour scheme for it (light, dark, …).</summary>
public sealed record PanelNode(string Slot, string Tone, IReadOnlyList<BlockNode> Blocks);

public abstract record BlockNode;

/// <summary>A heading; level 1 is the brochure title.</summary>
public sealed record HeadingNode(int Level, string? StyleClass, IReadOnlyList<InlineElement> Content) : BlockNode;

/// <summary>A paragraph in a named paragraph style of the theme (body when none is given).</summary>
public sealed record ParagraphNode(string? StyleClass, IReadOnlyList<InlineElement> Content) : BlockNode;

/// <summary>A bulleted list; items may hold nested lists.</summary>
public sealed record ListNode(IReadOnlyList<ListItemNode> Items) : BlockNode;

public sealed record ListItemNode(IReadOnlyList<InlineElement> Content, ListNode? Nested);

/// <summary>A group of blocks drawn on a background (a call-out).</summary>
public sealed record BoxNode(string? StyleClass, IReadOnlyList<BlockNode> Blocks) : BlockNode;

/// <summary>A meaningful image; <paramref name="Alt"/> is what a screen reader says instead. <paramref name="Location"/> is the template line.</summary>
public sealed record FigureNode(string Source, string Alt, double Width, double Height, BrochureGen.Diagnostics.SourceLocation Location) : BlockNode;

/// <summary>Decoration with no meaning (a rule, an ornament): drawn, never read aloud.</summary>
public sealed record DecorNode(string Kind) : BlockNode;

/// <summary>Flexible space: pushes what follows to the bottom of the panel.</summary>
public sealed record FillNode : BlockNode;

public abstract record InlineElement;

public sealed record TextElement(string Text) : InlineElement;

public sealed record LineBreakElement : InlineElement;

public enum InlineKind
{
    Strong,
    Emphasis,
    Superscript,
}

public sealed record StyledElement(InlineKind Kind, IReadOnlyList<InlineElement> Children) : InlineElement;

/// <summary>A link; <paramref name="Description"/> tells what following it does (read by assistive technology).</summary>
public sealed record LinkElement(string Target, string? Description, IReadOnlyList<InlineElement> Children) : InlineElement;

/// <summary>Text in another language than the edition's.</summary>
public sealed record LanguageElement(string Language, IReadOnlyList<InlineElement> Children) : InlineElement;

/// <summary>Words that came from one content value; lets layout name the content file in diagnostics.</summary>
public sealed record SourceElement(ContentText Source, IReadOnlyList<InlineElement> Children) : InlineElement;
