using BrochureGen.Diagnostics;

namespace BrochureGen.Document;

/// <summary>
/// Where words of the document were written: the content's key (or Markdown block) and its
/// line. Layout and the backends name the content file in diagnostics through it, without
/// knowing which content route (Markdown or YAML keys) wrote the words.
/// </summary>
public sealed record TextOrigin(string KeyPath, SourceLocation Location);
