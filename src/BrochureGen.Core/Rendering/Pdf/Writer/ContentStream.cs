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

    /// <summary>Operators that already end in their newlines (<see cref="ItemOperators"/>).</summary>
    public ContentStream Raw(string operators)
    {
        _text.Append(operators);
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

    public override string ToString() => _text.ToString();
}
