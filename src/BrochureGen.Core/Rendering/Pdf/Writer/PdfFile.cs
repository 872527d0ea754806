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
    // Each object as its parts (a stream's head, data and tail), joined only once, in Write: an
    // image's data is never copied to be framed.
    private readonly List<ReadOnlyMemory<byte>[]?> _objects = [];

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
        _objects[reference.Number - 1] = [Encoding.Latin1.GetBytes(value)];

    /// <summary>Writes a stream; <paramref name="dictionary"/> holds its other keys (without Length and Filter).</summary>
    public PdfReference AddStream(string dictionary, byte[] data, bool compress = true)
    {
        var reference = Reserve();
        SetStream(reference, dictionary, data, compress);
        return reference;
    }

    public void SetStream(PdfReference reference, string dictionary, byte[] data, bool compress = true) =>
        SetBody(reference, dictionary, compress ? Deflate(data) : data, compress);

    /// <summary>Writes a stream whose data came in parts (an image, strip by strip) and was compressed as it came.</summary>
    public PdfReference AddStream(string dictionary, DeflatedData data)
    {
        var reference = Reserve();
        SetBody(reference, dictionary, data.Finish(), compressed: true);
        return reference;
    }

    private void SetBody(PdfReference reference, string dictionary, ReadOnlyMemory<byte> body, bool compressed)
    {
        var filter = compressed ? "/Filter/FlateDecode" : string.Empty;
        var head = Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<<{dictionary}{filter}/Length {body.Length}>>\nstream\n"));
        _objects[reference.Number - 1] = [head, body, "\nendstream"u8.ToArray()];
    }

    /// <summary>A SHA-256 of every object written so far, in order (a reserved object not yet written counts as empty).</summary>
    public byte[] Digest()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var parts in _objects)
        {
            foreach (var part in parts ?? [])
            {
                hash.AppendData(part.Span);
            }

            hash.AppendData("\n"u8);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>The file: header, objects, cross-reference table, trailer.</summary>
    public byte[] Write(PdfReference root, PdfReference info, Guid documentId, Guid instanceId)
    {
        using var output = new MemoryStream(checked((int)Math.Min(int.MaxValue, 4096 + _objects.Sum(o => o?.Sum(part => (long)part.Length + 40) ?? 0))));
        void Text(string value) => output.Write(Encoding.Latin1.GetBytes(value));

        // The binary comment tells transfer programs the file is not text.
        Text($"%PDF-{Version}\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[_objects.Count];
        for (var i = 0; i < _objects.Count; i++)
        {
            var parts = _objects[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written");
            offsets[i] = output.Position;
            Text(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n"));
            foreach (var part in parts)
            {
                output.Write(part.Span);
            }
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

    /// <summary>Stream data compressed as it is written: the same bytes as compressing it whole, without holding it whole.</summary>
    public sealed class DeflatedData : IDisposable
    {
        private readonly MemoryStream _compressed = new();
        private readonly ZLibStream _zlib;

        public DeflatedData()
        {
            _zlib = new ZLibStream(_compressed, CompressionLevel.Optimal, leaveOpen: true);
        }

        public void Write(ReadOnlySpan<byte> data) => _zlib.Write(data);

        public ReadOnlyMemory<byte> Finish()
        {
            _zlib.Dispose();
            return _compressed.GetBuffer().AsMemory(0, (int)_compressed.Length);
        }

        // The compressed bytes stay with the file (Finish hands out the buffer itself).
        public void Dispose() => _zlib.Dispose();
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
