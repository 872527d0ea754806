using System.Text.RegularExpressions;
using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>
/// Changes to the <c>locales:</c> mapping of <c>brochure.yaml</c> made by commands (new-locale,
/// review, remove-locale, xliff import), line by line so that the file's comments and order stay
/// as the writer left them.
/// </summary>
public static partial class ManifestEditor
{
    /// <summary>The text of a brochure's <c>brochure.yaml</c>, read like every input (inside its folder, a regular file, within its limit).</summary>
    public static string Read(string manifestPath) =>
        ContentFile.ReadText(manifestPath, DisplayPath.For(manifestPath), Path.GetDirectoryName(Path.GetFullPath(manifestPath))!, FileKind.Content);

    /// <summary>Inserts "  <paramref name="locale"/>: draft" after the last entry of the 'locales:' mapping.</summary>
    public static string AddDraftLocale(string manifest, string locale)
    {
        var lines = Lines(manifest);
        var start = lines.FindIndex(l => LocalesKey().IsMatch(l));
        var insertAt = start + 1;
        while (insertAt < lines.Count && lines[insertAt].StartsWith("  ", StringComparison.Ordinal) && lines[insertAt].Trim().Length > 0)
        {
            insertAt++;
        }

        lines.Insert(insertAt, $"  {locale}: {ReviewStatus.Draft}");
        return string.Join('\n', lines);
    }

    /// <summary>Sets the status of <paramref name="locale"/> (its line under 'locales:'), keeping a comment at the line's end.</summary>
    public static string SetStatus(string manifest, string locale, string status)
    {
        var lines = Lines(manifest);
        var index = EntryLine(lines, locale);
        var line = lines[index];
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var comment = line.IndexOf(" #", colon, StringComparison.Ordinal);
        lines[index] = line[..(colon + 1)] + " " + status + (comment >= 0 ? line[comment..] : string.Empty);
        return string.Join('\n', lines);
    }

    /// <summary>Removes the line of <paramref name="locale"/> from the 'locales:' mapping.</summary>
    public static string RemoveLocale(string manifest, string locale)
    {
        var lines = Lines(manifest);
        lines.RemoveAt(EntryLine(lines, locale));
        return string.Join('\n', lines);
    }

    private static List<string> Lines(string manifest) => manifest.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();

    private static int EntryLine(List<string> lines, string locale)
    {
        var start = lines.FindIndex(l => LocalesKey().IsMatch(l));
        for (var i = start + 1; i < lines.Count && (lines[i].StartsWith(' ') || lines[i].Trim().Length == 0 || lines[i].TrimStart().StartsWith('#')); i++)
        {
            var entry = lines[i].Trim();
            if (entry.StartsWith(locale + ":", StringComparison.Ordinal) || entry.StartsWith($"\"{locale}\":", StringComparison.Ordinal) || entry.StartsWith($"'{locale}':", StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"brochure.yaml lists '{locale}' but its line under 'locales:' was not found");
    }

    [GeneratedRegex(@"^locales:\s*$")]
    private static partial Regex LocalesKey();
}
