using BrochureGen.Rendering.Braille;

namespace BrochureGen.Tests.Support;

/// <summary>
/// What the braille edition adds to a build of the sample: a BRF for every locale with a braille
/// table (ht and fa have none that a BRF can carry; <c>BrailleEditionTests</c> checks each), where
/// liblouis is installed; without it no BRF, and one warning per edition instead.
/// </summary>
public static class SampleBraille
{
    public static readonly IReadOnlyList<string> Locales = ["en", "es", "pt-BR", "vi", "zh-Hans", "ar", "hi", "ko", "uk"];

    public static bool Written => LibLouis.IsAvailable;

    /// <summary>The BRF file names a full build writes for <paramref name="locale"/>.</summary>
    public static IEnumerable<string> Files(string locale) =>
        Written && Locales.Contains(locale) ? [$"{EnglishEdition.SampleId}.{locale}.brf"] : [];

    /// <summary>
    /// The braille warnings a full build of every sample locale prints: ht and fa have no table,
    /// and Spanish braille has no sign for "§" — or, without liblouis, one per edition.
    /// </summary>
    public static int Warnings => Written ? 3 : EnglishEdition.SampleLocales.Count;
}
