using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BrochureGen.Tests.Support;

/// <summary>
/// Reads a tagged PDF's text as assistive technology should, by the spec: the structure tree
/// in its order, each element's marked content in content-stream order, glyphs mapped through
/// the fonts' ToUnicode maps, and a marked-content sequence's /ActualText standing for all the
/// glyphs inside it.
/// </summary>
public static partial class TaggedText
{
    public static string InReadingOrder(QpdfJson pdf)
    {
        var texts = new Dictionary<(string Page, int Mcid), StringBuilder>();
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

    private static void Walk(QpdfJson pdf, JsonElement kids, string? page, Dictionary<(string, int), StringBuilder> texts, StringBuilder result)
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

    private static void Read(string content, Dictionary<string, Dictionary<int, string>> fonts, string page, Dictionary<(string, int), StringBuilder> texts)
    {
        var operands = new List<string>();
        var marked = new Stack<(int? Mcid, bool ActualText)>();
        var font = string.Empty;
        var position = 0;
        StringBuilder? Owner()
        {
            var owner = marked.FirstOrDefault(entry => entry.Mcid is not null).Mcid;
            return owner is { } id ? (texts.TryGetValue((page, id), out var existing) ? existing : texts[(page, id)] = new StringBuilder()) : null;
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
                        Owner()?.Append(DecodeString(actual.Groups[1].Value));
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
                case "Tj" or "TJ" when !marked.Any(entry => entry.ActualText):
                    var builder = Owner();
                    foreach (Match glyphs in HexString().Matches(string.Join(' ', operands)))
                    {
                        var hex = glyphs.Groups[1].Value;
                        for (var i = 0; i + 4 <= hex.Length; i += 4)
                        {
                            builder?.Append(fonts.GetValueOrDefault(font)?.GetValueOrDefault(int.Parse(hex[i..(i + 4)], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                        }
                    }

                    break;
            }

            operands.Clear();
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
