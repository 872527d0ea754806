using System.Globalization;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content.Translation;

/// <summary>
/// YAML content as comparable units: a mapping pairs its entries by key, a list keeps its number
/// of entries, a text is compared as every text is. Values under <c>labels</c> are the link
/// description patterns a template gives its links.
/// </summary>
public static class YamlComparable
{
    public static ComparableContent Of(ContentMap root) =>
        new(Unit(root, key: null), Texts(root).Select(t => (t, Subject(t.KeyPath))).ToList(), address => address, DiagnosticCodes.TranslationKeys);

    private static ComparableUnit Unit(ContentNode node, string? key) => node switch
    {
        ContentMap map => new ComparableUnit("mapping", map.Location)
        {
            Subject = map.KeyPath.Length == 0 ? "this file" : Subject(map.KeyPath),
            Key = key,
            Pairing = ChildPairing.ByKey,
            ChildNoun = "keys",
            Children = map.Entries.Select(e => Unit(e.Value, e.Key)).ToList(),
        },
        ContentList list => new ComparableUnit("list", list.Location)
        {
            Subject = Subject(list.KeyPath),
            Key = key,
            Facts = [new UnitFact("has", string.Create(CultureInfo.InvariantCulture, $"{list.Items.Count} entries"), FactRule.Structure)],
            ChildNoun = "entries",
            Children = list.Items.Select(i => Unit(i, key: null)).ToList(),
        },
        ContentText text => new ComparableUnit("text", text.Location)
        {
            Subject = Subject(text.KeyPath),
            Key = key,
            Text = text,
            IsDescriptionPattern = text.KeyPath.StartsWith("labels.", StringComparison.Ordinal),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string Subject(string keyPath) => $"'{keyPath}'";

    /// <summary>Every text of a YAML content tree, in file order.</summary>
    public static IEnumerable<ContentText> Texts(ContentNode node) => node switch
    {
        ContentText text => [text],
        ContentMap map => map.Entries.SelectMany(e => Texts(e.Value)),
        ContentList list => list.Items.SelectMany(Texts),
        _ => [],
    };
}
