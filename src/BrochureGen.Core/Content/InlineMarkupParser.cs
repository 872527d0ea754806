using System.Text;
using BrochureGen.Diagnostics;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content;

/// <summary>
/// Parses the inline markup of a content value:
/// <c>**bold**</c>, <c>*emphasis*</c>, <c>^superscript^</c>, <c>[label](target)</c>, and <c>\</c> to
/// take the next character literally. An unclosed <c>**</c> or link is an error (it is surely
/// a typo); a lone <c>*</c> or <c>^</c> is ordinary text. Everything else is text, including characters such as
/// <c>&lt;</c> and <c>&amp;</c>, which later stages escape.
/// </summary>
public sealed class InlineMarkupParser
{
    private readonly string _text;
    private readonly SourceLocation _location;
    private int _position;

    private InlineMarkupParser(string text, SourceLocation location)
    {
        _text = text;
        _location = location;
    }

    public static IReadOnlyList<InlineNode> Parse(string text, SourceLocation location)
    {
        var parser = new InlineMarkupParser(text, location);
        var nodes = parser.ParseUntil(terminator: null, openedAt: 0);
        return nodes;
    }

    private List<InlineNode> ParseUntil(string? terminator, int openedAt)
    {
        var nodes = new List<InlineNode>();
        var plain = new StringBuilder();

        void FlushPlain()
        {
            if (plain.Length > 0)
            {
                nodes.AddRange(AutoLinker.Link(plain.ToString()));
                plain.Clear();
            }
        }

        while (_position < _text.Length)
        {
            if (terminator is not null && Matches(terminator))
            {
                _position += terminator.Length;
                FlushPlain();
                return nodes;
            }

            var c = _text[_position];
            if (c == '\\' && _position + 1 < _text.Length)
            {
                plain.Append(_text[_position + 1]);
                _position += 2;
            }
            else if (Matches("**"))
            {
                FlushPlain();
                var start = _position;
                _position += 2;
                nodes.Add(new StyledInline(InlineKind.Strong, ParseUntil("**", start)));
            }
            else if ((c == '*' || c == '^') && !Closes(c))
            {
                // A lone '*' or '^' (7*6, a footnote mark) is text, as in Markdown.
                plain.Append(c);
                _position++;
            }
            else if (c == '*')
            {
                FlushPlain();
                var start = _position;
                _position++;
                nodes.Add(new StyledInline(InlineKind.Emphasis, ParseUntil("*", start)));
            }
            else if (c == '^')
            {
                FlushPlain();
                var start = _position;
                _position++;
                nodes.Add(new StyledInline(InlineKind.Superscript, ParseUntil("^", start)));
            }
            else if (c == '[')
            {
                FlushPlain();
                nodes.Add(ParseLink());
            }
            else
            {
                plain.Append(c);
                _position++;
            }
        }

        if (terminator is not null)
        {
            throw Error(openedAt, $"'{terminator}' opened here is never closed; write \\{terminator[0]} for a literal '{terminator[0]}'");
        }

        FlushPlain();
        return nodes;
    }

    private InlineNode ParseLink()
    {
        var start = _position;
        _position++;
        var labelEnd = _text.IndexOf(']', _position);
        if (labelEnd < 0 || labelEnd + 1 >= _text.Length || _text[labelEnd + 1] != '(')
        {
            throw Error(start, "a link is written [label](target); write \\[ for a literal '['");
        }

        var targetEnd = _text.IndexOf(')', labelEnd + 2);
        if (targetEnd < 0)
        {
            throw Error(labelEnd + 1, "the link target is not closed with ')'");
        }

        var label = _text[_position..labelEnd];
        var target = _text[(labelEnd + 2)..targetEnd].Trim();
        if (target.Length == 0)
        {
            throw Error(labelEnd + 1, "the link target is empty");
        }

        _position = targetEnd + 1;
        var labelLocation = _location with { Column = _location.Column + start + 1 };
        return new LinkInline(NormalizeTarget(target), StripAutoLinks(Parse(label, labelLocation)));
    }

    // A link's label must not contain further links.
    private static IReadOnlyList<InlineNode> StripAutoLinks(IReadOnlyList<InlineNode> nodes) =>
        nodes.Select(n => n is LinkInline link ? new PlainInline(InlineNode.PlainTextOf(link.Children)) : n).ToList();

    private static string NormalizeTarget(string target) =>
        target.Contains(':', StringComparison.Ordinal) ? target : AutoLinker.TargetFor(target);

    // Emphasis and superscript open only where a closing mark follows and the text does not start with a space.
    private bool Closes(char mark) =>
        _position + 1 < _text.Length && _text[_position + 1] != ' ' && _text.IndexOf(mark, _position + 1) > _position + 1;

    private bool Matches(string token) => string.CompareOrdinal(_text, _position, token, 0, token.Length) == 0;

    private BrochureException Error(int offset, string message)
    {
        // Columns are exact for single-line values; for folded values they point at the value's start line.
        var location = _text.IndexOf('\n') < 0 ? _location with { Column = _location.Column + offset } : _location;
        return new BrochureException(Diagnostic.Error(DiagnosticCodes.InlineMarkup, message, location));
    }
}
