namespace BrochureGen.Layout;

/// <summary>Text with one inline state; <c>"\n"</c> stands for a forced line break.</summary>
public sealed record StyledText(string Text, InlineState State);
