using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// The XMP metadata of an edition: Dublin Core title, author, description and language, the
/// PDF/UA-1 claim, the media-management identifiers PDF/X preflight expects (DocumentID,
/// InstanceID — the trailer's /ID in the same bytes —, VersionID, RenditionClass), and for a print edition with an output intent the PDF/X-4 claim with the
/// dates and trapping state PDF/X asks for (matching the Info dictionary).
/// </summary>
internal static class XmpPacket
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";
    private static readonly XNamespace PdfXId = "http://www.npes.org/pdfx/ns/id/";
    private static readonly XNamespace XmpMm = "http://ns.adobe.com/xap/1.0/mm/";
    private static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>A name-based identifier (an RFC 9562 version 8 UUID from SHA-256 of the name): the same name, the same identifier.</summary>
    public static Guid Identifier(string kind, string name)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"brochuregen-{kind}:{name}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>The identifier's sixteen bytes as the trailer's /ID writes them.</summary>
    public static string Hex(Guid id) => id.ToString("N").ToUpperInvariant();

    public static byte[] Build(PdfDocumentInfo info, DateOnly? pdfxDate, Guid documentId, Guid instanceId)
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
            new XElement(Pdf + "Producer", PdfRenderer.Producer),
            new XElement(Xmp + "CreatorTool", PdfRenderer.Producer),
            new XElement(PdfUaId + "part", "1"),
            new XAttribute(XNamespace.Xmlns + "xmpMM", XmpMm),
            new XElement(XmpMm + "DocumentID", "uuid:" + documentId.ToString("D")),
            new XElement(XmpMm + "InstanceID", "uuid:" + instanceId.ToString("D")),
            new XElement(XmpMm + "VersionID", pdfxDate is { } version ? version.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "1"),
            new XElement(XmpMm + "RenditionClass", info.RenditionClass));
        if (pdfxDate is { } date)
        {
            var stamp = date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
            description.Add(
                new XAttribute(XNamespace.Xmlns + "pdfxid", PdfXId),
                new XElement(PdfXId + "GTS_PDFXVersion", "PDF/X-4"),
                new XElement(Pdf + "Trapped", "False"),
                new XElement(Xmp + "CreateDate", stamp),
                new XElement(Xmp + "ModifyDate", stamp),
                new XElement(Xmp + "MetadataDate", stamp));
        }

        var root = new XElement(
            XName.Get("xmpmeta", "adobe:ns:meta/"),
            new XAttribute(XNamespace.Xmlns + "x", "adobe:ns:meta/"),
            new XElement(Rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", Rdf), description));

        // Non-ASCII text as character references: every XMP reader decodes those alike,
        // whether it reads the packet as UTF-8 or as Latin-1.
        var body = new StringBuilder();
        foreach (var c in root.ToString(SaveOptions.None))
        {
            body.Append(c < 128 ? c.ToString() : "&#x" + ((int)c).ToString("X", CultureInfo.InvariantCulture) + ";");
        }

        return Encoding.UTF8.GetBytes("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + body + "\n<?xpacket end=\"w\"?>");
    }
}
