using BrochureGen.Document;

namespace BrochureGen.Layout;

/// <summary>
/// A link as layout tracks it: one id per link element, so a link broken across lines stays one
/// link. <paramref name="Description"/> and <paramref name="Kind"/> are the resolved document's;
/// <paramref name="Name"/> is its accessible name (<see cref="Document.Resolve.LinkName"/>), the Link element's
/// /Alt: never null — without a description it is the words on screen, so every Link element has
/// its /Alt whichever route wrote the link.
/// </summary>
public sealed record LinkTarget(int Id, string Target, string Description, LinkKind Kind, string Name);
