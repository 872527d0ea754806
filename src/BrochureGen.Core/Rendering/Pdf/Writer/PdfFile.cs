using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace BrochureGen.Rendering.Pdf.Writer;

/// <summary>
/// The object layer of a PDF file: numbered objects, compressed streams (zlib with its
/// checksum, as the PDF spec's FlateDecode expects), the cross-reference table and the trailer.
/// Objects are reserved first and written once; the bytes depend only on what was written, so
/// the same document gives the same file (the file identifier is a hash of the content).
/// </summary>
internal sealed class PdfFile
{
    private readonly List<byte[]?> _objects = [];

    /// <summary>The version in the header.</summary>
    public string Version { get; set; } = "1.7";

    /// <summary>Reserves an object number, to be written later (for forward references).</summary>
    public PdfReference Reserve()
    {
        _objects.Add(null);
        return new PdfReference(_objects.Count);
    }

    /// <summary>Writes an object that is a dictionary, array or other value.</summary>
    public PdfReference Add(string value)
    {
        var reference = Reserve();
        Set(reference, value);
        return reference;
    }

    public void Set(PdfReference reference, string value) =>
        _objects[reference.Number - 1] = Encoding.Latin1.GetBytes(value);

    /// <summary>Writes a stream; <paramref name="dictionary"/> holds its other keys (without Length and Filter).</summary>
    public PdfReference AddStream(string dictionary, byte[] data, bool compress = true)
    {
        var reference = Reserve();
        SetStream(reference, dictionary, data, compress);
        return reference;
    }

    public void SetStream(PdfReference reference, string dictionary, byte[] data, bool compress = true)
    {
        var body = compress ? Deflate(data) : data;
        var filter = compress ? "/Filter/FlateDecode" : string.Empty;
        var head = Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<<{dictionary}{filter}/Length {body.Length}>>\nstream\n"));
        var tail = "\nendstream"u8.ToArray();
        _objects[reference.Number - 1] = [.. head, .. body, .. tail];
    }

    /// <summary>A SHA-256 of every object written so far, in order (a reserved object not yet written counts as empty).</summary>
    public byte[] Digest()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var body in _objects)
        {
            hash.AppendData(body ?? []);
            hash.AppendData("\n"u8);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>The file: header, objects, cross-reference table, trailer.</summary>
    public byte[] Write(PdfReference root, PdfReference info, Guid documentId, Guid instanceId)
    {
        using var output = new MemoryStream();
        void Text(string value) => output.Write(Encoding.Latin1.GetBytes(value));

        // The binary comment tells transfer programs the file is not text.
        Text($"%PDF-{Version}\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[_objects.Count];
        for (var i = 0; i < _objects.Count; i++)
        {
            var body = _objects[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written");
            offsets[i] = output.Position;
            Text(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n"));
            output.Write(body);
            Text("\nendobj\n");
        }

        var (first, second) = (XmpPacket.Hex(documentId), XmpPacket.Hex(instanceId));
        var xref = output.Position;
        Text(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Text(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Text(string.Create(CultureInfo.InvariantCulture, $"trailer\n<</Size {_objects.Count + 1}/Root {root}/Info {info}/ID[<{first}><{second}>]>>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }
}
