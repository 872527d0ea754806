using System.Text;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Vocabulary;

namespace BrochureGen.Tests;

/// <summary>
/// The one translation check on both ways of writing content: the same texts, written once as
/// Markdown paragraphs and once as YAML keys, give the same diagnostic for the same rule, at the
/// translation's line, naming the source's; <c>untranslated-ok</c> means names in both.
/// </summary>
public sealed class TranslationCheckerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "brochuregen-tests", Guid.NewGuid().ToString("N"));

    public enum Route
    {
        Markdown,
        Yaml,
    }

    public static readonly TheoryData<Route> Routes = new([Route.Markdown, Route.Yaml]);

    private static readonly string[] Source = ["Call **860-550-6632** for help.", "Office of the Victim Advocate", "Works excessively."];
    private static readonly string[] Translated = ["Llame al **860-550-6632** para pedir ayuda.", "Office of the Victim Advocate", "Trabaja en exceso."];

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Routes))]
    public void A_faithful_translation_has_no_findings_and_a_listed_name_left_as_written_is_not_called_untranslated(Route route)
    {
        Assert.Empty(Check(route, Source, Translated));
    }

    [SkippableTheory]
    [MemberData(nameof(Routes))]
    public void A_missing_text_is_a_structural_error_at_the_translation_naming_the_source_line(Route route)
    {
        var findings = Check(route, Source, Translated[..2]);

        var error = Assert.Single(findings);
        Assert.Equal((Severity.Error, StructureCode(route)), (error.Severity, error.Code));
        Assert.Contains($"{SourceFile(route)}({TextLine(route, 2)},", error.Message, StringComparison.Ordinal);
        Assert.Contains("is missing here", error.Message, StringComparison.Ordinal);
        Assert.Equal(TranslationFile(route), Path.GetFileName(error.Location!.File));
    }

    [SkippableTheory]
    [MemberData(nameof(Routes))]
    public void An_extra_text_is_a_structural_error_at_that_text(Route route)
    {
        var findings = Check(route, Source, [.. Translated, "Y algo más."]);

        var error = Assert.Single(findings);
        Assert.Equal((Severity.Error, StructureCode(route)), (error.Severity, error.Code));
        Assert.Contains("is not in", error.Message, StringComparison.Ordinal);
        Assert.Equal(TextLine(route, 3), error.Location!.Line);
    }

    public static readonly TheoryData<Route, int, string, string, string, string> TextRules = Cases();

    private static TheoryData<Route, int, string, string, string, string> Cases()
    {
        var cases = new (int Index, string Translation, string Code, string Severity, string Message)[]
        {
            (0, "Llame al **860-550-6633** para pedir ayuda.", DiagnosticCodes.TranslationInvariant, "error", "the phone number '860-550-6632' of the source (SOURCE(AT)) is missing here; it must stay exactly as in the source (the same digits, in any form people write a number)"),
            (0, "Llame al 860-550-6632 para pedir ayuda.", DiagnosticCodes.TranslationInvariant, "error", "this text has 0 bold part(s); the source has 1 (SOURCE(AT))"),
            (2, "Works excessively.", DiagnosticCodes.Untranslated, "warning", "this text is identical to the source (SOURCE(AT)): untranslated? (names that must stay go under 'untranslated-ok' in brochure.yaml)"),
            (2, "TODO(translate): Works excessively.", DiagnosticCodes.UntranslatedMarker, "error", "is not translated yet: translate it and remove 'TODO(translate):'"),
        };
        var data = new TheoryData<Route, int, string, string, string, string>();
        foreach (var route in new[] { Route.Markdown, Route.Yaml })
        {
            foreach (var (index, translation, code, severity, message) in cases)
            {
                data.Add(route, index, translation, code, severity, message);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(TextRules))]
    public void A_text_rule_gives_the_same_diagnostic_on_both_routes_at_the_translation_line(Route route, int index, string translation, string code, string severity, string message)
    {
        var texts = Translated.ToArray();
        texts[index] = translation;

        var finding = Assert.Single(Check(route, Source, texts));

        Assert.Equal((severity, code), (finding.Severity == Severity.Error ? "error" : "warning", finding.Code));
        var at = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{TextLine(route, index)},{TextColumn(route)}");
        Assert.Contains(message.Replace("SOURCE", SourceFile(route), StringComparison.Ordinal).Replace("AT", at, StringComparison.Ordinal), finding.Message, StringComparison.Ordinal);
        Assert.Equal((TranslationFile(route), TextLine(route, index)), (Path.GetFileName(finding.Location!.File), finding.Location.Line));
    }

    [SkippableTheory]
    [MemberData(nameof(Routes))]
    public void A_name_left_as_written_is_untranslated_unless_listed(Route route)
    {
        var findings = Check(route, Source, Translated, untranslatedOk: []);

        var warning = Assert.Single(findings);
        Assert.Equal(DiagnosticCodes.Untranslated, warning.Code);
        Assert.Equal(TextLine(route, 1), warning.Location!.Line);
    }

    [SkippableTheory]
    [MemberData(nameof(Routes))]
    public void A_listed_name_in_a_translation_is_read_in_the_source_language(Route route)
    {
        var folder = Write(route, Source, Translated, ["Office of the Victim Advocate"]);
        var manifest = ContentLoader.LoadManifest(folder);

        var translation = ContentLoader.LoadLocale(manifest, "es");

        var text = route == Route.Markdown
            ? Content.Markdown.ContentTexts.Of(translation.Markdown!).Single(t => t.PlainText == Translated[1])
            : (ContentText)translation.Root.Find("p2")!;
        var span = Assert.IsType<StyledInline>(Assert.Single(text.Inlines));
        Assert.Equal((InlineKind.Language, "en"), (span.Style, span.Language));
    }

    [SkippableTheory]
    [InlineData(Route.Yaml, "office.*", "is a key pattern")]
    [InlineData(Route.Yaml, "p2", "is a key path; list the names it stood for instead, e.g. 'Office of the Victim Advocate'")]
    [InlineData(Route.Markdown, "report.hotlines[*].number", "is a key pattern")]
    public void An_old_key_pattern_under_untranslated_ok_is_an_error_at_its_line(Route route, string entry, string message)
    {
        var folder = Write(route, Source, Translated, ["Connecticut", entry]);

        var error = Assert.Single(Assert.Throws<BrochureException>(() => ContentLoader.LoadManifest(folder)).Diagnostics);

        Assert.Equal(DiagnosticCodes.ManifestInvalid, error.Code);
        Assert.Contains($"'untranslated-ok' lists names that stay as written in every language (an agency's name, an address), not keys: '{entry}' {message}", error.Message, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(folder, "brochure.yaml"));
        Assert.Equal((ContentLoader.ManifestFileName, Array.IndexOf(lines, $"  - \"{entry}\"") + 1, 6), (Path.GetFileName(error.Location!.File), error.Location.Line, error.Location.Column));
    }

    [SkippableFact]
    public void Markdown_sections_in_another_order_are_one_error_and_each_is_compared_with_its_own()
    {
        var folder = Write(Route.Markdown, Source, Translated, []);
        File.WriteAllText(Path.Combine(folder, "en.md"), "# Checked\n\n## First\n\nCall 860-550-6632.\n\n## Second\n\n- One thing.\n- Another.\n");
        File.WriteAllText(Path.Combine(folder, "es.md"), "# Comprobado\n\n## Segunda\n\n- Una cosa.\n- Otra.\n\n## Primera\n\nLlame al 860-550-6632.\n");
        var manifest = ContentLoader.LoadManifest(folder);

        var findings = TranslationChecker.Check(ContentLoader.LoadLocale(manifest, "en"), ContentLoader.LoadLocale(manifest, "es"));

        // Paired by place, the phone number would be missing from the list; paired with its own, nothing is.
        var error = Assert.Single(findings);
        Assert.Equal((DiagnosticCodes.TranslationBlocks, 3), (error.Code, error.Location!.Line));
        Assert.Equal("this file has its sections ('## …') in another order than en.md: the source's section at en.md(3,1) comes here; keep the source's order", error.Message);
    }

    [SkippableFact]
    public void New_locale_copies_yaml_values_made_only_of_listed_names_and_numbers_unmarked()
    {
        var folder = Write(Route.Yaml, [.. Source, "860-550-6632"], [.. Translated, "860-550-6632"], ["Office of the Victim Advocate"]);
        var written = new Dictionary<string, byte[]>();

        LocaleScaffolder.Create(folder, "fr", (path, bytes) => written[Path.GetFileName(path)] = bytes);

        var text = Encoding.UTF8.GetString(written["fr.yaml"]);
        Assert.Contains("p1: \"TODO(translate): Call **860-550-6632** for help.\"", text, StringComparison.Ordinal);
        Assert.Contains("p2: \"Office of the Victim Advocate\"", text, StringComparison.Ordinal);
        Assert.Contains("p4: \"860-550-6632\"", text, StringComparison.Ordinal);
    }

    private IReadOnlyList<Diagnostic> Check(Route route, string[] source, string[] translation, string[]? untranslatedOk = null)
    {
        var manifest = ContentLoader.LoadManifest(Write(route, source, translation, untranslatedOk ?? ["Office of the Victim Advocate"]));
        return TranslationChecker.Check(ContentLoader.LoadLocale(manifest, "en"), ContentLoader.LoadLocale(manifest, "es"));
    }

    // Markdown: one section whose paragraphs are the texts; YAML: one key per text.
    private string Write(Route route, string[] source, string[] translation, string[] untranslatedOk)
    {
        var folder = Path.Combine(_root, "checked-brochure");
        Directory.CreateDirectory(folder);
        var names = string.Concat(untranslatedOk.Select(n => $"  - \"{n}\"\n"));
        File.WriteAllText(Path.Combine(folder, "brochure.yaml"), $"title: Checked\n{(route == Route.Yaml ? "template: trifold\n" : string.Empty)}locales:\n  en: reviewed\n  es: draft\nuntranslated-ok:\n{(names.Length == 0 ? "  []\n" : names)}");
        foreach (var (locale, title, heading, texts) in new[] { ("en", "Checked", "Heading", source), ("es", "Comprobado", "Encabezado", translation) })
        {
            var file = Path.Combine(folder, locale + (route == Route.Yaml ? ".yaml" : ".md"));
            File.WriteAllText(file, route == Route.Yaml
                ? $"title: \"{title}\"\nheading: \"{heading}\"\n{string.Concat(texts.Select((t, i) => $"p{i + 1}: \"{t}\"\n"))}"
                : $"# {title}\n\n## {heading}\n\n{string.Join("\n\n", texts)}\n");
        }

        return folder;
    }

    private static int TextLine(Route route, int index) => route == Route.Yaml ? 3 + index : 5 + (2 * index);

    private static int TextColumn(Route route) => route == Route.Yaml ? 6 : 1;

    private static string SourceFile(Route route) => route == Route.Yaml ? "en.yaml" : "en.md";

    private static string TranslationFile(Route route) => route == Route.Yaml ? "es.yaml" : "es.md";

    private static string StructureCode(Route route) => route == Route.Yaml ? DiagnosticCodes.TranslationKeys : DiagnosticCodes.TranslationBlocks;
}
