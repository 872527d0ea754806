using QRCoder;

namespace BrochureGen.Layout;

/// <summary>The modules of a QR code (QRCoder), without its quiet zone; one adapter for the library.</summary>
public static class QrMatrix
{
    /// <summary>Modules of white around the code that scanners need.</summary>
    public const int QuietZone = 4;

    /// <summary>Rows of modules, true for dark. Error correction M survives a crease or a smudge.</summary>
    public static IReadOnlyList<bool[]> For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;

        // QRCoder's matrix includes its own quiet zone of four modules on every side.
        var size = matrix.Count - (2 * QuietZone);
        return Enumerable.Range(QuietZone, size)
            .Select(row => Enumerable.Range(QuietZone, size).Select(column => matrix[row][column]).ToArray())
            .ToList();
    }
}
