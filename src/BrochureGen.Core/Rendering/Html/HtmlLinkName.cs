using BrochureGen.Document;
using BrochureGen.Document.Resolve;

namespace BrochureGen.Rendering.Html;

/// <summary>The aria-label of a link in the HTML edition: the name every format gives it (<see cref="LinkName"/>).</summary>
public static class HtmlLinkName
{
    /// <summary>The aria-label to write, or null when the visible text alone names the link.</summary>
    public static string? AriaLabel(string visibleText, string? description) => LinkName.Override(visibleText, description);
}
