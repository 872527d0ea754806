using BrochureGen.Layout.Theme;

namespace BrochureGen.Rendering.Html;

/// <summary>
/// Text a page sets in one font stack: its characters (code points) and the faces — weight and
/// italic — the page's style sheet asks the stack for. <see cref="HtmlFonts.FaceRules(IEnumerable{WebFontDemand})"/>
/// embeds exactly that.
/// </summary>
internal sealed record WebFontDemand(FontStack Stack, IReadOnlySet<int> CodePoints, IReadOnlySet<(int Weight, bool Italic)> Faces);
