using BrochureGen.Content;
using BrochureGen.Diagnostics;

namespace BrochureGen.Build;

/// <summary>
/// <c>--brochure</c> and <c>--locale</c> values that name nothing known. They are usage errors,
/// found before any work: a misspelt filter would otherwise select nothing, build nothing and
/// report success.
/// </summary>
public static class UnknownFilters
{
    /// <summary>One message per unknown value, naming the known ones and the closest of them; empty when every filter names something.</summary>
    public static IReadOnlyList<string> Find(BuildOptions options)
    {
        var folders = ContentLoader.FindBrochureFolders(options.ContentRoot);
        if (folders.Count == 0)
        {
            // Nothing is known at all: the build reports that as an input error of its own.
            return [];
        }

        var messages = new List<string>();
        var brochureIds = folders.Select(folder => Path.GetFileName(folder)).ToList();
        foreach (var brochure in (options.Brochures ?? []).Distinct().Where(b => !brochureIds.Contains(b)))
        {
            messages.Add($"unknown brochure '{brochure}'{DidYouMean.Suggest(brochure, brochureIds)}; the brochures under '{DisplayPath.For(options.ContentRoot)}' are: {string.Join(", ", brochureIds)}");
        }

        if (options.Locales.Count == 0)
        {
            return messages;
        }

        // A locale is known when any brochure lists it, not only the selected ones: asking for a
        // language one brochure lacks is a question with an empty answer, not a typo.
        var locales = new List<string>();
        foreach (var folder in folders)
        {
            try
            {
                locales.AddRange(ContentLoader.LoadManifest(folder).Locales);
            }
            catch (BrochureException)
            {
                // A manifest that cannot be read may list the locale; rather than guess, the
                // build goes on and reports that manifest's own errors.
                return messages;
            }
        }

        var knownLocales = locales.Distinct(StringComparer.Ordinal).ToList();
        foreach (var locale in options.Locales.Distinct().Where(l => !knownLocales.Contains(l, StringComparer.Ordinal)))
        {
            messages.Add($"unknown locale '{locale}'{DidYouMean.Suggest(locale, knownLocales)}; the brochures list these locales: {string.Join(", ", knownLocales)}");
        }

        return messages;
    }
}
