using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// PDFsharp writes the first marked-content sequence after a grouping element as
/// <c>BT /H2 &lt;&lt;/MCID 0&gt;&gt; BDC … ET EMC</c>: the sequence starts inside the text object
/// and ends outside it, which PDF/UA forbids. Swapping the adjacent <c>BT</c> and <c>BDC</c>
/// changes nothing that is drawn and makes the sequence enclose the whole text object.
/// </summary>
internal static partial class MarkedContentOrder
{
    public static void Fix(PdfPage page)
    {
        foreach (var item in page.Contents.Elements)
        {
            var content = item is PdfReference reference ? reference.Value as PdfDictionary : item as PdfDictionary;
            if (content?.Stream is not { } stream)
            {
                continue;
            }

            var text = Encoding.Latin1.GetString(stream.Value);
            var fixedText = TextObjectBeforeMarkedContent().Replace(text, "$1\nBT\n");
            if (!ReferenceEquals(text, fixedText) && text != fixedText)
            {
                stream.Value = Encoding.Latin1.GetBytes(fixedText);
            }
        }
    }

    [GeneratedRegex(@"BT\n(/[A-Za-z0-9]+(?:<<[^>]*>>)? ?(?:BDC|BMC))\n")]
    private static partial Regex TextObjectBeforeMarkedContent();
}
