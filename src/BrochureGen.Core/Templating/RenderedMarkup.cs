using BrochureGen.Content;

namespace BrochureGen.Templating;

/// <summary>What the templating stage hands to the document stage.</summary>
public sealed record RenderedMarkup(
    string Markup,
    string TemplateFile,
    TemplateSourceMap SourceMap,
    IReadOnlyList<ContentText> ContentSources);
