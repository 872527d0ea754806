namespace BrochureGen.Text.Icu;

/// <summary>
/// UAX #14 line-break opportunities from ICU, with its dictionaries (Thai, Khmer, Lao, Burmese
/// break between words written without spaces) and its CJK rules (no line starts with 。，、）」
/// nor ends with （「). The end of the text is always an opportunity.
/// </summary>
public static class LineBreaks
{
    private static readonly BoundedCache<(string Text, string Locale), IReadOnlyList<LineBreakOpportunity>> Known = new(50_000);

    /// <summary>The boundaries of <paramref name="text"/>; the same text gives the same (shared, read-only) result.</summary>
    public static IReadOnlyList<LineBreakOpportunity> Find(string text, string locale) => Known.GetOrAdd((text, locale), key => FindUncached(key.Text, key.Locale));

    private static unsafe IReadOnlyList<LineBreakOpportunity> FindUncached(string text, string locale)
    {
        var result = new List<LineBreakOpportunity>();
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
            var iterator = IcuLibrary.BreakOpen(IcuLibrary.BreakLine, (sbyte*)localeName, null, 0, &status);
            IcuLibrary.Check(status, "ubrk_open");
            try
            {
                IcuLibrary.BreakSetText(iterator, characters, text.Length, &status);
                IcuLibrary.Check(status, "ubrk_setText");
                IcuLibrary.BreakFirst(iterator);
                for (var offset = IcuLibrary.BreakNext(iterator); offset != IcuLibrary.BreakDone; offset = IcuLibrary.BreakNext(iterator))
                {
                    var rule = IcuLibrary.BreakRuleStatus(iterator);
                    result.Add(new LineBreakOpportunity(offset, rule is >= IcuLibrary.LineHardStatus and < IcuLibrary.LineHardLimit));
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
