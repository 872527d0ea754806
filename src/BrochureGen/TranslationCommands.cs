using System.CommandLine;
using BrochureGen.Build;
using BrochureGen.Content;
using BrochureGen.Content.Review;
using BrochureGen.Diagnostics;

namespace BrochureGen.Cli;

/// <summary>The commands of the translation workflow: review, remove-locale, and xliff export/import.</summary>
internal static class TranslationCommands
{
    public static Command Review(TextWriter output, TextWriter error)
    {
        var brochure = new Argument<string>("brochure") { Description = "The brochure's folder name under the content folder" };
        var locale = new Option<string>("--locale") { Description = "The translation a reviewer has read, e.g. es", Required = true };
        var content = CommandLine.ContentOption();
        var command = new Command("review", "Record that a person who reads the language has reviewed the translation as it is now: writes <locale>.review.lock (each block against the current source) and marks the locale reviewed in brochure.yaml") { brochure, locale, content };
        command.SetAction(parse => Run(error, () =>
        {
            var folder = BrochureFolder(parse.GetValue(content)!, parse.GetValue(brochure)!);
            var (written, blocks) = ReviewRecorder.Record(folder, parse.GetValue(locale)!, (path, bytes) => AtomicFileWriter.Write(path, bytes));
            foreach (var path in written)
            {
                output.WriteLine($"wrote {DisplayPath.For(path)}");
            }

            output.WriteLine($"{parse.GetValue(brochure)} {parse.GetValue(locale)}: {blocks} block(s) recorded as reviewed");
            return CommandLine.Success;
        }));
        return command;
    }

    public static Command RemoveLocale(TextWriter output, TextWriter error)
    {
        var brochure = new Argument<string>("brochure") { Description = "The brochure's folder name under the content folder" };
        var locale = new Argument<string>("locale") { Description = "The locale to remove, e.g. fr" };
        var yes = new Option<bool>("--yes") { Description = "Really remove it: without --yes the command only says what it would remove" };
        var content = CommandLine.ContentOption();
        var command = new Command("remove-locale", "Remove a translation: its line in brochure.yaml, its <locale>.md and its review record (asks for --yes)") { brochure, locale, yes, content };
        command.SetAction(parse => Run(error, () =>
        {
            var folder = BrochureFolder(parse.GetValue(content)!, parse.GetValue(brochure)!);
            var code = parse.GetValue(locale)!;
            if (!parse.GetValue(yes))
            {
                var (manifest, deleted) = LocaleRemover.Plan(folder, code);
                error.WriteLine($"remove-locale would delete {string.Join(", ", deleted.Select(DisplayPath.For).DefaultIfEmpty("no file"))} and remove '{code}' from {DisplayPath.For(manifest)}; nothing was changed. Run it again with --yes to do it.");
                return CommandLine.UsageError;
            }

            var (edited, removed) = LocaleRemover.Remove(folder, code, (path, bytes) => AtomicFileWriter.Write(path, bytes));
            foreach (var path in removed)
            {
                output.WriteLine($"deleted {DisplayPath.For(path)}");
            }

            output.WriteLine($"wrote {DisplayPath.For(edited)}");
            return CommandLine.Success;
        }));
        return command;
    }

    public static Command Xliff(TextWriter output, TextWriter error)
    {
        var brochure = new Argument<string>("brochure") { Description = "The brochure's folder name under the content folder" };
        var locale = new Option<string>("--locale") { Description = "The target language, e.g. es (its existing translation becomes the targets)", Required = true };
        var file = new Option<string>("--output") { Description = "The XLIFF file to write (default <brochure>.<locale>.xlf in the current folder)" };
        var content = CommandLine.ContentOption();
        var export = new Command("export", "Write the brochure as an XLIFF 2.0 file for a translation vendor: a unit per text, a segment per sentence, protected codes and numbers, context notes, the existing translation as targets") { brochure, locale, file, content };
        export.SetAction(parse => Run(error, () =>
        {
            var folder = BrochureFolder(parse.GetValue(content)!, parse.GetValue(brochure)!);
            var manifest = ContentLoader.LoadManifest(folder);
            var target = parse.GetValue(file) ?? BrochureGen.Xliff.XliffFormat.FileName(manifest.Id, parse.GetValue(locale)!);
            AtomicFileWriter.Write(target, BrochureGen.Xliff.XliffExporter.Export(manifest, parse.GetValue(locale)!));
            output.WriteLine($"wrote {DisplayPath.For(target)}");
            return CommandLine.Success;
        }));

        var input = new Argument<string>("file") { Description = "An XLIFF 2.0 file exported by 'xliff export' and translated" };
        var importContent = CommandLine.ContentOption();
        var import = new Command("import", "Write <locale>.md from a translated XLIFF file, with every translation check applied; nothing is written while any unit fails") { input, importContent };
        import.SetAction(parse => Run(error, () =>
        {
            var result = BrochureGen.Xliff.XliffImporter.Import(parse.GetValue(input)!, parse.GetValue(importContent)!);
            new DiagnosticPrinter(error, DiagnosticPrinter.UseColour(error)).Print(result.Warnings);
            AtomicFileSet.Write(result.Files);
            foreach (var (path, _) in result.Files)
            {
                output.WriteLine($"wrote {DisplayPath.For(path)}");
            }

            return CommandLine.Success;
        }));

        return new Command("xliff", "Exchange a translation with a vendor's CAT tool as XLIFF 2.0") { export, import };
    }

    /// <summary>The folder of a brochure named on the command line; a name that cannot be a brochure id never becomes a path.</summary>
    public static string BrochureFolder(string contentRoot, string id)
    {
        var folder = Path.Combine(contentRoot, id);
        if (!ContentLoader.IsBrochureId(id) || !File.Exists(Path.Combine(folder, ContentLoader.ManifestFileName)))
        {
            var known = ContentLoader.FindBrochureFolders(contentRoot).Select(Path.GetFileName).OfType<string>().ToList();
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ContentFileMissing, $"no brochure '{id}' under '{DisplayPath.For(contentRoot)}'{DidYouMean.Suggest(id, known)}{(known.Count > 0 ? $"; there are {string.Join(", ", known)}" : string.Empty)}"));
        }

        return folder;
    }

    /// <summary>Runs a command's work: bad input is its diagnostics and exit code 1, a file that cannot be written is BG0601.</summary>
    public static int Run(TextWriter error, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (BrochureException ex)
        {
            new DiagnosticPrinter(error, DiagnosticPrinter.UseColour(error)).Print(ex.Diagnostics);
            return CommandLine.InputErrors;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error BG0601: {ex.Message}");
            return CommandLine.InputErrors;
        }
    }
}
