using System.Text;

namespace BrochureGen.Tests.Support;

/// <summary>
/// Walks the operators of a content stream, keeping a stack of BT/ET, q/Q and marked content
/// (BDC/BMC … EMC). Reports operators that break the nesting and painting operators that are
/// not inside any marked content (untagged content).
/// </summary>
public static class ContentStreamScanner
{
    private static readonly HashSet<string> PaintingOperators = ["Tj", "TJ", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh"];

    public sealed record Report(IReadOnlyList<string> NestingErrors, IReadOnlyList<string> UntaggedOperators, int MarkedSequences);

    public static Report Scan(string content)
    {
        var stack = new Stack<string>();
        var nesting = new List<string>();
        var untagged = new List<string>();
        var sequences = 0;
        var position = 0;
        foreach (var (token, offset, _) in Operators(content))
        {
            position = offset;
            switch (token)
            {
                case "BT" or "q":
                    stack.Push(token);
                    break;
                case "BDC" or "BMC":
                    stack.Push("MC");
                    sequences++;
                    break;
                case "ET":
                    Pop("BT");
                    break;
                case "Q":
                    Pop("q");
                    break;
                case "EMC":
                    Pop("MC");
                    break;
                default:
                    if (PaintingOperators.Contains(token) && !stack.Contains("MC"))
                    {
                        untagged.Add($"{token} at offset {offset}");
                    }

                    break;
            }
        }

        if (stack.Count > 0)
        {
            nesting.Add($"unclosed at end: {string.Join(", ", stack)}");
        }

        return new Report(nesting, untagged, sequences);

        void Pop(string expected)
        {
            if (stack.Count == 0 || stack.Peek() != expected)
            {
                nesting.Add($"{(expected == "MC" ? "EMC" : expected == "BT" ? "ET" : "Q")} at offset {position} closes {(stack.Count == 0 ? "nothing" : stack.Peek())}");
                return;
            }

            stack.Pop();
        }
    }

    /// <summary>
    /// The rectangles the stream fills or strokes (<c>re</c>), in page space: the current
    /// transformation matrix is followed through q/Q and cm, as a viewer would.
    /// </summary>
    public static IReadOnlyList<(double X, double Y, double Width, double Height)> Rectangles(string content)
    {
        var matrices = new Stack<double[]>();
        var current = new double[] { 1, 0, 0, 1, 0, 0 };
        var rectangles = new List<(double, double, double, double)>();
        foreach (var (token, _, operands) in Operators(content))
        {
            switch (token)
            {
                case "q":
                    matrices.Push(current);
                    break;
                case "Q":
                    current = matrices.Pop();
                    break;
                case "cm" when operands.Count >= 6:
                    current = Multiply(operands.TakeLast(6).ToArray(), current);
                    break;
                case "re" when operands.Count >= 4:
                    var (x, y, w, h) = (operands[^4], operands[^3], operands[^2], operands[^1]);
                    var (x1, y1) = Apply(current, x, y);
                    var (x2, y2) = Apply(current, x + w, y + h);
                    rectangles.Add((Math.Min(x1, x2), Math.Min(y1, y2), Math.Abs(x2 - x1), Math.Abs(y2 - y1)));
                    break;
            }
        }

        return rectangles;

        static (double X, double Y) Apply(double[] m, double x, double y) => ((m[0] * x) + (m[2] * y) + m[4], (m[1] * x) + (m[3] * y) + m[5]);

        // PDF's cm premultiplies: the new CTM is m × current.
        static double[] Multiply(double[] m, double[] c) =>
        [
            (m[0] * c[0]) + (m[1] * c[2]), (m[0] * c[1]) + (m[1] * c[3]),
            (m[2] * c[0]) + (m[3] * c[2]), (m[2] * c[1]) + (m[3] * c[3]),
            (m[4] * c[0]) + (m[5] * c[2]) + c[4], (m[4] * c[1]) + (m[5] * c[3]) + c[5],
        ];
    }

    // Operators with their offsets and the numbers just before them; other operands (names,
    // strings, arrays, dictionaries) are skipped.
    private static IEnumerable<(string Token, int Offset, IReadOnlyList<double> Numbers)> Operators(string s)
    {
        var numbers = new List<double>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '%')
            {
                while (i < s.Length && s[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '(')
            {
                var depth = 0;
                for (; i < s.Length; i++)
                {
                    if (s[i] == '\\')
                    {
                        i++;
                    }
                    else if (s[i] == '(')
                    {
                        depth++;
                    }
                    else if (s[i] == ')' && --depth == 0)
                    {
                        i++;
                        break;
                    }
                }
            }
            else if (c == '<' && i + 1 < s.Length && s[i + 1] == '<')
            {
                var depth = 0;
                for (; i < s.Length - 1; i++)
                {
                    if (s[i] == '<' && s[i + 1] == '<')
                    {
                        depth++;
                        i++;
                    }
                    else if (s[i] == '>' && s[i + 1] == '>')
                    {
                        i++;
                        if (--depth == 0)
                        {
                            i++;
                            break;
                        }
                    }
                }
            }
            else if (c == '<')
            {
                i = s.IndexOf('>', i) + 1;
            }
            else if (c is '[' or ']' or '{' or '}')
            {
                i++;
            }
            else if (c == '/')
            {
                i++;
                while (i < s.Length && !IsDelimiter(s[i]))
                {
                    i++;
                }
            }
            else
            {
                var start = i;
                var token = new StringBuilder();
                while (i < s.Length && !IsDelimiter(s[i]))
                {
                    token.Append(s[i]);
                    i++;
                }

                var text = token.ToString();
                if (text.Length == 0)
                {
                    i++;
                }
                else if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    numbers.Add(number);
                }
                else if (text is not "true" and not "false" and not "null")
                {
                    yield return (text, start, numbers.ToList());
                    numbers.Clear();
                }
            }
        }
    }

    private static bool IsDelimiter(char c) => char.IsWhiteSpace(c) || c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';
}
