namespace BrochureGen.Text.Icu;

/// <summary>
/// Where ICU's word iterator (UAX #29, with its dictionaries for Chinese, Japanese, Thai, Khmer,
/// Lao and Burmese) puts the boundaries between words: line breaking uses them to prefer a break
/// between words of a text written without spaces ("制止人口 / 贩卖", not "制止人 / 口贩卖").
/// </summary>
public static class WordBoundaries
{
    private static readonly BoundedCache<(string Text, string Locale), IReadOnlySet<int>> Known = new(50_000);

    /// <summary>The boundaries of <paramref name="text"/>; the same text gives the same (shared, read-only) result.</summary>
    public static IReadOnlySet<int> Find(string text, string locale) => Known.GetOrAdd((text, locale), key => FindUncached(key.Text, key.Locale));

    private static unsafe IReadOnlySet<int> FindUncached(string text, string locale)
    {
        var result = new HashSet<int>();
        if (text.Length == 0)
        {
            return result;
        }

        IcuLibrary.EnsureLoaded();
        var localeBytes = System.Text.Encoding.ASCII.GetBytes(locale.Replace('-', '_') + "\0");
        var status = 0;
        fixed (byte* localeName = localeBytes)
        fixed (char* characters = text)
        {
            // ICU keeps the text pointer: the text stays pinned while the iterator lives.
            var iterator = IcuLibrary.BreakOpen(IcuLibrary.BreakWord, (sbyte*)localeName, null, 0, &status);
            IcuLibrary.Check(status, "ubrk_open");
            try
            {
                IcuLibrary.BreakSetText(iterator, characters, text.Length, &status);
                IcuLibrary.Check(status, "ubrk_setText");
                IcuLibrary.BreakFirst(iterator);
                for (var offset = IcuLibrary.BreakNext(iterator); offset != IcuLibrary.BreakDone; offset = IcuLibrary.BreakNext(iterator))
                {
                    result.Add(offset);
                }
            }
            finally
            {
                IcuLibrary.BreakClose(iterator);
            }
        }

        return result;
    }
}
