using System.CommandLine;
using BrochureGen.Build;
using BrochureGen.Content;
using BrochureGen.Diagnostics;

namespace BrochureGen.Cli;

/// <summary>
/// The <c>brochuregen</c> command line. Exit codes: 0 success, 1 input errors (content,
/// template, theme, layout, output), 2 wrong usage, 3 an internal error (a bug).
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
    public const int Interrupted = 130;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("BrochureGen turns localized content into accessible, print-ready tri-fold brochures.");
        root.Subcommands.Add(BuildCommand(output, error));
        root.Subcommands.Add(NewLocaleCommand(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'brochuregen --help' for usage.");
            return UsageError;
        }

        try
        {
            // Interruption is handled by the build itself (it stops between editions), so
            // System.CommandLine's own Ctrl-C handling is turned off.
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (Exception ex)
        {
            // Every expected failure is a diagnostic; reaching this is a bug in BrochureGen.
            error.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message}");
            error.WriteLine("This is a bug in BrochureGen; please report it with the command you ran.");
            return InternalError;
        }
    }

    private static Command NewLocaleCommand(TextWriter output, TextWriter error)
    {
        var brochure = new Argument<string>("brochure") { Description = "The brochure's folder name under the content folder, e.g. stop-human-trafficking" };
        var locale = new Argument<string>("locale") { Description = "The new locale's language tag, e.g. fr or pt-BR" };
        var content = new Option<string>("--content") { Description = "Folder with one sub-folder per brochure", DefaultValueFactory = _ => "content" };
        var command = new Command("new-locale", "Start a translation: write <locale>.yaml with every value marked for translation and add the locale to brochure.yaml as a draft") { brochure, locale, content };
        command.SetAction(parse =>
        {
            try
            {
                var folder = Path.Combine(parse.GetValue(content)!, parse.GetValue(brochure)!);
                foreach (var path in LocaleScaffolder.Create(folder, parse.GetValue(locale)!, (path, bytes) => AtomicFileWriter.Write(path, bytes)))
                {
                    output.WriteLine($"wrote {DisplayPath.For(path)}");
                }

                return Success;
            }
            catch (BrochureException ex)
            {
                foreach (var diagnostic in ex.Diagnostics)
                {
                    error.WriteLine(diagnostic.ToString());
                }

                return InputErrors;
            }
        });
        return command;
    }

    private static Command BuildCommand(TextWriter output, TextWriter error)
    {
        var content = new Option<string>("--content") { Description = "Folder with one sub-folder per brochure", DefaultValueFactory = _ => "content" };
        var templates = new Option<string>("--templates") { Description = "Folder with the templates", DefaultValueFactory = _ => "templates" };
        var outputFolder = new Option<string>("--output") { Description = "Folder the editions are written to", DefaultValueFactory = _ => "output" };
        var locales = new Option<string[]>("--locale") { Description = "Build only this locale (repeatable)", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var reviewedOnly = new Option<bool>("--reviewed-only") { Description = "Skip translations whose review status is draft" };

        var command = new Command("build", "Build every edition of every brochure: PDF and page PNGs") { content, templates, outputFolder, locales, reviewedOnly };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(
                parse.GetValue(content)!,
                parse.GetValue(templates)!,
                parse.GetValue(outputFolder)!,
                parse.GetValue(locales) ?? [],
                parse.GetValue(reviewedOnly));
            using var interruption = new InterruptionSignal();
            var result = new BrochureBuilder(options).Build(path => output.WriteLine($"wrote {DisplayPath.For(path)}"), note => output.WriteLine(note), interruption.Token);
            if (result.Interrupted)
            {
                error.WriteLine($"error BG0602: interrupted: {result.EditionsBuilt} edition(s) were written completely; no file was left half-written");
                return Interrupted;
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }

            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = result.Diagnostics.Count - errors;
            output.WriteLine($"{result.EditionsBuilt} edition(s) built, {warnings} warning(s), {errors} error(s)");
            return result.HasErrors ? InputErrors : Success;
        });
        return command;
    }
}
