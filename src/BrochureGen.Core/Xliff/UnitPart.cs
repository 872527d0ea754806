namespace BrochureGen.Xliff;

/// <summary>
/// One part of a unit in order: a segment (a sentence, translated on its own) or an ignorable
/// (the spaces between sentences, which a translator does not see). <paramref name="Target"/> is
/// null where there is no translation yet.
/// </summary>
public sealed record UnitPart(bool Ignorable, IReadOnlyList<XliffInline> Source, IReadOnlyList<XliffInline>? Target);
