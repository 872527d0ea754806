using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BrochureGen.Templating;

/// <summary>
/// Resolves <c>include</c> names inside the templates folder only. Templates come from
/// designers, not programmers: they may reuse partials, but never read other files.
/// </summary>
internal sealed class SandboxedTemplateLoader(string templatesRoot, string templateFolder) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(templatesRoot);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var candidate = Path.GetFullPath(Path.Combine(templateFolder, templateName));
        var rootWithSeparator = _root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar;
        if (!candidate.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' refused: templates may only include files inside the templates folder");
        }

        if (!File.Exists(candidate))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' not found (looked for {Path.GetRelativePath(_root, candidate)} in the templates folder)");
        }

        return candidate;
    }

    // Read safely (links out of the folder, FIFOs, devices and huge files refused), reported at the include.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        try
        {
            return TemplateRenderer.ReadText(templatePath, _root);
        }
        catch (BrochureGen.Diagnostics.BrochureException ex)
        {
            var problem = ex.Diagnostics[0].Message;
            var reason = problem.IndexOf("refused: ", StringComparison.Ordinal) is var at and >= 0 ? problem[(at + 9)..] : problem;
            throw new ScriptRuntimeException(callerSpan, $"include '{Path.GetRelativePath(_root, templatePath)}' refused: {reason}");
        }
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
