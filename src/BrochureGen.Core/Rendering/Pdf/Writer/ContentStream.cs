using System.Text;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>The operators of one page's content, with numbers written the same way everywhere.</summary>
internal sealed class ContentStream
{
    private readonly StringBuilder _text = new();

    public ContentStream Append(string operators)
    {
        _text.Append(operators).Append('\n');
        return this;
    }

    public ContentStream Op(string name, params double[] operands)
    {
        foreach (var operand in operands)
        {
            _text.Append(PdfSyntax.Number(operand)).Append(' ');
        }

        _text.Append(name).Append('\n');
        return this;
    }

    public byte[] ToBytes() => Encoding.Latin1.GetBytes(_text.ToString());
}
