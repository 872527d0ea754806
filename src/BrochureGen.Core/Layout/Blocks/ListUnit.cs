namespace BrochureGen.Layout;

/// <summary>
/// A place in a list where a panel may start or end, as one number (a slice's From and To): an
/// item, or a line inside an item, so that a long item can continue on the next panel.
/// </summary>
public static class ListUnit
{
    // Lines per item the number can hold; an item is far shorter than this many lines.
    private const int LineBits = 12;

    public static int Of(int item, int line) => (item << LineBits) | line;

    public static (int Item, int Line) Split(int unit) => (unit >> LineBits, unit & ((1 << LineBits) - 1));
}
