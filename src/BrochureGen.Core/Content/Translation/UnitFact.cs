namespace BrochureGen.Content.Translation;

/// <summary>
/// One fact a translation keeps about a unit, said as "this list <paramref name="Verb"/>
/// <paramref name="Value"/>" (<c>has</c> <c>8 items</c>, <c>is</c> <c>pinned to 'back'</c>).
/// Facts are compared by <see cref="Key"/> (the value unless set); <see cref="Hint"/> ends the
/// message when they differ.
/// </summary>
public sealed record UnitFact(string Verb, string Value, FactRule Rule)
{
    public string Key { get; init; } = Value;

    public string Hint { get; init; } = string.Empty;
}
