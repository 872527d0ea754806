using System.Globalization;
using BrochureGen.Content;
using BrochureGen.Vocabulary;

namespace BrochureGen.Xliff;

/// <summary>
/// A text of the content as XLIFF inline content: its words as text; bold, emphasis,
/// superscript, links with their own words and spans in another language as spanning codes;
/// line breaks and text printed as written (<c>`860-560-7065`</c>) as standalone codes; phone
/// numbers, addresses, statutes, numbers and <c>untranslated-ok</c> names as text marked not to
/// translate. The codes' ids and data are decided here, for the export and for the import that
/// checks a file against it.
/// </summary>
public sealed class UnitContent
{
    private readonly Dictionary<string, CodeData> _codes;

    private UnitContent(IReadOnlyList<XliffInline> inlines, Dictionary<string, CodeData> codes)
    {
        Inlines = inlines;
        _codes = codes;
    }

    public IReadOnlyList<XliffInline> Inlines { get; }

    /// <summary>Each code's data by its id, in the order the codes open.</summary>
    public IReadOnlyDictionary<string, CodeData> Codes => _codes;

    /// <summary>
    /// The source text of a unit; <paramref name="names"/> (the brochure's <c>untranslated-ok</c>)
    /// are marked not to translate as its numbers are.
    /// </summary>
    public static UnitContent Of(ContentText text, PhoneNumbers phones, IReadOnlyList<string>? names = null)
    {
        var builder = new Builder(phones, "", names ?? []);
        return new UnitContent(builder.Convert(text.Inlines), builder.Codes);
    }

    /// <summary>
    /// A translation of this source as its target: each code takes the id of the
    /// source's code of the same kind in the same order (the second bold part is the source's
    /// second bold part); a code the source lacks gets an id of its own (<c>t1</c>, …). A marker
    /// takes the id of the source's marker of the same value (the same phone number in any
    /// form, the same name), since XLIFF pairs a target's annotation with the source's by id;
    /// one the source lacks keeps its own (<c>tm1</c>, …).
    /// </summary>
    public UnitContent TargetOf(ContentText translation, PhoneNumbers phones, IReadOnlyList<string>? names = null)
    {
        var builder = new Builder(phones, "t", names ?? []);
        var inlines = builder.Convert(translation.Inlines);
        var bySignature = _codes.GroupBy(c => Signature(c.Value)).ToDictionary(g => g.Key, g => new Queue<string>(g.Select(c => c.Key)));
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new Dictionary<string, CodeData>(StringComparer.Ordinal);
        foreach (var (id, data) in builder.Codes)
        {
            var newId = bySignature.TryGetValue(Signature(data), out var ids) && ids.Count > 0 ? ids.Dequeue() : id;
            renamed[id] = newId;
            codes[newId] = data;
        }

        var markers = Markers(Inlines).GroupBy(m => MarkerKey(m, phones), StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<string>(g.Select(m => m.Id)), StringComparer.Ordinal);
        foreach (var marker in Markers(inlines))
        {
            if (markers.TryGetValue(MarkerKey(marker, phones), out var ids) && ids.Count > 0)
            {
                renamed[marker.Id] = ids.Dequeue();
            }
        }

        return new UnitContent(Rename(inlines, renamed), codes);
    }

    private static IEnumerable<XliffMarker> Markers(IEnumerable<XliffInline> inlines) => inlines.SelectMany(i => i switch
    {
        XliffMarker marker => [marker],
        XliffCode { Children: { } children } => Markers(children),
        _ => [],
    });

    // A number is its key (digits), so "+1 800 232 4636" is the source's "(800) 232-4636".
    private static string MarkerKey(XliffMarker marker, PhoneNumbers phones)
    {
        var text = PlainText(marker.Children, new Dictionary<string, CodeData>());
        return InvariantExtractor.Extract(text, phones) is [var one] && one.Text == text ? one.Kind + ":" + one.Key : "text:" + text;
    }

    /// <summary>The text a reader sees (codes' words included, a line break as a line end), for sentence breaking.</summary>
    public static string PlainText(IEnumerable<XliffInline> inlines, IReadOnlyDictionary<string, CodeData> codes) => string.Concat(inlines.Select(i => i switch
    {
        XliffText text => text.Text,
        XliffMarker marker => PlainText(marker.Children, codes),
        XliffCode { Children: { } children } => PlainText(children, codes),
        XliffCode code => codes.TryGetValue(code.Id, out var data) ? data.Display : string.Empty,
        _ => string.Empty,
    }));

    // Codes correspond by what they are, not by their ids: a link to a localized page is still the link.
    private static string Signature(CodeData data) => data.Type switch
    {
        "link" => "link",
        _ => $"{data.Type}|{data.SubType}|{data.Start}|{(data.Type == "link" ? string.Empty : data.End)}",
    };

    private static IReadOnlyList<XliffInline> Rename(IReadOnlyList<XliffInline> inlines, Dictionary<string, string> renamed) => inlines.Select(i => i switch
    {
        XliffCode code => code with { Id = renamed[code.Id], Children = code.Children is null ? null : Rename(code.Children, renamed) },
        XliffMarker marker => marker with { Id = renamed.GetValueOrDefault(marker.Id, marker.Id), Children = Rename(marker.Children, renamed) },
        _ => i,
    }).ToList();

    private sealed class Builder(PhoneNumbers phones, string prefix, IReadOnlyList<string> names)
    {
        private readonly IReadOnlyList<string> _names = [.. names.Where(n => n.Trim().Length > 0).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)];
        private int _markers;

        public Dictionary<string, CodeData> Codes { get; } = new(StringComparer.Ordinal);

        public List<XliffInline> Convert(IEnumerable<InlineNode> nodes)
        {
            var result = new List<XliffInline>();
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case PlainInline { Verbatim: true } code:
                        // Printed as written and never linked (a fax number): one code a translator cannot change.
                        result.Add(new XliffCode(Add(new CodeData("`" + code.Text + "`", null, "other", "brochuregen:verbatim", code.Text, CanDelete: false)), null));
                        break;
                    case PlainInline plain:
                        result.AddRange(Mark(plain.Text));
                        break;
                    case LineBreakInline:
                        result.Add(new XliffCode(Add(new CodeData("\\\n", null, "fmt", "xlf:lb", "\n")), null));
                        break;
                    case LinkInline { Found: true } found:
                        // A number or address that links itself: text the translator keeps.
                        result.Add(new XliffMarker(NextMarker(), [new XliffText(InlineNode.PlainTextOf(found.Children))]));
                        break;
                    case LinkInline link:
                        var (linkChildren, linkLanguage) = Unwrap(link.Children);
                        var open = Add(new CodeData("[", "](" + link.Target + ")" + linkLanguage, "link", null, "link to " + link.Target));
                        result.Add(new XliffCode(open, Convert(linkChildren)));
                        break;
                    case StyledInline { Style: InlineKind.Language } span:
                        result.Add(new XliffCode(Add(new CodeData("[", "]{lang=" + span.Language + "}", "other", "brochuregen:lang", "in " + span.Language)), Convert(span.Children)));
                        break;
                    case StyledInline styled:
                        var (children, language) = Unwrap(styled.Children);
                        var (delimiter, subType, name) = styled.Style switch
                        {
                            InlineKind.Strong => ("**", "xlf:b", "bold"),
                            InlineKind.Emphasis => ("*", "xlf:i", "emphasis"),
                            _ => ("^", (string?)null, "superscript"),
                        };
                        var id = Add(new CodeData(delimiter, delimiter + language, "fmt", subType, name));
                        result.Add(new XliffCode(id, Convert(children)));
                        break;
                }
            }

            return result;
        }

        // *text*{lang=en} and [text](…){lang=en} are one code: the span's language follows its closing.
        private static (IReadOnlyList<InlineNode> Children, string Language) Unwrap(IReadOnlyList<InlineNode> children) =>
            children is [StyledInline { Style: InlineKind.Language } span] ? (span.Children, "{lang=" + span.Language + "}") : (children, string.Empty);

        // The invariants of a text (phone numbers, addresses, statutes, numbers) and the names that
        // stay as in the source as markers, the rest as text. Names first, so that "505 Hudson
        // Street" is one marker rather than a number inside a name.
        private List<XliffInline> Mark(string text)
        {
            var spans = new List<(int Start, int End)>();
            foreach (var name in _names)
            {
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + name.Length == text.Length || !char.IsLetterOrDigit(text[at + name.Length]));
                    if (whole && !spans.Any(s => at < s.End && s.Start < at + name.Length))
                    {
                        spans.Add((at, at + name.Length));
                    }
                }
            }

            foreach (var (_, invariant, _) in InvariantExtractor.Extract(text, phones).OrderByDescending(i => i.Text.Length))
            {
                for (var at = text.IndexOf(invariant, StringComparison.Ordinal); at >= 0; at = text.IndexOf(invariant, at + 1, StringComparison.Ordinal))
                {
                    if (!spans.Any(s => at < s.End && s.Start < at + invariant.Length))
                    {
                        spans.Add((at, at + invariant.Length));
                        break;
                    }
                }
            }

            var result = new List<XliffInline>();
            var position = 0;
            foreach (var (start, end) in spans.OrderBy(s => s.Start))
            {
                if (start > position)
                {
                    result.Add(new XliffText(text[position..start]));
                }

                result.Add(new XliffMarker(NextMarker(), [new XliffText(text[start..end])]));
                position = end;
            }

            if (position < text.Length)
            {
                result.Add(new XliffText(text[position..]));
            }

            return result;
        }

        private string Add(CodeData data)
        {
            var id = prefix + (Codes.Count + 1).ToString(CultureInfo.InvariantCulture);
            Codes[id] = data;
            return id;
        }

        private string NextMarker() => prefix + "m" + (++_markers).ToString(CultureInfo.InvariantCulture);
    }
}
