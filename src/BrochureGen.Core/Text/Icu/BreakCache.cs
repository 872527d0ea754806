using System.Collections.Concurrent;

namespace BrochureGen.Text.Icu;

/// <summary>
/// The boundaries ICU found in a text, kept for the process: the flow measures every paragraph
/// at each panel width and at each spacing or size it tries, and opening an ICU iterator costs
/// far more than the lookup. Bounded: past the limit it starts again empty, so a catalogue of
/// hundreds of brochures cannot grow it without end.
/// </summary>
internal sealed class BreakCache<TResult>
    where TResult : class
{
    private const int Limit = 50_000;

    private readonly ConcurrentDictionary<(string Text, string Locale), TResult> _entries = new();

    public TResult GetOrAdd(string text, string locale, Func<string, string, TResult> find)
    {
        if (_entries.TryGetValue((text, locale), out var known))
        {
            return known;
        }

        if (_entries.Count >= Limit)
        {
            _entries.Clear();
        }

        return _entries.GetOrAdd((text, locale), key => find(key.Text, key.Locale));
    }
}
