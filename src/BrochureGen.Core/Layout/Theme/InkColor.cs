using System.Globalization;

namespace BrochureGen.Layout.Theme;

/// <summary>A process colour in percent of cyan, magenta, yellow and black.</summary>
public readonly record struct CmykColor(double C, double M, double Y, double K)
{
    /// <summary>Parses "C M Y K" in percent, e.g. "100 70 20 45".</summary>
    public static bool TryParse(string text, out CmykColor color)
    {
        color = default;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = new double[4];
        if (parts.Length != 4)
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || values[i] < 0 || values[i] > 100)
            {
                return false;
            }
        }

        color = new CmykColor(values[0], values[1], values[2], values[3]);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"C{C} M{M} Y{Y} K{K}");
}

/// <summary>
/// One colour of the theme as each edition paints it: sRGB on screen, CMYK in print (where
/// the theme chooses the separation, so black text is 100 % K rather than a rich black).
/// </summary>
public readonly record struct InkColor(RgbColor Screen, CmykColor Print)
{
    public static readonly InkColor White = new(RgbColor.White, new CmykColor(0, 0, 0, 0));

    public static readonly InkColor RegistrationBlack = new(new RgbColor(0, 0, 0), new CmykColor(0, 0, 0, 100));

    public override string ToString() => Screen.ToString();
}
