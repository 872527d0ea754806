using System.CommandLine;
using System.Globalization;
using BrochureGen.Build;
using BrochureGen.Content;
using BrochureGen.Diagnostics;

namespace BrochureGen.Cli;

/// <summary>
/// The <c>brochuregen</c> command line. Exit codes: 0 success, 1 input errors (content,
/// template, theme, layout, output), 2 wrong usage, 3 an internal error (a bug), 130 interrupted.
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
        var root = new RootCommand("BrochureGen turns localized content into accessible, print-ready folded brochures, with HTML, large-print and braille editions.")
        {
            BuildCommand(output, error, check: false),
            BuildCommand(output, error, check: true),
            BuildCommand(output, error, check: false, watch: true),
            ListCommand(output, error),
            NewLocaleCommand(output, error),
            TranslationCommands.Review(output, error),
            TranslationCommands.RemoveLocale(output, error),
            TranslationCommands.Xliff(output, error),
            NewBrochureCommand(output, error),
            GalleryCommand(output, error),
        };

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

    private static Command BuildCommand(TextWriter output, TextWriter error, bool check, bool watch = false)
    {
        var content = ContentOption();
        var templates = new Option<string>("--templates") { Description = "Folder with the templates", DefaultValueFactory = _ => "templates" };
        var outputFolder = new Option<string>("--output") { Description = "Folder the editions are written to", DefaultValueFactory = _ => "output" };
        var brochures = new Option<string[]>("--brochure") { Description = "Build only this brochure (its folder name; repeatable)", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var locales = new Option<string[]>("--locale") { Description = "Build only this locale (repeatable)", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var reviewedOnly = new Option<bool>("--reviewed-only") { Description = "Skip translations whose review status is draft" };
        var editions = new Option<string[]>("--edition") { Description = "What to write: screen (tagged PDF), print (print PDF with bleed and marks, and the folded mock-up), png (page proofs), html (accessible web page), large-print (large-print PDF), braille (BRF); repeatable, default all", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        editions.AcceptOnlyFromAmong([.. OutputFileKind.EditionChoices.Select(c => c.Name)]);
        var proofOverlay = new Option<bool>("--proof-overlay") { Description = "Draw the page proofs on the press sheet with trim, bleed, fold and safe-area lines" };
        var jobs = new Option<int>("--jobs") { Description = "Editions built in parallel (default: the number of processors)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var softProof = new Option<bool>("--soft-proof") { Description = "Render the page PNGs as they will print: CMYK through the layout's printing-condition profile back to the screen" };
        var force = new Option<bool>("--force") { Description = "Rebuild every selected edition, even those whose inputs have not changed since the last build" };
        var shard = new Option<string>("--shard") { Description = "Build one slice of the catalogue: I/N builds every N-th edition starting with the I-th (1-based)" };
        var lockWait = LockWaitOption();
        var timings = new Option<bool>("--timings") { Description = "Print where the time went (each stage of the build and of every edition: wall time and bytes allocated) and write it into report.json" };
        var strict = new Option<bool>("--strict") { Description = "Fail an edition (and keep its earlier files) when an accessibility check's result is worse than the last report.json recorded" };
        var publicGallery = PublicOption();

        var command = check
            ? new Command("check", "Run every validation (content, translations, template, theme, layout) without writing any file") { content, templates, brochures, locales, reviewedOnly }
            : watch
            ? new Command("watch", "Build, then rebuild the editions a saved content or template file affects, until Ctrl-C") { content, templates, outputFolder, brochures, locales, reviewedOnly, editions, jobs, proofOverlay, softProof, lockWait, strict, publicGallery }
            : new Command("build", "Build every edition of every brochure: tagged PDF, print PDF, page PNGs, HTML, large print and braille, report.json and index.html") { content, templates, outputFolder, brochures, locales, reviewedOnly, editions, jobs, shard, proofOverlay, softProof, force, lockWait, strict, publicGallery, timings };

        command.SetAction(parse =>
        {
            (int, int)? slice = null;
            if (!check && parse.GetValue(shard) is { } shardText)
            {
                if (!TryParseShard(shardText, out var parsedShard))
                {
                    error.WriteLine($"error: --shard must be I/N with 1 <= I <= N, not '{shardText}'");
                    return UsageError;
                }

                slice = parsedShard;
            }

            if (!check && parse.GetValue(jobs) < 1)
            {
                error.WriteLine("error: --jobs must be at least 1");
                return UsageError;
            }

            var kinds = check ? EditionKinds.None : (parse.GetValue(editions) ?? []).Aggregate(EditionKinds.None, (k, e) => k | OutputFileKind.EditionChoices.Single(c => c.Name == e).Kinds);
            var options = new BuildOptions(
                parse.GetValue(content)!,
                parse.GetValue(templates)!,
                check ? string.Empty : parse.GetValue(outputFolder)!,
                parse.GetValue(locales) ?? [],
                parse.GetValue(reviewedOnly),
                parse.GetValue(brochures) ?? [],
                kinds == EditionKinds.None ? EditionKinds.All : kinds,
                check ? Environment.ProcessorCount : parse.GetValue(jobs),
                slice,
                WriteFiles: !check,
                ProofOverlay: !check && parse.GetValue(proofOverlay),
                Force: !check && parse.GetValue(force),
                SoftProof: !check && parse.GetValue(softProof),
                LockWaitSeconds: check ? 0 : parse.GetValue(lockWait),
                Strict: !check && parse.GetValue(strict),
                PublicGallery: !check && parse.GetValue(publicGallery),
                Timings: !check && parse.GetValue(timings));

            // Before any work, so that a typo is one clear message rather than an empty build that succeeds.
            var unknownFilters = UnknownFilters.Find(options);
            if (unknownFilters.Count > 0)
            {
                foreach (var message in unknownFilters)
                {
                    error.WriteLine($"error: {message}");
                }

                return UsageError;
            }

            return watch ? RunWatch(options, output, error) : RunBuild(options, output, error);
        });
        return command;
    }

    private static int RunBuild(BuildOptions options, TextWriter output, TextWriter error)
    {
        using var interruption = new InterruptionSignal();
        return BuildOnce(options, output, error, interruption.Token);
    }

    // Builds, then waits for a saved file and builds again: the build is incremental, so only the
    // editions whose inputs changed are made again. Ctrl-C while waiting ends it normally.
    private static int RunWatch(BuildOptions options, TextWriter output, TextWriter error)
    {
        using var interruption = new InterruptionSignal();
        using var watcher = new SourceWatcher([options.ContentRoot, options.TemplatesRoot], options.OutputRoot);
        while (true)
        {
            if (BuildOnce(options, output, error, interruption.Token) == Interrupted)
            {
                return Interrupted;
            }

            output.WriteLine($"watching {DisplayPath.For(options.ContentRoot)} and {DisplayPath.For(options.TemplatesRoot)} for changes (Ctrl-C to stop)");
            output.Flush();
            if (!watcher.WaitForChange(interruption.Token))
            {
                return Success;
            }
        }
    }

    private static int BuildOnce(BuildOptions options, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var showProgress = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var observer = new ConsoleBuildObserver(output, showProgress);
        var result = new BrochureBuilder(options).Build(observer, cancellation);
        observer.Flush();

        new DiagnosticPrinter(error, DiagnosticPrinter.UseColour(error)).Print(result.Diagnostics);
        if (result.Interrupted)
        {
            error.WriteLine($"error BG0602: interrupted: {result.EditionsBuilt} edition(s) were written completely; no file was left half-written");
            return Interrupted;
        }

        var diagnostics = result.Diagnostics.ToList();
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        var verb = options.WriteFiles ? "built" : "checked";
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        // An up-to-date edition is not built again, so its warnings are not printed again; saying
        // how many it still has keeps "0 warning(s)" from reading as "fixed".
        var earlierWarnings = result.Editions.Where(e => e.UpToDate).Sum(e => e.Reused!.Warnings.Count);
        var stillWarned = earlierWarnings > 0 ? $" with {earlierWarnings} warning(s) from their last build (see report.json; --force prints them)" : string.Empty;
        var upToDate = result.EditionsUpToDate > 0 ? $", {result.EditionsUpToDate} up to date{stillWarned}" : string.Empty;
        var failed = result.EditionsFailed > 0 ? $", {result.EditionsFailed} failed" : string.Empty;
        output.WriteLine($"{result.EditionsBuilt} edition(s) {verb}{failed}{upToDate}, {warnings} warning(s), {errors} error(s) in {seconds} s");
        if (options.Timings && result.Timings is { } timings)
        {
            output.Write(timings.Describe());
        }
        output.Flush();
        error.Flush();
        return result.HasErrors ? InputErrors : Success;
    }

    private static Command ListCommand(TextWriter output, TextWriter error)
    {
        var content = ContentOption();
        var themes = new Option<bool>("--themes") { Description = "List the themes of the templates folder (the looks a brochure names with 'theme:') instead of the brochures" };
        var templates = new Option<string>("--templates") { Description = "Folder with the themes (for --themes)", DefaultValueFactory = _ => "templates" };
        var command = new Command("list", "List the brochures, their locales and each locale's review status") { content, themes, templates };
        command.SetAction(parse =>
        {
            if (parse.GetValue(themes))
            {
                return ListThemes(parse.GetValue(templates)!, output, error);
            }

            var diagnostics = new List<Diagnostic>();
            var folders = ContentLoader.FindBrochureFolders(parse.GetValue(content)!);
            var manifests = new List<BrochureManifest>();
            foreach (var folder in folders)
            {
                try
                {
                    manifests.Add(ContentLoader.LoadManifest(folder));
                }
                catch (BrochureException ex)
                {
                    diagnostics.AddRange(ex.Diagnostics);
                }
            }

            // Columns are as wide as their widest entry in terminal cells, over every brochure, so
            // that the status column lines up even after a name in Chinese or Korean.
            var rows = manifests.SelectMany(m => m.LocaleEntries).Select(l => (Code: l.Code, Name: LanguageNames.Native(l.Code))).ToList();
            var codeCells = rows.Select(r => DisplayWidth.Of(r.Code)).DefaultIfEmpty(0).Max();
            var nameCells = rows.Select(r => DisplayWidth.Of(r.Name)).DefaultIfEmpty(0).Max();
            foreach (var manifest in manifests)
            {
                var template = manifest.Template is null ? string.Empty : $", template {manifest.Template}";
                output.WriteLine($"{manifest.Id}  (layout {manifest.Layout}, theme {manifest.Theme}{template}, source {manifest.SourceLocale})");
                foreach (var locale in manifest.LocaleEntries)
                {
                    // A reviewed translation whose source changed since counts as a draft, and says which blocks.
                    var (stale, findings) = Content.Review.ReviewState.Of(manifest, locale.Code);
                    diagnostics.AddRange(findings.Where(d => d.Severity == Severity.Error));
                    output.WriteLine($"  {DisplayWidth.PadRight(locale.Code, codeCells)}  {DisplayWidth.PadRight(LanguageNames.Native(locale.Code), nameCells)}  {ReviewSummary.Of(locale.Status, stale.Count)}");
                    foreach (var block in stale)
                    {
                        output.WriteLine($"      {block.Id} ({block.Translation}): {block.Reason}");
                    }
                }
            }

            new DiagnosticPrinter(error, DiagnosticPrinter.UseColour(error)).Print(diagnostics);
            if (folders.Count == 0)
            {
                error.WriteLine($"error BG0104: no brochure found under '{parse.GetValue(content)}'");
                return InputErrors;
            }

            return diagnostics.Count > 0 ? InputErrors : Success;
        });
        return command;
    }

    // One line a theme: its name (the value of 'theme:'), which is the default, and what it looks like.
    private static int ListThemes(string templatesRoot, TextWriter output, TextWriter error)
    {
        var names = Layout.Theme.ThemeLoader.Available(templatesRoot);
        if (names.Count == 0)
        {
            error.WriteLine($"error BG0401: no theme found in '{Path.Combine(templatesRoot, Layout.Theme.ThemeLoader.FolderName)}'");
            return InputErrors;
        }

        var diagnostics = new List<Diagnostic>();
        var nameCells = names.Max(DisplayWidth.Of);
        foreach (var name in names)
        {
            string? description = null;
            try
            {
                description = Layout.Theme.ThemeLoader.Description(templatesRoot, name);
            }
            catch (BrochureException ex)
            {
                diagnostics.AddRange(ex.Diagnostics);
            }

            var isDefault = name == ContentLoader.DefaultTheme ? " (default)" : string.Empty;
            output.WriteLine($"{DisplayWidth.PadRight(name, nameCells)}  {description ?? "(no description)"}{isDefault}");
        }

        new DiagnosticPrinter(error, DiagnosticPrinter.UseColour(error)).Print(diagnostics);
        return diagnostics.Count > 0 ? InputErrors : Success;
    }

    private static Command NewLocaleCommand(TextWriter output, TextWriter error)
    {
        var brochure = new Argument<string>("brochure") { Description = "The brochure's folder name under the content folder, e.g. stop-human-trafficking" };
        var locale = new Argument<string>("locale") { Description = "The new locale's language tag, e.g. fr or pt-BR" };
        var content = ContentOption();
        var command = new Command("new-locale", "Start a translation: write <locale>.md (or .yaml) with every text marked for translation and add the locale to brochure.yaml as a draft") { brochure, locale, content };
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
                new DiagnosticPrinter(error, DiagnosticPrinter.UseColour(error)).Print(ex.Diagnostics);
                return InputErrors;
            }
        });
        return command;
    }

    private static Command NewBrochureCommand(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "The new brochure's folder name, e.g. carbon-monoxide-safety" };
        var layout = new Option<string>("--layout") { Description = "The fold: a layout in templates/layouts", DefaultValueFactory = _ => ContentLoader.DefaultLayout };
        var theme = new Option<string>("--theme") { Description = "The look: a theme in templates/themes", DefaultValueFactory = _ => ContentLoader.DefaultTheme };
        var content = ContentOption();
        var templates = new Option<string>("--templates") { Description = "Folder with layouts, themes, templates and fonts", DefaultValueFactory = _ => "templates" };
        var command = new Command("new-brochure", "Start a brochure: write brochure.yaml and an en.md with an example of every construct, ready to build") { id, layout, theme, content, templates };
        command.SetAction(parse =>
        {
            try
            {
                foreach (var path in BrochureScaffolder.Create(parse.GetValue(content)!, parse.GetValue(templates)!, parse.GetValue(id)!, parse.GetValue(layout)!, parse.GetValue(theme)!, (path, bytes) => AtomicFileWriter.Write(path, bytes)))
                {
                    output.WriteLine($"wrote {DisplayPath.For(path)}");
                }

                return Success;
            }
            catch (BrochureException ex)
            {
                new DiagnosticPrinter(error, DiagnosticPrinter.UseColour(error)).Print(ex.Diagnostics);
                return InputErrors;
            }
        });
        return command;
    }

    // CI builds shards on separate runners; this joins their reports into one gallery.
    private static Command GalleryCommand(TextWriter output, TextWriter error)
    {
        var content = ContentOption();
        var outputFolder = new Option<string>("--output") { Description = "Folder holding every edition's files; report.json and index.html are written here", DefaultValueFactory = _ => "output" };
        var templates = new Option<string>("--templates") { Description = "Folder with the templates: the gallery is set in the default theme's fonts", DefaultValueFactory = _ => "templates" };
        var reports = new Argument<string[]>("reports") { Description = "report.json files of shard builds (their file paths are read relative to --output)", Arity = ArgumentArity.OneOrMore };
        var lockWait = LockWaitOption();
        var publicGallery = PublicOption();
        var command = new Command("gallery", "Merge the report.json of several builds (CI shards) into one report.json and index.html") { content, templates, outputFolder, reports, lockWait, publicGallery };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(outputFolder)!;
            var files = parse.GetValue(reports)!;
            var missing = files.Where(f => !File.Exists(f)).ToList();
            foreach (var file in missing)
            {
                error.WriteLine($"error: no report at '{file}'");
            }

            if (missing.Count > 0)
            {
                return UsageError;
            }

            // Later reports win for the same edition; an edition whose files are not in the
            // output folder would be a broken link in the gallery, so it is an error.
            // The catalogue (the brochures under --content) orders the editions; without it every
            // entry would drop out and the gallery would be empty.
            var contentRoot = parse.GetValue(content)!;
            if (!Directory.Exists(contentRoot))
            {
                error.WriteLine($"error: the content folder '{DisplayPath.For(contentRoot)}' does not exist; gallery lists the editions of the brochures in it (give it with --content)");
                return UsageError;
            }

            // A build into --output at the same time would change the files checked below and
            // rewrite the report: the two follow each other, like two builds.
            using var session = new OutputSession(root, "brochuregen gallery", TimeSpan.FromSeconds(parse.GetValue(lockWait)), output.WriteLine);
            List<ReportEntry> merged;
            try
            {
                // Every report is read before anything is written: one that cannot be read stops
                // the gallery, which would otherwise be rewritten without its editions.
                var entries = files.SelectMany(ReportReader.Read).ToList();
                session.Enter();
                merged = ReportMerge.Merge(entries, BuildPlan.CatalogueOf(contentRoot), root);
            }
            catch (BrochureException ex)
            {
                new DiagnosticPrinter(error, DiagnosticPrinter.UseColour(error)).Print(ex.Diagnostics);
                return InputErrors;
            }

            var incomplete = merged.Where(e => e.Files.Count > 0 && !e.FilesIntact(root)).ToList();
            foreach (var entry in incomplete)
            {
                var file = entry.Files.First(f => !f.IsOnDisk(root));
                error.WriteLine($"error BG0601: {DisplayPath.For(Path.Combine(root, file.Path))}: a file of {entry.Brochure} {entry.Locale} is missing or differs from its report (copy every shard's output folder into '{DisplayPath.For(root)}' before running gallery)");
            }

            if (incomplete.Count > 0)
            {
                return InputErrors;
            }

            // Before anything is written: without its fonts there would be no gallery to go with the report.
            Layout.Theme.FontStack fonts;
            IReadOnlyList<StatementTemplate> statementTemplates;
            IReadOnlyList<Diagnostic> findings = [];
            try
            {
                fonts = GalleryFonts.Load(parse.GetValue(templates)!);
                statementTemplates = StatementTemplate.LoadAll(parse.GetValue(templates)!);
            }
            catch (BrochureException ex)
            {
                new DiagnosticPrinter(error, DiagnosticPrinter.UseColour(error)).Print(ex.Diagnostics);
                return InputErrors;
            }

            try
            {
                AtomicFileWriter.WriteIfChanged(Path.Combine(root, ReportWriter.FileName), ReportWriter.Write(merged));
                findings = GalleryFiles.Write(root, merged, fonts, statementTemplates, parse.GetValue(content)!, parse.GetValue(templates)!, parse.GetValue(publicGallery));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error BG0601: {DisplayPath.For(root)}: cannot write the report and gallery: {ex.Message}");
                return InputErrors;
            }

            new DiagnosticPrinter(error, DiagnosticPrinter.UseColour(error)).Print(findings);
            output.WriteLine($"gallery of {merged.Count} edition(s) from {files.Length} report(s) written to {DisplayPath.For(Path.Combine(root, GalleryWriter.FileName))}");
            return Success;
        });
        return command;
    }

    private static Option<bool> PublicOption() =>
        new("--public") { Description = "Write index.html for the public only: the brochures and their reading formats, without the part for reviewers and printers (review status, proofs, press files, sizes)" };

    private static Option<int> LockWaitOption()
    {
        var option = new Option<int>("--lock-wait") { Description = $"Seconds to wait for another build (or gallery) writing the same output folder before giving up (default {OutputLock.DefaultWaitSeconds})", DefaultValueFactory = _ => OutputLock.DefaultWaitSeconds };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--lock-wait must be 0 or more seconds");
            }
        });
        return option;
    }

    internal static Option<string> ContentOption() =>
        new("--content") { Description = "Folder with one sub-folder per brochure", DefaultValueFactory = _ => "content" };

    private static bool TryParseShard(string text, out (int Index, int Count) shard)
    {
        shard = default;
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || index < 1 || index > count)
        {
            return false;
        }

        shard = (index, count);
        return true;
    }
}
