namespace BrochureGen.Content;

/// <summary>
/// A phone number found in text: where (<paramref name="Index"/>, <paramref name="Length"/>),
/// as written, its digits for comparison (<paramref name="Digits"/>: the national significant
/// number, or the short number itself) and the <c>tel:</c> link that dials it.
/// </summary>
public sealed record PhoneMatch(int Index, int Length, string Text, string Digits, string Target);
