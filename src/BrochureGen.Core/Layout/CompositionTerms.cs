using System.Globalization;

namespace BrochureGen.Layout;

/// <summary>The parts of a composition's cost, each already weighted (see <see cref="CompositionCosts"/>).</summary>
public readonly record struct CompositionTerms(
    double Unevenness,
    double ParagraphSplits,
    double ListSplits,
    double TableSplits,
    double StrandedHeadings,
    double SectionsAcrossSides,
    double MidSectionBreaks)
{
    public static CompositionTerms None => default;

    public double Total => Unevenness + ParagraphSplits + ListSplits + TableSplits + StrandedHeadings + SectionsAcrossSides + MidSectionBreaks;

    public static CompositionTerms operator +(CompositionTerms a, CompositionTerms b) => new(
        a.Unevenness + b.Unevenness,
        a.ParagraphSplits + b.ParagraphSplits,
        a.ListSplits + b.ListSplits,
        a.TableSplits + b.TableSplits,
        a.StrandedHeadings + b.StrandedHeadings,
        a.SectionsAcrossSides + b.SectionsAcrossSides,
        a.MidSectionBreaks + b.MidSectionBreaks);

    /// <summary>Each term with its name as the build summary and docs/layouts.md call it.</summary>
    public IEnumerable<(string Name, double Cost)> Named()
    {
        yield return ("uneven fill", Unevenness);
        yield return ("paragraph split", ParagraphSplits);
        yield return ("list split", ListSplits);
        yield return ("table split", TableSplits);
        yield return ("stranded heading", StrandedHeadings);
        yield return ("section across sides", SectionsAcrossSides);
        yield return ("panel starting mid-section", MidSectionBreaks);
    }

    /// <summary>The term that costs most, for the build summary ("largest cost: table split 400").</summary>
    public (string Name, double Cost) Largest() => Named().OrderByDescending(t => t.Cost).First();

    /// <summary>The term that grew most from <paramref name="better"/> to this.</summary>
    public (string Name, double Increase) WorstAgainst(CompositionTerms better) =>
        Named().Zip(better.Named(), (mine, theirs) => (mine.Name, Increase: mine.Cost - theirs.Cost)).OrderByDescending(t => t.Increase).First();

    public override string ToString() => string.Join(", ", Named().Where(t => t.Cost > 0).Select(t => $"{t.Name} {t.Cost.ToString("0", CultureInfo.InvariantCulture)}"));
}
