using BrochureGen.Diagnostics;

namespace BrochureGen.Content;

/// <summary>
/// What <c>untranslated-ok</c> in <c>brochure.yaml</c> means, for both ways of writing content:
/// names that stay as written in every language (an agency's name, an address). A text made only
/// of such names and of invariants (phone numbers, addresses, numbers) needs no translation: the
/// scaffolders copy it unmarked and the check does not call it untranslated. Entries written as
/// key patterns (<c>office.*</c>, an earlier meaning in YAML content) are refused with the names
/// to list instead, so an old file is told, not silently read differently.
/// </summary>
public static class UntranslatedNames
{
    /// <summary>True when <paramref name="text"/> is more than the <paramref name="names"/> and invariants it holds.</summary>
    public static bool HasOwnWords(string text, IReadOnlyList<string> names, PhoneNumbers phones)
    {
        // Names first: an address such as "505 Hudson Street" holds a number the invariants would take.
        var rest = text;
        foreach (var name in names.Where(n => n.Length > 0).OrderByDescending(n => n.Length))
        {
            rest = rest.Replace(name, " ", StringComparison.Ordinal);
        }

        foreach (var (_, invariant, _) in InvariantExtractor.Extract(rest, phones))
        {
            rest = rest.Replace(invariant, " ", StringComparison.Ordinal);
        }

        return rest.Any(char.IsLetter);
    }

    /// <summary>
    /// An error for each entry that is a key pattern (it has a <c>*</c>) or a key path of the YAML
    /// <paramref name="yamlSource"/>, at its line, naming the source's texts it stood for.
    /// </summary>
    public static IReadOnlyList<Diagnostic> FindKeyPatterns(IReadOnlyList<ContentText> entries, ContentMap? yamlSource, PhoneNumbers phones)
    {
        var texts = yamlSource is null ? [] : Translation.YamlComparable.Texts(yamlSource).ToList();
        var keyPaths = yamlSource is null ? [] : KeyPaths(yamlSource).ToHashSet(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var entry in entries)
        {
            var pattern = entry.Raw.Trim();
            if (!pattern.Contains('*', StringComparison.Ordinal) && !keyPaths.Contains(pattern))
            {
                continue;
            }

            var matches = KeyPattern.Compile(pattern);
            var covered = texts.Where(t => matches.IsMatch(t.KeyPath) || t.KeyPath.StartsWith(pattern + ".", StringComparison.Ordinal) || t.KeyPath.StartsWith(pattern + "[", StringComparison.Ordinal)).ToList();
            var names = covered.Select(t => t.PlainText.Trim()).Where(t => HasOwnWords(t, [], phones)).Distinct(StringComparer.Ordinal).ToList();
            var instead = names.Count > 0
                ? $"list the names it stood for instead, e.g. {string.Join(", ", names.Take(4).Select(n => $"'{n}'"))}{(names.Count > 4 ? $" and {names.Count - 4} more" : string.Empty)}"
                : covered.Count > 0
                    ? "its values are phone numbers, addresses or numbers, which a translation keeps anyway: remove the entry"
                    : "list the names that stay as written instead";
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"'untranslated-ok' lists names that stay as written in every language (an agency's name, an address), not keys: '{pattern}' is a key {(pattern.Contains('*', StringComparison.Ordinal) ? "pattern" : "path")}; {instead}", entry.Location));
        }

        return diagnostics;
    }

    private static IEnumerable<string> KeyPaths(ContentNode node) => new[] { node.KeyPath }.Concat(node switch
    {
        ContentMap map => map.Entries.SelectMany(e => KeyPaths(e.Value)),
        ContentList list => list.Items.SelectMany(KeyPaths),
        _ => [],
    }).Where(p => p.Length > 0);
}
