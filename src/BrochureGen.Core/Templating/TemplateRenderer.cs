using BrochureGen.Content;
using BrochureGen.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BrochureGen.Templating;

/// <summary>Renders a brochure template with one locale's content into brochure markup.</summary>
public static class TemplateRenderer
{
    public const string EntryTemplateName = "brochure.sbn";

    /// <summary>The folder of a template by name, e.g. <c>templates/trifold</c>.</summary>
    public static string TemplateFolder(string templatesRoot, string templateName) => Path.Combine(templatesRoot, templateName);

    // Every edition of a build uses the same template: parse it once per process and version of the file.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, DateTime Written, long Length), Template> ParsedTemplates = new();

    private static Template Parsed(string path, string templatesRoot)
    {
        var file = new FileInfo(path);
        return ParsedTemplates.GetOrAdd((file.FullName, file.LastWriteTimeUtc, file.Length), key => Template.Parse(ReadText(key.Path, templatesRoot), path));
    }

    /// <summary>A template file's text, read through <see cref="SafeFile"/> (inside the templates folder, a regular file, at most <see cref="InputLimits.TemplateFileBytes"/>).</summary>
    internal static string ReadText(string path, string templatesRoot, SourceLocation? namedAt = null, string? name = null) =>
        LenientUtf8.GetString(SafeFile.ReadBytes(path, templatesRoot, FileKind.Template, namedAt, name)).TrimStart('\uFEFF');

    private static readonly System.Text.UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// True for a name a brochure or layout may give as its template: one folder of the templates
    /// folder (<c>flow</c>, <c>trifold</c>), never a path (<c>../content/x</c>) that would run a
    /// template shipped with the content.
    /// </summary>
    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 100
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && name is not ("." or "..")
        && !name.StartsWith('.');

    /// <summary>The templates under <paramref name="templatesRoot"/>: folders with a <c>brochure.sbn</c>.</summary>
    public static IReadOnlyList<string> Available(string templatesRoot) =>
        Directory.Exists(templatesRoot)
            ? Directory.GetDirectories(templatesRoot).Where(d => File.Exists(Path.Combine(d, EntryTemplateName))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    public static RenderedMarkup Render(LocaleContent content, string templatesRoot, string templateName)
    {
        var folder = TemplateFolder(templatesRoot, templateName);
        var entryPath = Path.Combine(folder, EntryTemplateName);
        var entryDisplay = DisplayPath.For(entryPath);
        if (!File.Exists(entryPath))
        {
            throw new BrochureException(Diagnostic.Error(
                DiagnosticCodes.TemplateNotFound,
                $"template '{templateName}' has no {EntryTemplateName}",
                SourceLocation.InFile(entryDisplay)));
        }

        var template = Parsed(entryPath, templatesRoot);
        if (template.HasErrors)
        {
            var diagnostics = template.Messages
                .Select(m => Diagnostic.Error(
                    DiagnosticCodes.TemplateSyntax,
                    m.Message,
                    new SourceLocation(entryDisplay, m.Span.Start.Line + 1, m.Span.Start.Column + 1)))
                .ToList();
            throw new BrochureException(diagnostics);
        }

        var context = new MarkupTemplateContext(path => DisplayPath.For(path))
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new SandboxedTemplateLoader(templatesRoot, folder),
            LoopLimit = 10_000,
            RecursiveLimit = 64,
            LimitToString = 100_000,
            OutputLimit = 2_000_000,

            // A regular expression runs inside one step of the template, out of the time check's
            // sight: each may take a second at most, so the whole template keeps its time limit.
            RegexTimeOut = TimeSpan.FromSeconds(1),
        };
        context.PushGlobal(BuildModel(content));

        string markup;
        try
        {
            markup = template.Render(context);
        }
        catch (Exception ex) when (ShapeError(ex) is { } shape)
        {
            // Scriban wraps what a loop inside a template function throws.
            throw new BrochureException([.. context.Missing, Diagnostic.Error(DiagnosticCodes.TemplateRuntime, $"'{shape.Value.KeyPath}' gives text here, not a list of '- ' entries, but the template loops over it ({shape.Loop})", shape.Value.Location)]);
        }
        catch (ScriptRuntimeException ex)
        {
            var code = ex.OriginalMessage.Contains("was not found", StringComparison.Ordinal) || ex.OriginalMessage.Contains("is missing", StringComparison.Ordinal)
                ? DiagnosticCodes.TemplateMissingVariable
                : ex.OriginalMessage.Contains("refused", StringComparison.Ordinal)
                    ? DiagnosticCodes.TemplateIncludeRefused
                    : DiagnosticCodes.TemplateRuntime;
            throw new BrochureException([.. context.Missing, Diagnostic.Error(code, Explain(ex.OriginalMessage), context.LocationOf(ex.Span))]);
        }

        if (context.Missing.Count > 0)
        {
            throw new BrochureException(context.Missing);
        }

        return new RenderedMarkup(markup, entryDisplay, context.SourceMap, context.ContentSources);
    }

    private static ContentShapeException? ShapeError(Exception? ex) => ex switch
    {
        null => null,
        ContentShapeException shape => shape,
        _ => ShapeError(ex.InnerException),
    };

    // Scriban's wording names .NET types; say what is wrong in the content's terms instead.
    private static string Explain(string message) =>
        message.Contains("for iterator", StringComparison.Ordinal) && message.Contains(nameof(ContentText), StringComparison.Ordinal)
            ? "the template loops over this value with 'for', but the content file gives text here, not a list of '- ' entries"
            : message;

    private static ScriptObject BuildModel(LocaleContent content)
    {
        var model = TemplateFunctions.Create();
        model.SetValue("content", content.Markdown is { } markdown ? MarkdownTemplateModel.Build(markdown) : ContentScriptObject.Wrap(content.Root), readOnly: true);
        var brochure = new ScriptObject
        {
            ["id"] = content.Brochure.Id,
            ["locale"] = content.Locale,
            ["title"] = content.Title,
            ["author"] = content.Author,
            ["subject"] = content.Subject,
        };
        model.SetValue("brochure", brochure, readOnly: true);
        return model;
    }
}
