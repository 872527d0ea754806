using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BrochureGen.Diagnostics;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdLink = Markdig.Syntax.Inlines.LinkInline;
using MdLineBreak = Markdig.Syntax.Inlines.LineBreakInline;
using MdBlock = Markdig.Syntax.Block;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdList = Markdig.Syntax.ListBlock;
using MdListItem = Markdig.Syntax.ListItemBlock;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using BrochureGen.Vocabulary;

namespace BrochureGen.Content.Markdown;

/// <summary>
/// Reads a Markdown locale file (CommonMark with GitHub tables and task lists, plus the
/// documented extensions) into typed blocks that remember their line and column. Raw HTML is
/// never markup: it is printed as written, with a warning. Every problem of the file is
/// reported at once.
/// </summary>
public sealed partial class MarkdownContentReader
{
    /// <summary>Block quotes and lists nested deeper than this are refused before parsing.</summary>
    public const int MaximumNesting = InputLimits.MarkdownNesting;

    /// <summary>One paragraph, heading or cell longer than this is refused.</summary>
    public const int MaximumTextLength = InputLimits.MarkdownTextLength;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseCustomContainers()
        .UseAlertBlocks()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Superscript)
        .UsePreciseSourceLocation()
        .UseGenericAttributes()
        .Build();

    private static readonly string[] MarkdigOwnClasses = ["contains-task-list", "task-list-item", "task-list-item-checkbox"];

    private static readonly string[] ParagraphClasses = [KnownClasses.Byline, KnownClasses.NewPanel];

    private readonly string _text;
    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics = [];

    private MarkdownContentReader(string text, string file, PhoneNumbers phones)
    {
        _text = text;
        _file = file;
        Phones = phones;
    }

    /// <summary>The phone number formats of the file's locale (and its source's), for autolinking.</summary>
    internal PhoneNumbers Phones { get; }

    /// <summary>The generic-attribute classes and keys the extensions understand.</summary>
    public static class KnownClasses
    {
        public const string NewPanel = "new-panel";
        public const string Byline = "byline";
        public const string Qr = "qr";
        public const string Pin = "pin";

        /// <summary>The label BrochureGen prints at the head of an alert (AlertLabels): not the writer's text.</summary>
        public const string AlertLabel = "alert-label";
    }

    /// <summary>The link target a span in another language is read as (see <see cref="LanguageSpans"/>).</summary>
    internal const string LanguageSpanScheme = "lang:";

    // Markdig has no bracketed spans ("[Immigration and Customs Enforcement]{lang=en}"): its
    // generic attributes would give the whole paragraph the language. So "]{lang=xx}" is read
    // as "](lang:xx)", a link of the same length — every column of the file stays where it was
    // for diagnostics — that the inline converter turns into a span.
    private static string LanguageSpans(string text) => LanguageSpanPattern().Replace(text, match => $"]({LanguageSpanScheme}{match.Groups[1].Value})");

    [System.Text.RegularExpressions.GeneratedRegex(@"\]\{lang=([^\s{}()\[\]]+)\}")]
    private static partial System.Text.RegularExpressions.Regex LanguageSpanPattern();

    /// <summary>
    /// Reads and parses a file that must stay inside <paramref name="root"/> (its own folder by
    /// default); <paramref name="displayPath"/> names it in diagnostics and
    /// <paramref name="phones"/> finds the phone numbers that link themselves.
    /// </summary>
    public static (MarkdownContent Content, IReadOnlyList<Diagnostic> Warnings) ReadFile(string path, string displayPath, string? root = null, PhoneNumbers? phones = null)
    {
        var text = ContentFile.ReadText(path, displayPath, root ?? Path.GetDirectoryName(Path.GetFullPath(path))!, FileKind.Content);
        return Read(text, displayPath, phones);
    }

    /// <summary>Parses Markdown text; throws one exception naming every error found. <paramref name="phones"/> finds the phone numbers that link themselves.</summary>
    public static (MarkdownContent Content, IReadOnlyList<Diagnostic> Warnings) Read(string text, string displayPath, PhoneNumbers? phones = null)
    {
        var reader = new MarkdownContentReader(LanguageSpans(text.Normalize(NormalizationForm.FormC)), displayPath, phones ?? PhoneNumbers.Default);
        reader.CheckNesting();
        if (reader._diagnostics.Count > 0)
        {
            throw new BrochureException(reader._diagnostics);
        }

        var content = reader.Convert(Parse(reader._text, displayPath));
        var errors = reader._diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count > 0 || content is null)
        {
            throw new BrochureException(reader._diagnostics.OrderBy(d => d.Location?.Line ?? 0).ToList());
        }

        return (content, reader._diagnostics);
    }

    // Markdig has its own bound on the depth of the tree it builds (128: "1. " 64 times on a line,
    // "**_" thousands of times, thousands of "["), and throws when a file reaches it. That is the
    // file's fault, not the program's: report it where it happens, found by parsing ever shorter
    // beginnings of the file (first whole lines, then the characters of the line).
    private static MarkdownDocument Parse(string text, string displayPath)
    {
        try
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
        {
            var (line, column) = FirstFailure(text);
            var message = ex.Message.Contains("nested", StringComparison.Ordinal)
                ? $"the Markdown here is nested more than {InputLimits.MarkdigNesting} levels deep (boxes, lists, quotes, links or emphasis inside each other); a brochure needs far fewer"
                : $"the Markdown here cannot be read ({ex.Message})";
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.MarkdownParserLimit, message, new SourceLocation(displayPath, line, column)));
        }
    }

    private static bool Fails(string text)
    {
        try
        {
            Markdig.Markdown.Parse(text, Pipeline);
            return false;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
        {
            return true;
        }
    }

    // The shortest beginning of the text that fails to parse ends at this line and column (1-based).
    private static (int Line, int Column) FirstFailure(string text)
    {
        var ends = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            ends.Add(i + 1);
        }

        ends.Add(text.Length);
        int Length(int lines) => lines == 0 ? 0 : ends[lines - 1];

        // Invariant: the first 'good' lines parse, the first 'bad' lines do not.
        var (good, bad) = (0, ends.Count);
        while (bad - good > 1)
        {
            var middle = (good + bad) / 2;
            (good, bad) = Fails(text[..Length(middle)]) ? (good, middle) : (middle, bad);
        }

        var start = Length(bad - 1);
        var (goodColumn, badColumn) = (0, Length(bad) - start);
        while (badColumn - goodColumn > 1)
        {
            var middle = (goodColumn + badColumn) / 2;
            (goodColumn, badColumn) = Fails(text[..(start + middle)]) ? (goodColumn, middle) : (middle, badColumn);
        }

        return (bad, badColumn);
    }

    // Markdig descends recursively into nested quotes and lists; a hostile file nested thousands
    // deep must end in a diagnostic, not a stack overflow. Count the container markers that open
    // each line (quote markers and list indentation) before parsing.
    private void CheckNesting()
    {
        var lines = _text.Split('\n');
        var markers = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var depth = 0;
            var indent = 0;
            for (var j = 0; j < line.Length && depth + (indent / 2) <= MaximumNesting; j++)
            {
                var c = line[j];
                if (c == '>')
                {
                    depth++;
                }
                else if (c == ' ')
                {
                    indent++;
                }
                else if (c == '\t')
                {
                    indent += 4;
                }
                else if (c is '-' or '*' or '+' && EndsMarker(line, j + 1))
                {
                    depth++;
                }
                else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(line, j) is int end)
                {
                    // "1. " and "1) " open a list as "- " does.
                    depth++;
                    j = end;
                }
                else
                {
                    break;
                }
            }

            if (depth + (indent / 2) > MaximumNesting)
            {
                Error(i + 1, 1, $"quotes or lists are nested more than {MaximumNesting} levels deep here; a brochure needs far fewer");
                return;
            }

            if (line.Length > MaximumTextLength)
            {
                Error(i + 1, 1, $"this line is {line.Length} characters long; a content line may have at most {MaximumTextLength}");
                return;
            }

            // Markdig pairs emphasis and link markers paragraph by paragraph, in time that grows
            // with the square of their number ("**_" 6,000 times takes a quarter of a second, a
            // file of such lines minutes): bound them per paragraph (lines up to a blank one).
            markers = line.AsSpan().Trim().IsEmpty ? 0 : markers;
            for (var j = 0; j < line.Length; j++)
            {
                var c = line[j];
                var opensRun = c is '*' or '_' or '^' && (j == 0 || line[j - 1] != c);
                if ((opensRun || c == '[') && ++markers > InputLimits.MarkdownMarkers)
                {
                    Error(i + 1, j + 1, $"this paragraph has more than {InputLimits.MarkdownMarkers:N0} emphasis and link markers ('*', '_', '^', '['); a brochure's text needs far fewer");
                    return;
                }
            }
        }
    }

    // A list marker is followed by a space, a tab or the end of the line.
    private static bool EndsMarker(string line, int next) => next >= line.Length || line[next] is ' ' or '\t' or '\r';

    // The index of the '.' or ')' of an ordered list marker (at most 9 digits) starting at 'start', or null.
    private static int? OrderedMarkerEnd(string line, int start)
    {
        var j = start;
        while (j < line.Length && j - start < 9 && char.IsAsciiDigit(line[j]))
        {
            j++;
        }

        return j < line.Length && line[j] is '.' or ')' && EndsMarker(line, j + 1) ? j : null;
    }

    private MarkdownContent? Convert(MarkdownDocument document)
    {
        var meta = FrontMatter.Empty;
        ContentText? title = null;
        var cover = new List<ContentBlock>();
        var sections = new List<ContentSection>();
        SectionBuilder? section = null;

        foreach (var block in document)
        {
            switch (block)
            {
                case YamlFrontMatterBlock frontMatter:
                    meta = ReadFrontMatter(frontMatter);
                    continue;
                case LinkReferenceDefinitionGroup or BlankLineBlock:
                    continue;
                case HtmlBlock { Type: HtmlBlockType.Comment }:
                    // <!-- comments --> are notes for writers and translators.
                    continue;
                case MdHeading { Level: 1 } heading:
                    if (title is not null)
                    {
                        Error(heading, "a brochure has one title: only its first heading starts with a single '#'; use '##' for a section");
                    }
                    else if (cover.Any(b => b is not ImageBlock { Layout.AboveTitle: true }) || sections.Count > 0)
                    {
                        Error(heading, "the title ('# …') must come first, before any other text");
                    }
                    else
                    {
                        title = InlineText(heading, heading.Inline, "title");
                        RejectAttributes(heading, allowed: []);
                    }

                    continue;
            }

            if (title is null)
            {
                // A picture may stand above the title on the cover (a logo, a photo).
                if (block is MdParagraph before && SpecialParagraph(before) is ImageBlock picture)
                {
                    cover.Add(picture with { Attributes = picture.Layout with { AboveTitle = true } });
                    continue;
                }

                Error(block, "the file must start with the brochure's title, a line like '# Stop Human Trafficking' (only a picture may stand before it, above the title on the cover)");
                return null;
            }

            switch (block)
            {
                case MdHeading { Level: 2 } heading:
                    if (section is not null)
                    {
                        sections.Add(section.Build());
                    }

                    section = StartSection(heading, box: null);
                    break;
                case CustomContainer container when container.FirstOrDefault() is MdHeading { Level: 2 } boxedHeading:
                    // A whole section in a call-out: '::: callout' then '## The Statistics'.
                    if (section is not null)
                    {
                        sections.Add(section.Build());
                    }

                    var kind = ContainerKind(container);
                    var boxed = StartSection(boxedHeading, kind);
                    boxed.NewPanel |= HasClass(container, KnownClasses.NewPanel);
                    foreach (var child in container.Skip(1))
                    {
                        boxed.Add(ConvertBlock(child, inSection: true, previousLevel: boxed));
                    }

                    sections.Add(boxed.Build());
                    section = null;
                    break;
                default:
                    var converted = ConvertBlock(block, inSection: section is not null, previousLevel: section);
                    if (section is null)
                    {
                        cover.AddRange(converted);
                    }
                    else
                    {
                        section.Add(converted);
                    }

                    break;
            }
        }

        if (section is not null)
        {
            sections.Add(section.Build());
        }

        if (title is null)
        {
            Error(1, 1, "the file has no title: start it with a line like '# Stop Human Trafficking'");
            return null;
        }

        return LinkDescriber.Describe(new MarkdownContent(title, cover, sections, meta));
    }

    private SectionBuilder StartSection(MdHeading heading, string? box)
    {
        var attributes = heading.TryGetAttributes();
        RejectAttributes(heading, allowed: [KnownClasses.NewPanel], allowedKeys: [KnownClasses.Pin]);
        var pin = attributes?.Properties?.FirstOrDefault(p => p.Key == KnownClasses.Pin).Value;
        return new SectionBuilder(Locate(heading), InlineText(heading, heading.Inline, "section heading"), pin, HasClass(heading, KnownClasses.NewPanel), box);
    }

    private IEnumerable<ContentBlock> ConvertBlock(MdBlock block, bool inSection, SectionBuilder? previousLevel)
    {
        var newPanel = HasClass(block, KnownClasses.NewPanel);
        foreach (var converted in ConvertBlockCore(block, inSection, previousLevel, depth: 0))
        {
            yield return newPanel ? converted with { NewPanel = true } : converted;
            newPanel = false;
        }
    }

    private IEnumerable<ContentBlock> ConvertBlockCore(MdBlock block, bool inSection, SectionBuilder? section, int depth)
    {
        if (depth > MaximumNesting)
        {
            Error(block, $"blocks are nested more than {MaximumNesting} levels deep here");
            yield break;
        }

        switch (block)
        {
            case MdHeading heading:
                if (!inSection)
                {
                    Error(heading, $"a {new string('#', heading.Level)} heading must come after the section ('## …') it belongs to");
                    yield break;
                }

                var lastLevel = section?.LastHeadingLevel ?? 2;
                if (heading.Level > lastLevel + 1)
                {
                    Error(heading, $"a {new string('#', heading.Level)} heading follows a {new string('#', lastLevel)} heading: headings may not skip a level (use {new string('#', lastLevel + 1)})");
                }

                if (section is not null)
                {
                    section.LastHeadingLevel = heading.Level;
                }

                RejectAttributes(heading, allowed: [KnownClasses.NewPanel]);
                yield return new SubheadingBlock(Locate(heading), heading.Level, InlineText(heading, heading.Inline, "heading"));
                break;

            case MdParagraph paragraph:
                var special = SpecialParagraph(paragraph);
                if (special is not null)
                {
                    yield return special;
                    break;
                }

                RejectAttributes(paragraph, allowed: ParagraphClasses);
                var classes = paragraph.TryGetAttributes()?.Classes?.Where(c => c != KnownClasses.NewPanel).ToList() ?? [];
                yield return new ParagraphBlock(Locate(paragraph), InlineText(paragraph, paragraph.Inline, "paragraph"), classes);
                break;

            case MdList list:
                var converted = ConvertList(list, depth);
                if (converted is not null)
                {
                    yield return converted;
                }

                break;

            case Table table:
                var tableBlock = ConvertTable(table);
                if (tableBlock is not null)
                {
                    yield return tableBlock;
                }

                break;

            case CustomContainer container:
                // Markdig gives a container its kind as a class too.
                RejectAttributes(container, allowed: [KnownClasses.NewPanel, ContainerKind(container)]);
                var children = container.SelectMany(child => ConvertBlockCore(child, inSection, section, depth + 1)).ToList();
                yield return new CalloutBlock(Locate(container), ContainerKind(container), children);
                break;

            case AlertBlock alert:
                // GitHub's '> [!WARNING]': the theme's 'warning' call-out, its label first, in bold.
                if (Alert(alert) is { } label)
                {
                    var labelText = new ContentText($"{label.Kind} label", Locate(alert), label.Text, [new StyledInline(InlineKind.Strong, [new PlainInline(label.Text)])]);
                    yield return new CalloutBlock(Locate(alert), label.Kind, [new ParagraphBlock(Locate(alert), labelText, [KnownClasses.AlertLabel]), .. alert.SelectMany(child => ConvertBlockCore(child, inSection, section, depth + 1))]);
                }

                break;

            case QuoteBlock quote:
                // A block quote is set as the theme's 'quote' call-out.
                yield return new CalloutBlock(Locate(quote), "quote", quote.SelectMany(child => ConvertBlockCore(child, inSection, section, depth + 1)).ToList());
                break;

            case ThematicBreakBlock:
                Error(block, "a horizontal rule ('---') has no meaning in a brochure; to start a new panel, put {.new-panel} after the next heading");
                break;

            case FencedCodeBlock or CodeBlock:
                Error(block, "this text is indented by four spaces or fenced with ``` , which Markdown reads as program code: remove the indentation or the fence");
                break;

            case LinkReferenceDefinitionGroup or BlankLineBlock or HtmlBlock { Type: HtmlBlockType.Comment }:
                break;

            case HtmlBlock html:
                // Raw HTML is never markup: it is printed as written.
                var raw = string.Join('\n', html.Lines.Lines.Take(html.Lines.Count).Select(l => l.ToString()));
                _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MarkdownHtml, "HTML in content is printed as written, not read as markup; use Markdown (**bold**, *emphasis*, lists) instead", Locate(html)));
                yield return new ParagraphBlock(Locate(html), new ContentText(Describe("paragraph", raw), Locate(html), raw, [new PlainInline(raw)]), []);
                break;

            default:
                Error(block, $"this kind of Markdown block ({block.GetType().Name}) cannot be used in a brochure");
                break;
        }
    }

    // A paragraph that is only an image becomes a figure; only a link marked {.qr}, a QR code.
    private ContentBlock? SpecialParagraph(MdParagraph paragraph)
    {
        var inlines = paragraph.Inline?.Where(i => i is not MdLineBreak && !(i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())).ToList() ?? [];
        if (inlines.Count != 1 || inlines[0] is not MdLink link)
        {
            return null;
        }

        if (link.IsImage)
        {
            var attributes = ReadPictureAttributes(link, paragraph);
            var alt = InlineText(paragraph, link, "image description");
            var source = link.Url ?? string.Empty;
            if (source.Length == 0)
            {
                Error(link, "the image names no file: write ![what it shows](file.png)");
            }

            // ![](file.png) has no alt text at all: a mistake. ![""](file.png) says it is decorative.
            if (alt.PlainText.Trim().Length == 0)
            {
                Error(link, "the image has no alt text: write what it shows between the brackets, or \"\" if it is only decoration");
                return null;
            }

            return new ImageBlock(Locate(paragraph), source, alt.PlainText.Trim() is "\"\"" or "“”" ? null : alt, attributes == PictureAttributes.None ? null : attributes);
        }

        if (HasClass(link, KnownClasses.Qr))
        {
            RejectAttributes(link, allowed: [KnownClasses.Qr]);
            var caption = InlineText(paragraph, link, "QR code caption");
            var target = LinkTarget(link);
            if (caption.PlainText.Trim().Length == 0)
            {
                Error(link, "a QR code needs a caption that says where it leads, e.g. [Scan to visit www.ct.gov/ova](https://www.ct.gov/ova){.qr}");
            }

            return target is null ? null : new QrBlock(Locate(paragraph), target, caption);
        }

        return null;
    }

    private ListBlock? ConvertList(MdList list, int depth)
    {
        RejectAttributes(list, allowed: []);
        var items = new List<ListItemBlock>();
        var ticks = new List<bool?>();
        foreach (var child in list)
        {
            if (child is not MdListItem item)
            {
                continue;
            }

            var first = item.FirstOrDefault() as MdParagraph;
            if (first is null)
            {
                Error(item, "a list item must start with text");
                continue;
            }

            var task = first.Inline?.FirstChild as TaskList;
            ticks.Add(task?.Checked);
            var text = InlineText(first, first.Inline, "list item");
            var rest = item.Skip(1).SelectMany(b => ConvertBlockCore(b, inSection: true, section: null, depth + 1)).ToList();
            items.Add(new ListItemBlock(Locate(item), text, task?.Checked, rest));
        }

        var boxes = ticks.Count(t => t is not null);
        if (boxes > 0 && boxes < ticks.Count)
        {
            Error(list, "either every item of a checklist starts with '[ ]' or '[x]', or none does");
        }

        var kind = boxes > 0 ? ListKind.Checklist : list.IsOrdered ? ListKind.Numbered : ListKind.Bulleted;
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        return items.Count > 0 ? new ListBlock(Locate(list), kind, start, items) : null;
    }

    private TableBlock? ConvertTable(Table table)
    {
        RejectAttributes(table, allowed: []);
        var columns = table.ColumnDefinitions.Count;
        var rows = new List<TableRowBlock>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = new List<ContentText>();
            foreach (var cell in row.OfType<TableCell>())
            {
                var paragraph = cell.OfType<MdParagraph>().FirstOrDefault();
                cells.Add(paragraph is null ? Empty(cell) : InlineText(paragraph, paragraph.Inline, "table cell"));
            }

            columns = Math.Max(columns, cells.Count);
            rows.Add(new TableRowBlock(Locate(row), cells, row.IsHeader));
        }

        if (rows.Count == 0 || !rows[0].IsHeader)
        {
            Error(table, "a table needs a header row: the first row, followed by a line like |---|---|");
            return null;
        }

        // Rows with fewer cells than the header are filled with empty cells, as GitHub shows them.
        rows = rows.Select(r => r.Cells.Count >= columns ? r : r with { Cells = [.. r.Cells, .. Enumerable.Range(0, columns - r.Cells.Count).Select(_ => Empty(table))] }).ToList();
        var alignments = Enumerable.Range(0, columns)
            .Select(i => i < table.ColumnDefinitions.Count ? table.ColumnDefinitions[i].Alignment switch
            {
                TableColumnAlign.Center => ColumnAlignment.Center,
                TableColumnAlign.Right => ColumnAlignment.End,
                _ => ColumnAlignment.Start,
            } : ColumnAlignment.Start)
            .ToList();
        return new TableBlock(Locate(table), rows, alignments);
    }

    private ContentText Empty(MdBlock block) => new("empty cell", Locate(block), string.Empty, []);

    // An alert's kind and its label in the file's language (the file is named after its locale).
    private (string Kind, string Text)? Alert(AlertBlock alert)
    {
        var kind = alert.Kind.ToString().ToLowerInvariant();
        if (!AlertLabels.Kinds.Contains(kind))
        {
            Error(alert, $"'[!{alert.Kind}]' is not an alert; the kinds are {string.Join(", ", AlertLabels.Kinds.Select(k => $"[!{k.ToUpperInvariant()}]"))}");
            return null;
        }

        var language = Path.GetFileNameWithoutExtension(_file);
        if (AlertLabels.For(kind, language) is not { } text)
        {
            Error(alert, $"an alert is labelled in the edition's language, and there is no '{kind}' label for '{language}'; write it as a call-out with its own first line in bold: '::: {kind}' … ':::'");
            return null;
        }

        return (kind, text);
    }

    private string ContainerKind(CustomContainer container)
    {
        var kind = (container.Info ?? string.Empty).Trim();
        if (kind.Length == 0)
        {
            Error(container, "a call-out names its kind after the colons, e.g. '::: callout'");
            return "callout";
        }

        return kind;
    }

    private FrontMatter ReadFrontMatter(YamlFrontMatterBlock block)
    {
        if (block.Lines.Lines is null || block.Lines.Count == 0 || block.Lines.Lines.Take(block.Lines.Count).All(l => l.ToString().Trim().Length == 0))
        {
            return FrontMatter.Empty;
        }

        // Blank lines before the YAML keep YamlContentReader's line numbers equal to the file's.
        var yaml = new string('\n', block.Line + 1) + string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));
        ContentMap map;
        try
        {
            var root = YamlContentReader.ReadText(yaml, _file, parseInlineMarkup: false);
            map = root as ContentMap ?? throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ContentShape, "the front matter between the '---' lines must be 'key: value' lines", Locate(block)));
        }
        catch (BrochureException ex)
        {
            _diagnostics.AddRange(ex.Diagnostics);
            return FrontMatter.Empty;
        }

        var known = new[] { "subject", "keywords", "author", "link-descriptions", "links" };
        foreach (var (key, value) in map.Entries.Where(e => !known.Contains(e.Key)))
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ContentShape, $"unknown front matter key '{key}'{DidYouMean.Suggest(key, known)}; the front matter may give {string.Join(", ", known)}", value.Location));
        }

        ContentMap? links = null;
        if (map.Find("link-descriptions") is { } linksNode)
        {
            links = linksNode as ContentMap;
            if (links is null)
            {
                _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ContentShape, "'link-descriptions' must give 'call' and/or 'website' patterns", linksNode.Location));
            }
            else
            {
                foreach (var (key, value) in links.Entries.Where(e => e.Key is not ("call" or "website")))
                {
                    _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ContentShape, $"unknown link description '{key}'; give 'call' (phone numbers) and/or 'website' (web addresses)", value.Location));
                }

                // A misspelt placeholder would be read aloud as written ("Call the {nmae}").
                foreach (var (key, value) in links.Entries.Where(e => e.Key is "call" or "website"))
                {
                    if (value is ContentText { Raw: var pattern } text)
                    {
                        foreach (var placeholder in Regex.Matches(pattern, @"\{[^{}]*\}").Select(m => m.Value).Where(p => p is not ("{name}" or "{link}")).Distinct())
                        {
                            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ContentShape, $"unknown placeholder '{placeholder}' in the '{key}' link description{DidYouMean.Suggest(placeholder, ["{name}", "{link}"])}; it may use {{name}} (the line or paragraph that names the link) and {{link}} (the number or address)", text.Location));
                        }
                    }
                }
            }
        }

        var localized = ReadLocalizedLinks(map.Find("links"));
        try
        {
            return new FrontMatter(map.OptionalText("subject"), map.TextList("keywords"), map.OptionalText("author"), links?.OptionalText("call"), links?.OptionalText("website")) { Links = localized };
        }
        catch (BrochureException ex)
        {
            _diagnostics.AddRange(ex.Diagnostics);
            return FrontMatter.Empty;
        }
    }

    // links: { https://www.cdc.gov/extremeheat: https://www.cdc.gov/extremeheat/espanol }: each
    // side a web address, each source address once.
    private List<LocalizedLink> ReadLocalizedLinks(ContentNode? node)
    {
        var result = new List<LocalizedLink>();
        if (node is null)
        {
            return result;
        }

        if (node is not ContentMap map)
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LocalizedLinkInvalid, "'links' maps each web address of the source to this translation's own, e.g. 'https://www.cdc.gov/extremeheat: https://www.cdc.gov/extremeheat/espanol'", node.Location));
            return result;
        }

        foreach (var (source, value) in map.Entries)
        {
            if (value is not ContentText { Raw: var translation } || !LinkAddress.IsWebAddress(source) || !LinkAddress.IsWebAddress(translation))
            {
                _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LocalizedLinkInvalid, $"'{source}: {(value as ContentText)?.Raw ?? "…"}' must map a web address of the source to a web address of this translation (https://… or www.…)", value.Location));
                continue;
            }

            if (result.Any(l => LinkAddress.Key(l.Source) == LinkAddress.Key(source)))
            {
                _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LocalizedLinkInvalid, $"'{source}' is mapped twice; give each source address one counterpart", value.Location));
                continue;
            }

            result.Add(new LocalizedLink(source, translation.Trim(), value.Location));
        }

        return result;
    }

    private ContentText InlineText(MdBlock owner, ContainerInline? inline, string what)
    {
        var location = inline?.FirstChild is { } first ? Locate(first.Line, first.Column) : Locate(owner);
        var raw = inline is null ? string.Empty : RawText(inline);
        if (raw.Length > MaximumTextLength)
        {
            Error(owner, $"this {what} is {raw.Length} characters long; the most a brochure can hold is {MaximumTextLength}");
            return new ContentText(what, location, string.Empty, []);
        }

        if (LooksLikeHtml().IsMatch(raw))
        {
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MarkdownHtml, "HTML in content is printed as written, not read as markup; use Markdown (**bold**, *emphasis*, lists) instead", location));
        }

        var converter = new MarkdownInlineConverter(this);
        var inlines = inline is null ? [] : converter.Convert(inline, insideLink: false, depth: 0);
        var plain = InlineNode.PlainTextOf(inlines);
        return new ContentText(Describe(what, plain), location, raw, inlines);
    }

    // What a diagnostic calls a block: its kind and its first words.
    private static string Describe(string what, string plain)
    {
        var words = string.Join(' ', plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length == 0 ? what : $"{what} \"{(words.Length > 40 ? words[..40] + "…" : words)}\"";
    }

    private string RawText(ContainerInline inline)
    {
        var start = int.MaxValue;
        var end = -1;
        foreach (var child in inline)
        {
            if (child.Span.Start >= 0 && child.Span.End >= child.Span.Start)
            {
                start = Math.Min(start, child.Span.Start);
                end = Math.Max(end, child.Span.End);
            }
        }

        return end < 0 || start >= _text.Length ? string.Empty : _text[start..Math.Min(_text.Length, end + 1)];
    }

    internal string? LinkTarget(MdLink link)
    {
        var url = (link.Url ?? string.Empty).Trim();
        if (url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || AutoLinker.WebPattern().Match(url) is { Success: true } web && web.Length == url.Length
            || Phones.Whole(url) is not null
            || AutoLinker.EmailPattern().Match(url) is { Success: true } email && email.Length == url.Length)
        {
            return AutoLinker.TargetFor(url, Phones);
        }

        Error(link, $"the link target '{url}' leads nowhere a reader can follow: give a web address (https://…), a phone number (tel:…) or an e-mail address (mailto:…); for emphasis use **bold**");
        return null;
    }

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")]
    private static partial Regex LooksLikeHtml();

    internal void Error(Inline inline, string message) => Error(inline.Line + 1, inline.Column + 1, message);

    private void Error(MdBlock block, string message) => Error(block.Line + 1, block.Column + 1, message);

    private void Error(int line, int column, string message) =>
        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MarkdownContent, message, new SourceLocation(_file, line, column)));

    private void RejectAttributes(IMarkdownObject node, string[] allowed, string[]? allowedKeys = null)
    {
        var attributes = node.TryGetAttributes();
        if (attributes is null)
        {
            return;
        }

        var (line, column) = node is MdBlock b ? (b.Line, b.Column) : node is Inline i ? (i.Line, i.Column) : (0, 0);
        var known = allowed.Select(a => "." + a).Concat((allowedKeys ?? []).Select(k => k + "=…")).ToList();
        var what = known.Count == 0 ? "nothing" : string.Join(", ", known);
        foreach (var name in attributes.Classes ?? [])
        {
            // Classes Markdig adds itself for HTML output (task lists) are not the writer's.
            if (!allowed.Contains(name) && !MarkdigOwnClasses.Contains(name))
            {
                Error(line + 1, column + 1, $"unknown attribute '.{name}'{DidYouMean.Suggest("." + name, allowed.Select(a => "." + a))}; here BrochureGen understands {what}");
            }
        }

        foreach (var (key, _) in attributes.Properties ?? [])
        {
            if (!(allowedKeys ?? []).Contains(key))
            {
                Error(line + 1, column + 1, $"unknown attribute '{key}='{DidYouMean.Suggest(key, allowedKeys ?? [])}; here BrochureGen understands {what}");
            }
        }

        if (attributes.Id is { } id)
        {
            Error(line + 1, column + 1, $"'#{id}' has no meaning in a brochure; here BrochureGen understands {what}");
        }
    }

    private static bool HasClass(IMarkdownObject node, string name) => node.TryGetAttributes()?.Classes?.Contains(name) == true;

    private SourceLocation Locate(MdBlock block) => Locate(block.Line, block.Column);

    internal SourceLocation Locate(int line, int column) => new(_file, line + 1, column + 1);

    internal string File => _file;

    private sealed class SectionBuilder(SourceLocation location, ContentText heading, string? pin, bool newPanel, string? box)
    {
        private readonly List<ContentBlock> _blocks = [];

        public bool NewPanel { get; set; } = newPanel;

        public int LastHeadingLevel { get; set; } = 2;

        public void Add(IEnumerable<ContentBlock> blocks) => _blocks.AddRange(blocks);

        public ContentSection Build() => new(location, heading, pin, NewPanel, box, _blocks);
    }
}
