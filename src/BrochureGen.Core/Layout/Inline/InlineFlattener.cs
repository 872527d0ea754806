using System.Text;
using BrochureGen.Document;
using BrochureGen.Document.Resolve;
using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// Collect, the first phase of inline layout (collect → shape → break → place): turns the
/// inline tree of a paragraph into a flat list of styled pieces (<see cref="StyledText"/>),
/// collapsing white space as HTML does: the template's indentation never reaches the page.
/// </summary>
public sealed class InlineFlattener
{
    private readonly List<StyledText> _pieces = [];
    private readonly Func<int> _nextLinkId;
    private bool _lastWasSpace = true;

    private InlineFlattener(Func<int> nextLinkId)
    {
        _nextLinkId = nextLinkId;
    }

    public static IReadOnlyList<StyledText> Flatten(IEnumerable<InlineElement> inlines, InlineState initial, Func<int> nextLinkId)
    {
        var flattener = new InlineFlattener(nextLinkId);
        flattener.Visit(inlines, initial);
        flattener.TrimEnd();
        return flattener._pieces;
    }

    private void Visit(IEnumerable<InlineElement> inlines, InlineState state)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextElement text:
                    AddText(text.Text, state);
                    break;
                case LineBreakElement:
                    TrimEnd();
                    _pieces.Add(new StyledText("\n", state));
                    _lastWasSpace = true;
                    break;
                case StyledElement styled:
                    Visit(styled.Children, styled.Kind switch
                    {
                        InlineKind.Strong => state with { Bold = true },
                        InlineKind.Emphasis => state with { Italic = true },
                        _ => state with { Superscript = true },
                    });
                    break;
                case LinkElement link:
                    // The resolver gave every link its description and kind, and no link holds another.
                    Visit(link.Children, state with { Link = new LinkTarget(_nextLinkId(), link.Target, link.Description, link.Kind, LinkName.Of(link)) });
                    break;
                case LanguageElement language:
                    Visit(language.Children, state with { Language = language.Language });
                    break;
                case SourceElement source:
                    Visit(source.Children, state with { Source = source.Source });
                    break;
            }
        }
    }

    private void AddText(string text, InlineState state)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (!_lastWasSpace)
                {
                    builder.Append(' ');
                    _lastWasSpace = true;
                }
            }
            else
            {
                builder.Append(c);
                _lastWasSpace = false;
            }
        }

        if (builder.Length > 0)
        {
            _pieces.Add(new StyledText(builder.ToString(), state));
        }
    }

    private void TrimEnd()
    {
        while (_pieces.Count > 0)
        {
            var last = _pieces[^1];
            if (last.Text == "\n")
            {
                return;
            }

            var trimmed = last.Text.TrimEnd(' ');
            if (trimmed.Length == last.Text.Length)
            {
                return;
            }

            if (trimmed.Length == 0)
            {
                _pieces.RemoveAt(_pieces.Count - 1);
            }
            else
            {
                _pieces[^1] = last with { Text = trimmed };
                return;
            }
        }
    }
}
