namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>How a marked-content sequence is opened: as part of an element (with its id) or as an artifact.</summary>
internal abstract record ContentMark;

/// <summary>Content of the element of type <paramref name="Type"/> with marked-content id <paramref name="Id"/> on its page.</summary>
internal sealed record TaggedContent(string Type, int Id) : ContentMark;

/// <summary>Decoration assistive technology skips; <paramref name="IsPageNumber"/>: a page number in the page's foot (a pagination artifact).</summary>
internal sealed record ArtifactContent(bool IsPageNumber) : ContentMark;
