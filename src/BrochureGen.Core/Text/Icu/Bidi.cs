namespace BrochureGen.Text.Icu;

/// <summary>
/// The Unicode bidirectional algorithm (UAX #9) from ICU: the runs of a paragraph, or of one
/// line of it, in visual order (left to right on the page).
/// </summary>
public static class Bidi
{
    /// <summary>Paragraph level 0: left-to-right; 1: right-to-left.</summary>
    public static IReadOnlyList<BidiRun> VisualRuns(string paragraph, byte paragraphLevel) => VisualRuns(paragraph, paragraphLevel, 0, paragraph.Length);

    /// <summary>The runs of the line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>) of a paragraph, in visual order; offsets are the paragraph's.</summary>
    public static unsafe IReadOnlyList<BidiRun> VisualRuns(string paragraph, byte paragraphLevel, int lineStart, int lineEnd)
    {
        if (paragraph.Length == 0 || lineEnd <= lineStart)
        {
            return [];
        }

        IcuLibrary.EnsureLoaded();
        var status = 0;
        var whole = IcuLibrary.BidiOpenSized(paragraph.Length, 0, &status);
        IcuLibrary.Check(status, "ubidi_openSized");
        var line = IcuLibrary.BidiOpenSized(paragraph.Length, 0, &status);
        IcuLibrary.Check(status, "ubidi_openSized");
        try
        {
            fixed (char* characters = paragraph)
            {
                // ICU keeps the text pointer: the text stays pinned while the bidi objects live.
                IcuLibrary.BidiSetParagraph(whole, characters, paragraph.Length, paragraphLevel, null, &status);
                IcuLibrary.Check(status, "ubidi_setPara");
                IcuLibrary.BidiSetLine(whole, lineStart, lineEnd, line, &status);
                IcuLibrary.Check(status, "ubidi_setLine");
                var levels = IcuLibrary.BidiLevels(line, &status);
                IcuLibrary.Check(status, "ubidi_getLevels");
                var count = IcuLibrary.BidiCountRuns(line, &status);
                IcuLibrary.Check(status, "ubidi_countRuns");
                var runs = new List<BidiRun>(count);
                for (var i = 0; i < count; i++)
                {
                    int start;
                    int length;
                    var direction = IcuLibrary.BidiVisualRun(line, i, &start, &length);
                    runs.Add(new BidiRun(lineStart + start, length, direction == IcuLibrary.Rtl, levels[start]));
                }

                return runs;
            }
        }
        finally
        {
            IcuLibrary.BidiClose(line);
            IcuLibrary.BidiClose(whole);
        }
    }
}
