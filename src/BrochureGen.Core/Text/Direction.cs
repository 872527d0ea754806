using System.Globalization;

namespace BrochureGen.Text;

/// <summary>The writing direction of a language (one fact, one place).</summary>
public static class Direction
{
    public static bool IsRightToLeft(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language).TextInfo.IsRightToLeft;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
