using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BrochureGen.Tests.Support;

/// <summary>
/// Reads a tagged PDF's text as assistive technology should, by the spec: the structure tree
/// in its order, each element's marked content in content-stream order, glyphs mapped through
/// the fonts' ToUnicode maps (a right-to-left show string turned around, as the engines readers
/// use do), and a marked-content sequence's /ActualText standing for all the glyphs inside it.
/// </summary>
public static partial class TaggedText
{
    public static string InReadingOrder(QpdfJson pdf)
    {
        var texts = new Dictionary<(string Page, int Mcid), MarkedText>();
        foreach (var pageReference in PageReferences(pdf))
        {
            var page = pdf.Value(pageReference);
            var fonts = Fonts(pdf, page);
            Read(pdf.PageContent(page), fonts, pageReference, texts);
        }

        var result = new StringBuilder();
        var root = pdf.Value(pdf.Catalog.GetProperty("/StructTreeRoot").GetString()!);
        Walk(pdf, root.GetProperty("/K"), null, texts, result);
        return result.ToString();
    }

    /// <summary>The text of every structure element that declares a language (/Lang), in reading order.</summary>
    public static IReadOnlyList<(string Language, string Text)> InLanguages(QpdfJson pdf)
    {
        var texts = new Dictionary<(string Page, int Mcid), MarkedText>();
        foreach (var pageReference in PageReferences(pdf))
        {
            var page = pdf.Value(pageReference);
            Read(pdf.PageContent(page), Fonts(pdf, page), pageReference, texts);
        }

        var found = new List<(string, string)>();
        void Visit(JsonElement kids, string? page)
        {
            foreach (var kid in kids.ValueKind == JsonValueKind.Array ? kids.EnumerateArray().ToList() : [kids])
            {
                if (kid.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                var element = pdf.Resolve(kid);
                if (!element.TryGetProperty("/K", out var children) || (element.TryGetProperty("/Type", out var t) && t.GetString() is "/OBJR" or "/MCR"))
                {
                    continue;
                }

                var elementPage = element.TryGetProperty("/Pg", out var pg) ? pg.GetString() : page;
                if (element.TryGetProperty("/Lang", out var language))
                {
                    var text = new StringBuilder();
                    Walk(pdf, children, elementPage, texts, text);
                    found.Add((QpdfJson.Text(language), text.ToString()));
                }

                Visit(children, elementPage);
            }
        }

        var root = pdf.Value(pdf.Catalog.GetProperty("/StructTreeRoot").GetString()!);
        Visit(root.GetProperty("/K"), null);
        return found;
    }

    private static void Walk(QpdfJson pdf, JsonElement kids, string? page, Dictionary<(string, int), MarkedText> texts, StringBuilder result)
    {
        foreach (var kid in kids.ValueKind == JsonValueKind.Array ? kids.EnumerateArray().ToList() : [kids])
        {
            if (kid.ValueKind == JsonValueKind.Number)
            {
                result.Append(texts.GetValueOrDefault((page!, kid.GetInt32()))?.ToString());
                continue;
            }

            var element = pdf.Resolve(kid);
            if (element.TryGetProperty("/Type", out var type) && type.GetString() == "/MCR")
            {
                result.Append(texts.GetValueOrDefault((element.GetProperty("/Pg").GetString()!, element.GetProperty("/MCID").GetInt32()))?.ToString());
            }
            else if (element.TryGetProperty("/K", out var children) && !(element.TryGetProperty("/Type", out var t) && t.GetString() == "/OBJR"))
            {
                var elementPage = element.TryGetProperty("/Pg", out var pg) ? pg.GetString() : page;
                Walk(pdf, children, elementPage, texts, result);
            }
        }
    }

    private static List<string> PageReferences(QpdfJson pdf)
    {
        var pages = new List<string>();
        void Visit(string reference)
        {
            var node = pdf.Value(reference);
            if (node.GetProperty("/Type").GetString() == "/Pages")
            {
                foreach (var kid in node.GetProperty("/Kids").EnumerateArray())
                {
                    Visit(kid.GetString()!);
                }
            }
            else
            {
                pages.Add(reference);
            }
        }

        Visit(pdf.Catalog.GetProperty("/Pages").GetString()!);
        return pages;
    }

    private static Dictionary<string, Dictionary<int, string>> Fonts(QpdfJson pdf, JsonElement page)
    {
        var fonts = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
        var resources = pdf.Resolve(page.GetProperty("/Resources"));
        if (!resources.TryGetProperty("/Font", out var fontDictionary))
        {
            return fonts;
        }

        foreach (var font in pdf.Resolve(fontDictionary).EnumerateObject())
        {
            var map = new Dictionary<int, string>();
            var value = pdf.Resolve(font.Value);
            if (value.TryGetProperty("/ToUnicode", out var toUnicode))
            {
                var cmap = Encoding.Latin1.GetString(pdf.StreamData(toUnicode.GetString()!));
                foreach (Match entry in CharacterMapping().Matches(cmap))
                {
                    map[int.Parse(entry.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = Encoding.BigEndianUnicode.GetString(Convert.FromHexString(entry.Groups[2].Value));
                }
            }

            fonts[font.Name.TrimStart('/')] = map;
        }

        return fonts;
    }

    private static void Read(string content, Dictionary<string, Dictionary<int, string>> fonts, string page, Dictionary<(string, int), MarkedText> texts)
    {
        var operands = new List<string>();
        var marked = new Stack<(int? Mcid, bool ActualText)>();
        var font = string.Empty;
        var position = 0;
        var (x, y) = (0.0, 0.0);
        MarkedText? Owner()
        {
            var owner = marked.FirstOrDefault(entry => entry.Mcid is not null).Mcid;
            return owner is { } id ? (texts.TryGetValue((page, id), out var existing) ? existing : texts[(page, id)] = new MarkedText()) : null;
        }

        while (Token(content, ref position) is { } token)
        {
            if (token[0] is '/' or '(' or '<' or '[' or '-' or '.' || char.IsAsciiDigit(token[0]))
            {
                operands.Add(token);
                continue;
            }

            switch (token)
            {
                case "BDC":
                    var properties = operands.LastOrDefault() ?? string.Empty;
                    var mcid = McidPattern().Match(properties) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
                    var actual = ActualTextPattern().Match(properties);
                    marked.Push((mcid, actual.Success));

                    // The actual text stands for every glyph shown inside the sequence.
                    if (actual.Success)
                    {
                        Owner()?.Add(x, y, DecodeString(actual.Groups[1].Value));
                    }

                    break;
                case "BMC":
                    marked.Push((null, false));
                    break;
                case "EMC":
                    marked.Pop();
                    break;
                case "Tf":
                    font = operands[^2].TrimStart('/');
                    break;
                case "Tm" when operands.Count >= 6:
                    x = double.Parse(operands[^2], CultureInfo.InvariantCulture);
                    y = double.Parse(operands[^1], CultureInfo.InvariantCulture);
                    break;
                case "Tj" or "TJ" when !marked.Any(entry => entry.ActualText):
                    var shown = new StringBuilder();
                    foreach (Match glyphs in HexString().Matches(string.Join(' ', operands)))
                    {
                        var hex = glyphs.Groups[1].Value;
                        for (var i = 0; i + 4 <= hex.Length; i += 4)
                        {
                            shown.Append(fonts.GetValueOrDefault(font)?.GetValueOrDefault(int.Parse(hex[i..(i + 4)], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                        }
                    }

                    Owner()?.Add(x, y, shown.ToString());
                    break;
            }

            operands.Clear();
        }
    }

    /// <summary>
    /// The text of one marked-content sequence: its show strings with where they start. A line
    /// of right-to-left text is drawn from left to right, each show string one run of one
    /// direction with its characters in drawing order, as the engines readers use expect; this
    /// reader, like them, turns it back: a line holding right-to-left text reads its runs from
    /// right to left (left-to-right runs next to each other keeping their order; a superscript,
    /// raised, is on its line) and each
    /// right-to-left run backwards. Direction marks are dropped.
    /// </summary>
    private sealed class MarkedText
    {
        private readonly List<(double X, double Y, string Text)> _shown = [];

        public void Add(double x, double y, string text) => _shown.Add((x, y, text.Replace("\u200E", string.Empty, StringComparison.Ordinal).Replace("\u200F", string.Empty, StringComparison.Ordinal)));

        public override string ToString()
        {
            var result = new StringBuilder();
            for (var i = 0; i < _shown.Count;)
            {
                var j = i + 1;
                while (j < _shown.Count && Math.Abs(_shown[j].Y - _shown[i].Y) < 6)
                {
                    j++;
                }

                var line = _shown.GetRange(i, j - i);
                if (line.Any(s => IsRightToLeft(s.Text)))
                {
                    var ordered = line.OrderByDescending(s => s.X).ToList();
                    for (var k = 0; k < ordered.Count;)
                    {
                        var l = k;
                        while (l < ordered.Count && !IsRightToLeft(ordered[l].Text))
                        {
                            l++;
                        }

                        ordered.Reverse(k, l - k);
                        k = Math.Max(l, k + 1);
                    }

                    line = ordered.Select(s => s with { Text = IsRightToLeft(s.Text) ? Reversed(s.Text) : s.Text }).ToList();
                }

                foreach (var shown in line)
                {
                    result.Append(shown.Text);
                }

                i = j;
            }

            return result.ToString();
        }

        private static bool IsRightToLeft(string text) =>
            text.Any(c => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFEFC') && !text.Any(char.IsAsciiLetter);

        private static string Reversed(string text)
        {
            var elements = new List<string>();
            for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            {
                elements.Add(text.Substring(i, char.IsSurrogatePair(text, i) ? 2 : 1));
            }

            elements.Reverse();
            return string.Concat(elements);
        }
    }

    private static string DecodeString(string token)
    {
        if (token.StartsWith('<'))
        {
            var bytes = Convert.FromHexString(token.Trim('<', '>'));
            return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
        }

        var inner = token[1..^1];
        return Regex.Replace(inner, @"\\(.)", "$1");
    }

    // The next token: a name, number, string, array, dictionary or operator.
    private static string? Token(string s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        if (i >= s.Length)
        {
            return null;
        }

        var start = i;
        switch (s[i])
        {
            case '(':
                var depth = 0;
                for (; i < s.Length; i++)
                {
                    if (s[i] == '\\')
                    {
                        i++;
                        continue;
                    }

                    depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
                    if (depth == 0)
                    {
                        break;
                    }
                }

                return s[start..++i];
            case '<' when i + 1 < s.Length && s[i + 1] == '<':
                var nesting = 0;
                for (; i < s.Length - 1; i++)
                {
                    if (s[i] == '<' && s[i + 1] == '<')
                    {
                        nesting++;
                        i++;
                    }
                    else if (s[i] == '>' && s[i + 1] == '>')
                    {
                        nesting--;
                        i++;
                        if (nesting == 0)
                        {
                            break;
                        }
                    }
                    else if (s[i] == '(')
                    {
                        Token(s, ref i);
                        i--;
                    }
                    else if (s[i] == '<')
                    {
                        // A hex string inside the dictionary: its '>' is not the dictionary's end.
                        i = s.IndexOf('>', i);
                    }
                }

                return s[start..++i];
            case '<':
                i = s.IndexOf('>', i) + 1;
                return s[start..i];
            case '[':
                var level = 0;
                for (; i < s.Length; i++)
                {
                    if (s[i] == '(')
                    {
                        Token(s, ref i);
                        i--;
                        continue;
                    }

                    level += s[i] == '[' ? 1 : s[i] == ']' ? -1 : 0;
                    if (level == 0)
                    {
                        break;
                    }
                }

                return s[start..++i];
            default:
                i++;
                while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not ('/' or '(' or '<' or '[' or ']'))
                {
                    i++;
                }

                return s[start..i];
        }
    }

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex CharacterMapping();

    [GeneratedRegex(@"/MCID\s+(\d+)")]
    private static partial Regex McidPattern();

    [GeneratedRegex(@"/ActualText\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>)")]
    private static partial Regex ActualTextPattern();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>")]
    private static partial Regex HexString();
}
