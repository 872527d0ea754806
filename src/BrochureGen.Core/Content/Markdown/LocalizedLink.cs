using BrochureGen.Diagnostics;

namespace BrochureGen.Content.Markdown;

/// <summary>
/// A translation's own counterpart of a source address (front matter <c>links:</c>): where the
/// source links to <paramref name="Source"/>, this translation links to <paramref name="Translation"/>
/// (the agency's Spanish page), and the checks require it there, QR codes included.
/// </summary>
public sealed record LocalizedLink(string Source, string Translation, SourceLocation Location);
