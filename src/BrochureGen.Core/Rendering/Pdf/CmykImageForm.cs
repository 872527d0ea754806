using System.Globalization;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace BrochureGen.Rendering.Pdf;

/// <summary>
/// PDFsharp embeds images in the colour space they come in, so an RGB photo would put RGB
/// into the print edition. For print, the image is converted to DeviceCMYK here and wrapped
/// in a one-page PDF, which PDFsharp then places like an image (as a form XObject).
/// </summary>
internal static class CmykImageForm
{
    public static byte[] Create(string imagePath)
    {
        using var bitmap = SKBitmap.Decode(imagePath) ?? throw new InvalidDataException($"cannot decode {imagePath}");
        var (width, height) = (bitmap.Width, bitmap.Height);
        var cmyk = new byte[width * height * 4];
        var i = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);

                // Transparent areas print as paper: composite onto white first.
                var alpha = pixel.Alpha / 255.0;
                var r = ((pixel.Red / 255.0) * alpha) + (1 - alpha);
                var g = ((pixel.Green / 255.0) * alpha) + (1 - alpha);
                var b = ((pixel.Blue / 255.0) * alpha) + (1 - alpha);
                var k = 1 - Math.Max(r, Math.Max(g, b));
                var scale = k >= 1 ? 0 : 1 / (1 - k);
                cmyk[i++] = (byte)Math.Round((1 - r - k) * scale * 255);
                cmyk[i++] = (byte)Math.Round((1 - g - k) * scale * 255);
                cmyk[i++] = (byte)Math.Round((1 - b - k) * scale * 255);
                cmyk[i++] = (byte)Math.Round(k * 255);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(cmyk);
        }

        return WritePdf(width, height, compressed.ToArray());
    }

    // A minimal one-page PDF whose page is exactly the image, one unit per pixel.
    private static byte[] WritePdf(int width, int height, byte[] imageData)
    {
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n"));
        }

        Write("%PDF-1.7\n");
        Object("<</Type/Catalog/Pages 2 0 R>>");
        Object("<</Type/Pages/Kids[3 0 R]/Count 1>>");
        Object(string.Create(CultureInfo.InvariantCulture, $"<</Type/Page/Parent 2 0 R/MediaBox[0 0 {width} {height}]/Resources<</XObject<</Im0 4 0 R>>>>/Contents 5 0 R>>"));
        offsets.Add(pdf.Position);
        Write(string.Create(CultureInfo.InvariantCulture, $"4 0 obj\n<</Type/XObject/Subtype/Image/Width {width}/Height {height}/ColorSpace/DeviceCMYK/BitsPerComponent 8/Filter/FlateDecode/Length {imageData.Length}>>\nstream\n"));
        pdf.Write(imageData);
        Write("\nendstream\nendobj\n");
        var content = string.Create(CultureInfo.InvariantCulture, $"q {width} 0 0 {height} 0 0 cm /Im0 Do Q");
        Object($"<</Length {content.Length}>>\nstream\n{content}\nendstream");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<</Size {offsets.Count + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }
}
