using System.Globalization;
using System.Text;

namespace BrochureGen.Content.Markdown;

/// <summary>
/// Starts a Markdown translation: a copy of the source file in which every text to translate
/// begins with <c>TODO(translate): </c>. Texts made only of phone numbers, addresses and names
/// listed under <c>untranslated-ok</c> are copied as they are. Structure, attributes and
/// call-out names stay, so the translation has the source's blocks from the start.
/// </summary>
public static class MarkdownScaffolder
{
    public static string Mark(string sourceText, MarkdownContent source, BrochureManifest brochure, string locale, string languageName)
    {
        var sourceLocale = brochure.SourceLocale;
        var phones = brochure.PhoneNumbersOf(locale);
        // The reader normalised the text to NFC; positions refer to that text.
        var text = sourceText.TrimStart('\uFEFF').Normalize(NormalizationForm.FormC);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var marks = ContentTexts.Of(source)
            .Where(t => t.Location.Line > 0 && UntranslatedNames.HasOwnWords(t.PlainText, brochure.UntranslatedOk, phones) && !source.Meta.Texts.Contains(t))
            .Select(t => AfterCheckbox(text, lineStarts[t.Location.Line - 1] + t.Location.Column - 1))
            .Distinct()
            .OrderDescending();
        var builder = new StringBuilder(text);
        foreach (var offset in marks)
        {
            builder.Insert(offset, TranslationChecker.UntranslatedMarker);
        }

        var header = string.Create(CultureInfo.InvariantCulture, $"<!-- {languageName} edition, started from {sourceLocale}.md. Translate every text that starts with\n     \"TODO(translate): \" and remove the marker; the build refuses text that still has it.\n     Keep the structure, {{…}} attributes, '::: name' call-outs, phone numbers, addresses and\n     **bold** marks as they are. It builds as a draft until brochure.yaml marks '{locale}' reviewed. -->\n");
        var result = builder.ToString();

        // The comment goes after the front matter, which must stay the file's first lines.
        if (result.StartsWith("---", StringComparison.Ordinal))
        {
            var end = result.IndexOf("\n---", 3, StringComparison.Ordinal);
            var afterFrontMatter = end < 0 ? 0 : result.IndexOf('\n', end + 4) + 1;
            return result[..afterFrontMatter] + "\n" + header + result[afterFrontMatter..];
        }

        return header + "\n" + result;
    }

    // A checklist item's text is located at its box ("[ ] Do this"); the marker goes after the
    // box, or the item would no longer read as a checklist item.
    private static int AfterCheckbox(string text, int offset)
    {
        foreach (var box in (string[])["[ ] ", "[x] ", "[X] "])
        {
            if (string.CompareOrdinal(text, offset, box, 0, box.Length) == 0)
            {
                return offset + box.Length;
            }
        }

        return offset;
    }
}
