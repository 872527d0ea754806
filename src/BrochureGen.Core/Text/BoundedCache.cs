using System.Collections.Concurrent;

namespace BrochureGen.Text;

/// <summary>
/// Results kept for the process, for work the layout repeats with the same inputs: the flow
/// measures every paragraph at each panel width and at each spacing or size it tries (ICU's
/// boundaries of a text, a paragraph's shaped atoms). Bounded: past the limit it starts again
/// empty, so a catalogue of hundreds of brochures cannot grow it without end.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int limit)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        if (_entries.TryGetValue(key, out var known))
        {
            return known;
        }

        if (_entries.Count >= limit)
        {
            _entries.Clear();
        }

        return _entries.GetOrAdd(key, make);
    }
}
