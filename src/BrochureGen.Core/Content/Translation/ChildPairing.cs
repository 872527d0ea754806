namespace BrochureGen.Content.Translation;

/// <summary>How a unit's parts are paired with the translation's.</summary>
public enum ChildPairing
{
    /// <summary>By place; their number is one of the unit's facts (a list's items, a table's cells).</summary>
    ByPlace,

    /// <summary>By <see cref="ComparableUnit.Key"/> (a YAML mapping's keys, the parts of a Markdown file).</summary>
    ByKey,

    /// <summary>
    /// By place, and when one is missing or added the pairs after it are found from the end by their
    /// structure, so a single missing section is one error, not one per section after it.
    /// </summary>
    ByStructure,
}
