using System.Globalization;
using System.Text;
using BrochureGen.Diagnostics;
using BrochureGen.Document;
using BrochureGen.Document.Resolve;
using BrochureGen.Layout;
using BrochureGen.Vocabulary;

namespace BrochureGen.Rendering.Braille;

/// <summary>
/// Writes an edition as a Braille Ready Format file, from the blocks in the folded reading order
/// (<see cref="ReadingEdition"/>), translated with liblouis in the language's braille code
/// (<see cref="BrailleCodes"/>) and formatted after BANA's Braille Formats (2016):
/// the main heading (h1) centred with a blank line before and after and at least 3 blank cells
/// at each side; h2 a cell-5 heading and h3 and below cell-7 headings, each after a blank line
/// and never the last line of a page; paragraphs 3-1; list items 1-3, nested 3-5 and 5-7, with
/// a blank line before and after the list (print bullets are left out: the 1-3 format marks the
/// items; numbers are kept); lines a print paragraph breaks on purpose (an address) each in
/// 1-3; a table as one 1-3 item per body row, each cell "column header: value" on a line of its
/// own, so a reader meets every value with its header; a figure's alt text as a transcriber's
/// note in 7-5; a QR code as the address it leads to. Decoration, fills and panel breaks give
/// nothing. Phone numbers, web and e-mail addresses (the document's links) carry the code's link
/// typeform: uncontracted in UEB, computer braille where the code has it. Emphasis is not shown:
/// the sample's bold marks design (names, numbers) that the braille layout already sets apart.
/// </summary>
public static class BrailleEdition
{
    // The centred heading keeps at least 3 blank cells at each side.
    private const int CentredWidth = BrailleLines.Cells - 6;

    /// <summary>Which liblouis translates (its version), or that there is none: part of an edition's inputs.</summary>
    public static string TranslatorIdentity => LibLouis.IsAvailable ? "liblouis " + LibLouis.Version() : "no liblouis";

    public static BrailleEditionResult Write(ReadingEdition reading, string locale) =>
        Write(reading.Blocks, locale, LibLouis.IsAvailable);

    internal static BrailleEditionResult Write(IReadOnlyList<BlockNode> blocks, string locale, bool liblouisAvailable)
    {
        if (!liblouisAvailable)
        {
            return new(null, [Diagnostic.Warning(DiagnosticCodes.BrailleLibraryMissing, $"there is no braille edition for '{locale}': liblouis was not found; {LibLouis.InstallHint}")]);
        }

        if (BrailleCodes.For(locale) is not { } code)
        {
            return new(null, [Diagnostic.Warning(DiagnosticCodes.BrailleNoTable, $"there is no braille edition for '{locale}': {BrailleCodes.WhyNone(locale)}")]);
        }

        if (!LibLouis.TablesExist(code.Tables))
        {
            return new(null, [Diagnostic.Warning(DiagnosticCodes.BrailleNoTable, $"there is no braille edition for '{locale}': liblouis cannot load its table '{code.Tables}' (on Debian/Ubuntu install liblouis-data)")]);
        }

        var translator = new BrailleTranslator(code);
        byte[] brf;
        try
        {
            var writer = new Writer(translator);
            foreach (var block in blocks)
            {
                writer.Visit(block);
            }

            // Braille page numbers are written in the code's own digits (UEB: numeric indicator and a–j).
            var pages = new BrfPages(number => translator.Translate(number.ToString(CultureInfo.InvariantCulture), new ushort[number.ToString(CultureInfo.InvariantCulture).Length]));
            foreach (var formatted in writer.Blocks)
            {
                pages.Add(formatted);
            }

            brf = pages.ToBrf();
        }
        catch (LibLouisException refused)
        {
            // The print editions are still good; the braille one is reported, not half written.
            return new(null, [Diagnostic.Warning(DiagnosticCodes.BrailleTranslationFailed, $"there is no braille edition for '{locale}': {refused.Message}")]);
        }

        var findings = translator.LeftOut
            .Select(left => Diagnostic.Warning(DiagnosticCodes.BrailleCharactersLeftOut, $"the braille edition for '{locale}' leaves out {Describe(left.Key)}: its braille table '{code.Tables}' cannot write it in six-dot braille", left.Value))
            .ToList();
        return new(brf, findings);
    }

    private static string Describe(string text) =>
        text.Length <= 2 ? $"'{text}' ({string.Join(' ', text.EnumerateRunes().Select(r => $"U+{r.Value:X4}"))})" : $"'{text}'";

    /// <summary>Turns document blocks into formatted braille blocks.</summary>
    private sealed class Writer(BrailleTranslator translator) : BlockVisitor
    {
        private readonly string _continuation = translator.Code.IsUnifiedEnglishBraille
            // UEB's line continuation indicator (dot 5), used to divide a long address.
            ? "\""
            : translator.Translate("-", [0]);

        public List<BrailleBlock> Blocks { get; } = [];

        protected override void Heading(HeadingNode heading) => AddHeading(heading);

        protected override void Paragraph(ParagraphNode paragraph) => AddParagraph(paragraph.Content);

        protected override void List(ListNode list) => AddList(list, 0, first: true, last: true);

        protected override void Table(TableNode table) => AddTable(table);

        protected override void Qr(QrNode qr) => AddParagraph([new LinkElement(qr.Target, qr.Alt, LinkPolicy.KindOf(qr.Target), [new TextElement(qr.VisibleAddress)])]);

        protected override void Figure(FigureNode figure)
        {
            // A decorative figure (no alt text) has no braille.
            if (figure.Alt is { Length: > 0 } alt)
            {
                AddTranscribersNote(alt);
            }
        }

        protected override void Box(BoxNode box)
        {
            // A call-out is boxed as BANA's Braille Formats box material: a full line of
            // dots 2356 above it and of dots 1245 below, each after a blank line.
            Blocks.Add(new BrailleBlock([BrfPages.TopBoxLine], BlankBefore: true, KeepWithNext: true));
            base.Box(box);
            Blocks.Add(new BrailleBlock([BrfPages.BottomBoxLine], BlankAfter: true));
        }

        // Decoration, fills and panel breaks have no braille.

        private void AddHeading(HeadingNode heading)
        {
            var cells = Translate(heading.Content);
            var lines = heading.Level switch
            {
                1 => BrailleLines.Centre(cells, CentredWidth, _continuation),
                2 => BrailleLines.Wrap(cells, 4, 4, _continuation),
                _ => BrailleLines.Wrap(cells, 6, 6, _continuation),
            };
            Blocks.Add(new BrailleBlock(lines, BlankBefore: true, BlankAfter: heading.Level == 1, KeepWithNext: true));
        }

        private void AddParagraph(IReadOnlyList<InlineElement> content)
        {
            var printLines = SplitAtLineBreaks(content);
            if (printLines.Count == 1)
            {
                Blocks.Add(new BrailleBlock(BrailleLines.Wrap(Translate(printLines[0]), 2, 0, _continuation)));
                return;
            }

            // Lines the print breaks on purpose (an address, a name above its web address) stay lines.
            foreach (var line in printLines)
            {
                Blocks.Add(new BrailleBlock(BrailleLines.Wrap(Translate(line), 0, 2, _continuation)));
            }
        }

        private void AddList(ListNode list, int depth, bool first, bool last)
        {
            for (var index = 0; index < list.Items.Count; index++)
            {
                var item = list.Items[index];
                IReadOnlyList<InlineElement> content = list.Label(index) is { } label
                    ? [new TextElement(label + " "), .. item.Content]
                    : item.Content;
                // A line the print breaks inside an item (a table row's next cell) continues at the runover margin.
                var lines = new List<string>();
                foreach (var line in SplitAtLineBreaks(content))
                {
                    lines.AddRange(BrailleLines.Wrap(Translate(line), lines.Count == 0 ? 2 * depth : 2 * depth + 2, 2 * depth + 2, _continuation));
                }

                var isFirst = first && index == 0;
                var isLast = last && index == list.Items.Count - 1 && item.Nested is null;
                Blocks.Add(new BrailleBlock(lines, BlankBefore: isFirst, BlankAfter: isLast));
                if (item.Nested is { } nested)
                {
                    AddList(nested, depth + 1, first: false, last: last && index == list.Items.Count - 1);
                }
            }
        }

        private void AddTable(TableNode table)
        {
            // The last header row names the columns (the ones above it group them).
            var header = table.HeaderRows > 0 ? table.Rows[table.HeaderRows - 1] : null;
            var rows = table.Rows.Skip(table.HeaderRows).ToList();
            var items = rows.Select(row => new ListItemNode(RowText(row, header), null)).ToList();
            if (items.Count == 0 && header is not null)
            {
                items.Add(new ListItemNode(RowText(header, null), null));
            }

            AddList(new ListNode(items), 0, first: true, last: true);
        }

        // One line per cell: "header: value" (the header row's cell of the same column), the row's own header first.
        private static List<InlineElement> RowText(TableRowNode row, TableRowNode? header)
        {
            var content = new List<InlineElement>();
            for (var column = 0; column < row.Cells.Count; column++)
            {
                if (column > 0)
                {
                    content.Add(new LineBreakElement());
                }

                if (header is not null && column < header.Cells.Count && !row.Cells[column].IsHeader)
                {
                    content.AddRange(header.Cells[column].Content);
                    content.Add(new TextElement(": "));
                }

                content.AddRange(row.Cells[column].Content);
            }

            return content;
        }

        private void AddTranscribersNote(string alt)
        {
            var cells = translator.Translate(alt, new ushort[alt.Length]);
            if (translator.Code.IsUnifiedEnglishBraille)
            {
                // UEB's transcriber's note indicators (dots 4-46-126 … 4-46-345) around the note.
                cells = "@.<" + cells + "@.>";
            }

            Blocks.Add(new BrailleBlock(BrailleLines.Wrap(cells, 6, 4, _continuation)));
        }

        private string Translate(IReadOnlyList<InlineElement> content)
        {
            // The same flattening as layout's: white space collapsed as print sets it, the link
            // and the content value of every piece known.
            var pieces = InlineFlattener.Flatten(content, InlineState.Plain, () => 0);
            var source = pieces.Select(p => p.State.Source?.Location).FirstOrDefault(l => l is not null);
            var text = new StringBuilder();
            var forms = new List<ushort>();
            foreach (var piece in pieces)
            {
                // A forced line break inside the text is one space in braille (lines that print
                // breaks on purpose were split before, see SplitAtLineBreaks).
                var value = piece.Text == "\n" ? " " : piece.Text;
                var form = piece.State.Link is null ? (ushort)0 : translator.Code.LinkTypeform;
                foreach (var character in value)
                {
                    var isSpace = char.IsWhiteSpace(character);
                    if (isSpace && (text.Length == 0 || text[^1] == ' '))
                    {
                        continue;
                    }

                    text.Append(isSpace ? ' ' : character);
                    forms.Add(isSpace ? (ushort)0 : form);
                }
            }

            var trimmed = text.ToString().TrimEnd(' ');
            return translator.Translate(trimmed, forms.Take(trimmed.Length).ToList(), source);
        }

        // The inline content split where print breaks the line on purpose.
        private static List<IReadOnlyList<InlineElement>> SplitAtLineBreaks(IReadOnlyList<InlineElement> content)
        {
            var lines = new List<IReadOnlyList<InlineElement>> { new List<InlineElement>() };
            foreach (var element in content)
            {
                Split(element, lines, wrap: e => e);
            }

            return lines.Where(line => line.Count > 0).ToList();
        }

        // Pushes one element into the current line, opening a new line at each line break, and
        // keeps the wrapping elements (link, style, language, source) around each part.
        private static void Split(InlineElement element, List<IReadOnlyList<InlineElement>> lines, Func<InlineElement, InlineElement> wrap)
        {
            switch (element)
            {
                case LineBreakElement:
                    lines.Add(new List<InlineElement>());
                    break;
                case LinkElement link:
                    foreach (var child in link.Children)
                    {
                        Split(child, lines, e => wrap(link with { Children = [e] }));
                    }

                    break;
                case StyledElement styled:
                    foreach (var child in styled.Children)
                    {
                        Split(child, lines, e => wrap(styled with { Children = [e] }));
                    }

                    break;
                case LanguageElement language:
                    // A span in another language (an English name in a Spanish edition) stays in
                    // the edition's braille code: the codes share their letters but not their
                    // indicators (a capital is dot 6 in UEB, dots 46 in Spanish braille), and a
                    // reader reads one code per document, as UEB §13 and CBE practice ask.
                    foreach (var child in language.Children)
                    {
                        Split(child, lines, e => wrap(language with { Children = [e] }));
                    }

                    break;
                case SourceElement source:
                    foreach (var child in source.Children)
                    {
                        Split(child, lines, e => wrap(source with { Children = [e] }));
                    }

                    break;
                default:
                    ((List<InlineElement>)lines[^1]).Add(wrap(element));
                    break;
            }
        }
    }
}
