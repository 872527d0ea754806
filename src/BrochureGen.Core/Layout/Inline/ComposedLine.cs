namespace BrochureGen.Layout;

/// <summary>One line of a paragraph (the break phase's output). <paramref name="Width"/> excludes the space kept at a soft break.</summary>
public sealed record ComposedLine(IReadOnlyList<LineFragment> Fragments, double Width)
{
    /// <summary>The line ends at a line break of the text (an address written line by line), not where it ran out of room.</summary>
    public bool EndsWithBreak { get; init; }

    /// <summary>The line ends inside a word that is wider than the line on its own (the word goes on below).</summary>
    public bool EndsInsideWord { get; init; }
}
