using System.Collections.Concurrent;
using BrochureGen.Text.Icu;

namespace BrochureGen.Text;

/// <summary>The script a piece of text is written in: that of its first letter; digits and punctuation alone are Common.</summary>
public static class TextScripts
{
    private static readonly ConcurrentDictionary<int, string> ByCodePoint = new();

    public static string Dominant(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            var script = codePoint < 0x80 ? (char.IsAsciiLetter((char)codePoint) ? "Latn" : Scripts.Common) : ByCodePoint.GetOrAdd(codePoint, Scripts.Of);
            if (script is not (Scripts.Common or Scripts.Inherited))
            {
                return script;
            }
        }

        return Scripts.Common;
    }
}
