using System.Globalization;
using System.Text;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>How values are spelt in PDF: numbers, text strings, names.</summary>
internal static class PdfSyntax
{
    /// <summary>A number with at most four decimals, invariant culture, no exponent.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 4);
        return (rounded == 0 ? 0 : rounded).ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A text string: plain ASCII as a literal string with escapes; anything else as UTF-16BE
    /// with a byte order mark, in hex, as the spec asks for text outside PDFDocEncoding.
    /// </summary>
    public static string Text(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            var literal = new StringBuilder("(");
            foreach (var c in value)
            {
                if (c is '(' or ')' or '\\')
                {
                    literal.Append('\\');
                }

                literal.Append(c);
            }

            return literal.Append(')').ToString();
        }

        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    /// <summary>A name, with characters outside the regular set written as #XX.</summary>
    public static string Name(string value)
    {
        var name = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is > (byte)' ' and < 127 && "()<>[]{}/%#".IndexOf((char)b) < 0)
            {
                name.Append((char)b);
            }
            else
            {
                name.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return name.ToString();
    }

    /// <summary>A rectangle [llx lly urx ury].</summary>
    public static string Rectangle(double x1, double y1, double x2, double y2) => $"[{Number(x1)} {Number(y1)} {Number(x2)} {Number(y2)}]";
}
