using System.Collections;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BrochureGen.Templating;

/// <summary>
/// A Scriban context that escapes every interpolated value (a translation containing
/// <c>&lt;</c> or <c>&amp;</c> comes out as text), renders content values through their inline
/// markup, and records which template text wrote which part of the output.
/// </summary>
internal sealed class MarkupTemplateContext : TemplateContext
{
    private StringBuilderOutput? _output;
    private readonly ContentMarkupWriter _contentWriter = new();
    private readonly Func<string, string> _displayPath;
    private readonly Stack<SourceSpan> _statements = new();
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>How long a template may run: loops within the loop limit can still nest into hours.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(5);

    public MarkupTemplateContext(Func<string, string> displayPath)
    {
        _displayPath = displayPath;
    }

    public TemplateSourceMap SourceMap { get; } = new();

    /// <summary>Content keys the template asked for that the content file lacks.</summary>
    public List<Diagnostic> Missing { get; } = [];

    public void ReportMissing(SourceSpan span, string message)
    {
        var diagnostic = Diagnostic.Error(DiagnosticCodes.TemplateMissingVariable, message, LocationOf(_statements.Count > 0 ? _statements.Peek() : span));
        if (!Missing.Contains(diagnostic))
        {
            Missing.Add(diagnostic);
        }
    }

    public IReadOnlyList<ContentText> ContentSources => _contentWriter.Sources;


    public SourceLocation LocationOf(SourceSpan span) =>
        new(_displayPath(span.FileName ?? string.Empty), span.Start.Line + 1, span.Start.Column + 1);

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (_clock.Elapsed > TimeLimit)
        {
            throw new ScriptRuntimeException(scriptNode?.Span ?? default, $"the template ran for more than {TimeLimit.TotalSeconds:0} seconds and was stopped (an endless or very large loop?)");
        }

        // Template.Render pushes the output the page is written to; nested outputs (includes,
        // captures) are not the markup, so only positions in this one are recorded.
        if (scriptNode is ScriptPage && _output is null)
        {
            _output = Output as StringBuilderOutput;
        }

        switch (scriptNode)
        {
            // A loop over a value the content gives as text is the content's mistake as much as
            // the template's: report it at the content value, naming the template line too.
            case ScriptForStatement loop when loop.Iterator is not null && base.Evaluate(loop.Iterator, false) is ContentText text:
                throw new ContentShapeException(text, LocationOf(loop.Span));

            case ScriptRawStatement raw when _output is not null && ReferenceEquals(Output, _output):
                SourceMap.AddVerbatim(_output.Builder.Length, LocationOf(raw.Span), raw.ToString());
                return base.Evaluate(scriptNode, aliasReturnedFunction);

            case ScriptExpressionStatement statement:
                // Scriban passes a coarse span to Write; the statement's own span is exact.
                _statements.Push(statement.Span);
                try
                {
                    return base.Evaluate(scriptNode, aliasReturnedFunction);
                }
                finally
                {
                    _statements.Pop();
                }

            case ScriptFunctionCall { Target: ScriptVariable { Name: "include" } }:
                // An include returns the partial's output, which this context already escaped.
                var included = base.Evaluate(scriptNode, aliasReturnedFunction);
                return included is string markup ? new TrustedMarkup(markup) : included;

            default:
                return base.Evaluate(scriptNode, aliasReturnedFunction);
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (_statements.Count > 0)
        {
            span = _statements.Peek();
        }

        if (_output is not null && ReferenceEquals(Output, _output))
        {
            SourceMap.AddExpression(_output.Builder.Length, LocationOf(span));
        }

        var markup = textAsObject switch
        {
            null or MissingContent => string.Empty,
            TrustedMarkup trusted => trusted.Markup,
            ContentText text => _contentWriter.Write(text),
            DescribedContent described => _contentWriter.Write(described.Text, described.DescriptionPattern),
            string text => MarkupEscaper.Escape(text),
            ScriptObject => throw new ScriptRuntimeException(span, "this value is a mapping of keys, not text: name one of its keys"),
            IEnumerable => throw new ScriptRuntimeException(span, "this value is a list, not text: loop over it with 'for'"),
            _ => MarkupEscaper.Escape(ObjectToString(textAsObject) ?? string.Empty),
        };
        return base.Write(span, markup);
    }
}

/// <summary>Markup this context produced itself (a partial's output): written as is.</summary>
internal sealed record TrustedMarkup(string Markup);

/// <summary>The template loops over a content value that is text, not a list.</summary>
internal sealed class ContentShapeException(ContentText value, SourceLocation loop) : Exception($"'{value.KeyPath}' is text, not a list")
{
    public ContentText Value { get; } = value;

    public SourceLocation Loop { get; } = loop;
}
