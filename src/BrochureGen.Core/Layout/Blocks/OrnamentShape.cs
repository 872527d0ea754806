using BrochureGen.Vocabulary;

namespace BrochureGen.Layout;

/// <summary>
/// The one place an ornament's size is decided: how wide and tall it is drawn and the space
/// kept after it, so the panel that reserves room for one at its foot and the composer that
/// draws it agree.
/// </summary>
public sealed record OrnamentShape(double Width, double Height, double SpaceAfter)
{
    /// <summary>How many diamonds the diamonds ornament has.</summary>
    public const int DiamondCount = 3;

    /// <summary>A diamond's width and height; they stand <see cref="DiamondPitch"/> diamonds apart.</summary>
    public const double DiamondSize = 9;

    /// <summary>From one diamond's left to the next one's, in diamond widths.</summary>
    public const double DiamondPitch = 1.45;

    // The rule: a short bar in the accent colour, about a capital's width of a heading long and a
    // heavy stroke thick; the space after it sets it apart from the text it introduces.
    private const double RuleWidth = 44;
    private const double RuleHeight = 4;
    private const double RuleSpaceAfter = 14;

    // The diamonds stand taller than the rule, so they keep a little more space after them.
    private const double DiamondsSpaceAfter = 18;

    private static readonly OrnamentShape RuleShape = new(RuleWidth, RuleHeight, RuleSpaceAfter);
    private static readonly OrnamentShape DiamondsShape = new(DiamondSize * (1 + ((DiamondCount - 1) * DiamondPitch)), DiamondSize, DiamondsSpaceAfter);

    public static OrnamentShape Of(Ornament ornament) => ornament == Ornament.Diamonds ? DiamondsShape : RuleShape;

    /// <summary>The room an ornament at a panel's foot takes from the text above it.</summary>
    public double FootRoom => Height + SpaceAfter;
}
