namespace BrochureGen.Layout;

/// <summary>Why a block does not fit where it was measured: a typed reason, said in words for the error that names the block.</summary>
public abstract record BlockMisfit
{
    /// <summary>The reason as the error message says it ("the table is wider than the panel: …").</summary>
    public abstract string Reason { get; }

    protected static string Points(double value) => value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
