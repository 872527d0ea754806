using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// PDFsharp regenerates the XMP metadata at every save, without the PDF/UA identification
/// and without escaping '&amp;'. This appends a correct metadata stream as an incremental
/// update that replaces PDFsharp's object: dc:title (matching the Info title), dc:creator,
/// dc:description, dc:language and pdfuaid:part = 1, written with an XML writer so every title
/// survives.
/// </summary>
internal static partial class XmpMetadataUpdate
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static byte[] Apply(byte[] pdf, PdfDocumentInfo info)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var metadata = MetadataReference().Match(text);
        var trailer = TrailerPattern().Matches(text).LastOrDefault();
        var startXref = StartXrefPattern().Matches(text).LastOrDefault();
        if (!metadata.Success || trailer is null || startXref is null)
        {
            throw new InvalidOperationException("the PDF written by PDFsharp has no metadata stream or classic trailer to update");
        }

        var objectNumber = int.Parse(metadata.Groups[1].Value, CultureInfo.InvariantCulture);
        var trailerDictionary = trailer.Groups[1].Value;
        var previous = startXref.Groups[1].Value;
        var xmp = Encoding.UTF8.GetBytes(BuildXmp(info));

        using var output = new MemoryStream();
        output.Write(pdf);
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));

        Write("\n");
        var objectOffset = output.Position;
        Write($"{objectNumber} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length}>>\nstream\n");
        output.Write(xmp);
        Write("\nendstream\nendobj\n");
        var xrefOffset = output.Position;
        Write($"xref\n{objectNumber} 1\n{objectOffset:D10} 00000 n \n");
        var newTrailer = PrevPattern().Replace(trailerDictionary, string.Empty);
        Write($"trailer\n<<{newTrailer}/Prev {previous}>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return output.ToArray();
    }

    private static string BuildXmp(PdfDocumentInfo info)
    {
        var description = new XElement(
            Rdf + "Description",
            new XAttribute(Rdf + "about", string.Empty),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "pdf", Pdf),
            new XAttribute(XNamespace.Xmlns + "xmp", Xmp),
            new XAttribute(XNamespace.Xmlns + "pdfuaid", PdfUaId),
            new XElement(Dc + "format", "application/pdf"),
            new XElement(Dc + "title", new XElement(Rdf + "Alt", new XElement(Rdf + "li", new XAttribute(Xml + "lang", "x-default"), info.Title))),
            new XElement(Dc + "creator", new XElement(Rdf + "Seq", new XElement(Rdf + "li", info.Author))),
            new XElement(Dc + "description", new XElement(Rdf + "Alt", new XElement(Rdf + "li", new XAttribute(Xml + "lang", "x-default"), info.Subject))),
            new XElement(Dc + "language", new XElement(Rdf + "Bag", new XElement(Rdf + "li", info.Language))),
            new XElement(Pdf + "Keywords", string.Join(", ", info.Keywords)),
            new XElement(Xmp + "CreatorTool", "BrochureGen"),
            new XElement(PdfUaId + "part", "1"));
        var root = new XElement(
            XName.Get("xmpmeta", "adobe:ns:meta/"),
            new XAttribute(XNamespace.Xmlns + "x", "adobe:ns:meta/"),
            new XElement(Rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", Rdf), description));
        // Non-ASCII text is written as character references: every XMP reader decodes those the
        // same way, whether it reads the packet as UTF-8 or (as some do) as Latin-1.
        var body = new StringBuilder();
        foreach (var c in root.ToString(SaveOptions.None))
        {
            if (c < 128)
            {
                body.Append(c);
            }
            else
            {
                body.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + body
            + "\n<?xpacket end=\"w\"?>";
    }

    [GeneratedRegex(@"/Metadata (\d+) 0 R")]
    private static partial Regex MetadataReference();

    [GeneratedRegex(@"trailer\s*<<(.*?)>>\s*(?:%[^\n]*)?\s*startxref", RegexOptions.Singleline)]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Prev \d+")]
    private static partial Regex PrevPattern();
}
