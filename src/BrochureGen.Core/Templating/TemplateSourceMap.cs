using BrochureGen.Diagnostics;

namespace BrochureGen.Templating;

/// <summary>
/// Remembers which template text produced which part of the rendered markup, so that an error
/// found while parsing the markup (an unknown element, say) names the template line a designer
/// has to change, not a line of an intermediate file nobody sees.
/// </summary>
public sealed class TemplateSourceMap
{
    private readonly List<Segment> _segments = [];

    /// <summary>Raw template text copied to the output from <paramref name="start"/>.</summary>
    internal void AddVerbatim(int outputOffset, SourceLocation start, string templateText) =>
        _segments.Add(new Segment(outputOffset, start, templateText));

    /// <summary>Output of an expression: every character maps to the expression's start.</summary>
    internal void AddExpression(int outputOffset, SourceLocation start) =>
        _segments.Add(new Segment(outputOffset, start, null));

    /// <summary>The template location that wrote the character at <paramref name="outputOffset"/>.</summary>
    public SourceLocation? Resolve(int outputOffset)
    {
        Segment? found = null;
        foreach (var segment in _segments)
        {
            if (segment.OutputOffset > outputOffset)
            {
                break;
            }

            found = segment;
        }

        if (found is null)
        {
            return null;
        }

        if (found.Text is null)
        {
            return found.Start;
        }

        // Walk the verbatim text to turn the offset into a line and column of the template.
        var line = found.Start.Line;
        var column = found.Start.Column;
        var steps = Math.Min(outputOffset - found.OutputOffset, found.Text.Length);
        for (var i = 0; i < steps; i++)
        {
            if (found.Text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return found.Start with { Line = line, Column = column };
    }

    private sealed record Segment(int OutputOffset, SourceLocation Start, string? Text);
}
