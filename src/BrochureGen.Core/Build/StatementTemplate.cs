using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BrochureGen.Content;
using BrochureGen.Diagnostics;

namespace BrochureGen.Build;

/// <summary>
/// The wording of the accessibility statement in one language: <c>templates/statement/&lt;locale&gt;.yaml</c>,
/// text a user edits (or translates into a new file) without touching code. Every key of
/// <see cref="Keys"/> must be there with exactly the placeholders it may use; the statement's
/// structure, links and escaping are the writer's (<see cref="StatementWriter"/>), so no wording
/// can break the page or its accessibility.
/// </summary>
public sealed partial class StatementTemplate
{
    public const string Folder = "statement";

    /// <summary>Every key and the placeholders its text may hold.</summary>
    public static readonly IReadOnlyList<(string Key, string[] Placeholders)> Keys =
    [
        ("language-name", []), ("title", []), ("intro", ["organisations"]),
        ("standards-heading", []), ("standards-intro", []),
        ("standard-wcag", []), ("standard-pdfua", []), ("standard-pdfx", []), ("standard-large-print", []), ("standard-braille", []),
        ("evaluation-heading", []), ("evaluation", ["date"]),
        ("editions-heading", []), ("edition-formats", []), ("edition-report", []), ("edition-results", ["passed", "warned", "failed"]),
        ("status-reviewed", []), ("status-draft", []), ("status-source", []),
        ("limitations-heading", []), ("limitation-draft", ["title", "languages"]), ("limitation-no-braille", ["title", "languages"]),
        ("limitation-checks", ["title", "check", "languages"]), ("limitation-failed-build", ["title", "languages"]),
        ("limitation-review", []), ("limitation-validator", []),
        ("contact-heading", []), ("contact-intro", []), ("contact-for", ["title"]),
        ("contact-phone", ["phone"]), ("contact-email", ["email"]), ("contact-web", ["web"]), ("no-contact", ["title"]),
        ("other-languages", []), ("footer", ["date"]), ("date", ["day", "month", "year"]), ("months", []),
    ];

    private readonly Dictionary<string, string> _texts;
    private readonly IReadOnlyList<string> _months;

    private StatementTemplate(string locale, string filePath, Dictionary<string, string> texts, IReadOnlyList<string> months)
    {
        Locale = locale;
        FilePath = filePath;
        _texts = texts;
        _months = months;
    }

    public string Locale { get; }

    public string FilePath { get; }

    /// <summary>The statement's file in the output folder.</summary>
    public string FileName => FileNameFor(Locale);

    public static string FileNameFor(string locale) => $"accessibility-statement.{locale}.html";

    /// <summary>A text without placeholders.</summary>
    public string this[string key] => _texts[key];

    /// <summary>
    /// A text as HTML: its own words through <paramref name="escape"/> (which escapes them and
    /// notes their characters for the fonts), each placeholder replaced by the HTML given for it
    /// (already escaped, perhaps marked with a language or made a link).
    /// </summary>
    public string Html(string key, Func<string, string> escape, params (string Name, string Html)[] values)
    {
        var text = _texts[key];
        var html = new StringBuilder();
        var at = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            html.Append(escape(text[at..match.Index]));
            html.Append(values.First(v => v.Name == match.Groups[1].Value).Html);
            at = match.Index + match.Length;
        }

        return html.Append(escape(text[at..])).ToString();
    }

    /// <summary>A day as this language writes it, from the template's own month names (no culture data: the same bytes everywhere).</summary>
    public string Date(DateOnly day) => _texts["date"]
        .Replace("{day}", day.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", _months[day.Month - 1], StringComparison.Ordinal)
        .Replace("{year}", day.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// Every <c>templates/statement/*.yaml</c>, in locale order; none when the folder is missing.
    /// A file that is wrong is an error at its line (BG0902), with every other problem of it.
    /// </summary>
    public static IReadOnlyList<StatementTemplate> LoadAll(string templatesRoot)
    {
        var folder = Path.Combine(templatesRoot, Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var templates = new List<StatementTemplate>();
        var diagnostics = new List<Diagnostic>();
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            try
            {
                templates.Add(Load(path, templatesRoot));
            }
            catch (BrochureException ex)
            {
                diagnostics.AddRange(ex.Diagnostics);
            }
        }

        return diagnostics.Count > 0 ? throw new BrochureException(diagnostics) : templates;
    }

    private static StatementTemplate Load(string path, string templatesRoot)
    {
        var display = DisplayPath.For(path);
        var locale = Path.GetFileNameWithoutExtension(path);
        if (!ContentLoader.IsValidLanguageTag(locale))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.StatementTemplateInvalid, $"a statement template is named by its locale (en.yaml, es.yaml), and '{locale}' is not a language tag", SourceLocation.InFile(display)));
        }

        var root = YamlContentReader.ReadFile(path, display, parseInlineMarkup: false, templatesRoot, FileKind.Design).AsMap("a statement template");
        var diagnostics = new List<Diagnostic>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<string> months = [];
        foreach (var (key, value) in root.Entries)
        {
            var known = Keys.FirstOrDefault(k => k.Key == key);
            if (known.Key is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.StatementTemplateInvalid, $"unknown key '{key}'{DidYouMean.Suggest(key, Keys.Select(k => k.Key).ToList())}", value.Location));
                continue;
            }

            if (key == "months")
            {
                months = value is ContentList list && list.Items.Count == 12 && list.Items.All(i => i is ContentText { Raw.Length: > 0 })
                    ? list.Items.Cast<ContentText>().Select(t => t.Raw).ToList()
                    : Refuse(diagnostics, "'months' must list the twelve month names, January first", value.Location);
                continue;
            }

            if (value is not ContentText { Raw: var text } || text.Trim().Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.StatementTemplateInvalid, $"'{key}' must be text", value.Location));
                continue;
            }

            foreach (var name in Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Where(n => !known.Placeholders.Contains(n)))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.StatementTemplateInvalid, $"'{key}' has the placeholder {{{name}}}, which it cannot have; " + (known.Placeholders.Length == 0 ? "it has none" : $"it may have {string.Join(", ", known.Placeholders.Select(p => $"{{{p}}}"))}"), value.Location));
            }

            foreach (var name in known.Placeholders.Where(p => key != "intro" && !text.Contains($"{{{p}}}", StringComparison.Ordinal)))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.StatementTemplateInvalid, $"'{key}' leaves out {{{name}}}: the statement would lose what it says", value.Location));
            }

            texts[key] = text.Trim();
        }

        foreach (var (key, _) in Keys.Where(k => k.Key != "months" && !texts.ContainsKey(k.Key) && !diagnostics.Any(d => d.Message.StartsWith($"'{k.Key}'", StringComparison.Ordinal))))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.StatementTemplateInvalid, $"the key '{key}' is missing (see templates/statement/en.yaml)", root.Location));
        }

        if (root.Find("months") is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.StatementTemplateInvalid, "the key 'months' is missing: the twelve month names, January first", root.Location));
        }

        return diagnostics.Count > 0 ? throw new BrochureException(diagnostics) : new StatementTemplate(locale, path, texts, months);
    }

    private static IReadOnlyList<string> Refuse(List<Diagnostic> diagnostics, string message, SourceLocation location)
    {
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.StatementTemplateInvalid, message, location));
        return [];
    }

    [GeneratedRegex("\\{([a-z]+)\\}")]
    private static partial Regex Placeholder();
}
