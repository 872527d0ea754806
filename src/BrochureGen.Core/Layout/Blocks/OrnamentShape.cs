using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// The one place an ornament's size is decided: how wide and tall it is drawn and the space
/// kept after it, so the panel that reserves room for one at its foot and the composer that
/// draws it agree.
/// </summary>
public sealed record OrnamentShape(double Width, double Height, double SpaceAfter)
{
    /// <summary>A diamond's width and height; the three stand <see cref="DiamondPitch"/> diamonds apart.</summary>
    public const double DiamondSize = 9;

    /// <summary>From one diamond's left to the next one's, in diamond widths.</summary>
    public const double DiamondPitch = 1.45;

    private static readonly OrnamentShape RuleShape = new(44, 4, 14);
    private static readonly OrnamentShape DiamondsShape = new(DiamondSize * (1 + (2 * DiamondPitch)), DiamondSize, 18);

    public static OrnamentShape Of(Ornament ornament) => ornament == Ornament.Diamonds ? DiamondsShape : RuleShape;

    /// <summary>The room an ornament at a panel's foot takes from the text above it.</summary>
    public double FootRoom => Height + SpaceAfter;
}
