namespace BrochureGen.Text.Icu;

/// <summary>
/// Where ICU's sentence iterator (UAX #29) ends each sentence, for translation tools that
/// translate sentence by sentence. The locale's standard abbreviations are not sentence ends
/// (ICU's <c>ss=standard</c> suppressions: "Dr. Smith", "U.S. Immigration"); the full stops of
/// Chinese (。), Devanagari (।) and Arabic (؟) end sentences as well as Latin ones. Offsets are
/// where each sentence ends, its trailing spaces included; the last is the text's length.
/// </summary>
public static class SentenceBoundaries
{
    public static unsafe IReadOnlyList<int> Find(string text, string locale)
    {
        var result = new List<int>();
        if (text.Length == 0)
        {
            return result;
        }

        IcuLibrary.EnsureLoaded();
        var localeBytes = System.Text.Encoding.ASCII.GetBytes(locale.Replace('-', '_') + "@ss=standard\0");
        var status = 0;
        fixed (byte* localeName = localeBytes)
        fixed (char* characters = text)
        {
            // ICU keeps the text pointer: the text stays pinned while the iterator lives.
            var iterator = IcuLibrary.BreakOpen(IcuLibrary.BreakSentence, (sbyte*)localeName, null, 0, &status);
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
