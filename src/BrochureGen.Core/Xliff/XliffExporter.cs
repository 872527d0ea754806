using System.Globalization;
using System.Text;
using System.Xml;
using BrochureGen.Content;
using BrochureGen.Content.Markdown;
using BrochureGen.Content.Review;
using BrochureGen.Diagnostics;

namespace BrochureGen.Xliff;

/// <summary>
/// <c>xliff export &lt;brochure&gt; --locale L</c>: the brochure as an XLIFF 2.0 file for a
/// translation vendor. One unit per text (<see cref="TranslationUnits"/>), a segment per
/// sentence, inline codes for formatting and links (<see cref="UnitContent"/>), numbers and
/// addresses marked translate="no", notes with each text's context and length limit, and the
/// existing translation as targets: <c>reviewed</c> where its review is current, <c>translated</c>
/// with sub-state <see cref="XliffFormat.NeedsReview"/> where it needs review. Same content, same bytes.
/// </summary>
public static class XliffExporter
{
    public static byte[] Export(BrochureManifest brochure, string locale)
    {
        var sourceLocale = brochure.SourceLocale;
        if (brochure.Format != ContentFormat.Markdown)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.XliffBrochure, "XLIFF export reads Markdown content (<locale>.md); this brochure is written as YAML keys", SourceLocation.InFile(brochure.DisplayDirectory)));
        }

        if (locale == sourceLocale || !ContentLoader.IsValidLanguageTag(locale))
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.XliffBrochure, locale == sourceLocale ? $"'{locale}' is the source locale; export for a target language, e.g. --locale es" : $"'{locale}' is not a valid language tag (expected something like fr, pt-BR or zh-Hans)", SourceLocation.InFile(brochure.DisplayDirectory)));
        }

        var source = ContentLoader.LoadLocale(brochure, sourceLocale, markSourceLanguageNames: false).Markdown!;
        var listed = brochure.Locales.Contains(locale);
        var translation = listed ? ContentLoader.LoadLocale(brochure, locale, markSourceLanguageNames: false).Markdown : null;
        var targets = translation is null ? new Dictionary<string, TranslationUnit>() : TranslationUnits.Of(translation).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var reviewed = listed && brochure.StatusOf(locale) == ReviewStatus.Reviewed;
        var record = reviewed ? ReviewRecord.Read(brochure, locale) : null;
        var stale = record is not null && translation is not null ? ReviewState.Stale(source, translation, record).ToDictionary(b => b.Id, StringComparer.Ordinal) : [];

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n", OmitXmlDeclaration = false };
        var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteWhitespace("\n");
            xml.WriteStartElement("xliff", XliffFormat.Namespace);
            xml.WriteAttributeString("version", XliffFormat.Version);
            xml.WriteAttributeString("srcLang", sourceLocale);
            xml.WriteAttributeString("trgLang", locale);
            Indent(xml, 1);
            xml.WriteStartElement("file", XliffFormat.Namespace);
            xml.WriteAttributeString("id", brochure.Id);
            xml.WriteAttributeString("original", $"{brochure.Id}/{sourceLocale}.md");
            // Spaces are content (the ignorables between sentences are nothing else): a CAT tool
            // must not normalize them.
            xml.WriteAttributeString("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
            Indent(xml, 2);
            xml.WriteStartElement("notes", XliffFormat.Namespace);
            Note(xml, 3, "instructions", $"The brochure '{brochure.Id}', from {sourceLocale}.md. Keep every code (bold, links, line breaks) and the text marked translate=\"no\" (phone numbers, addresses, statutes, numbers): phone numbers are compared by their digits and numbers by their significant digits, so a number may be written the way {locale} writes it. Where a note gives a length, the layout has room for about that many characters.");
            Indent(xml, 2);
            xml.WriteEndElement();

            var phones = brochure.PhoneNumbersOf(sourceLocale);
            var targetPhones = brochure.PhoneNumbersOf(locale);
            foreach (var unit in TranslationUnits.Of(source))
            {
                var content = UnitContent.Of(unit.Text, phones, brochure.UntranslatedOk);
                var target = targets.TryGetValue(unit.Id, out var translated) && !translated.Text.Raw.Contains(TranslationChecker.UntranslatedMarker.Trim(), StringComparison.Ordinal)
                    ? content.TargetOf(translated.Text, targetPhones, brochure.UntranslatedOk)
                    : null;
                var state = target is null ? "initial" : stale.ContainsKey(unit.Id) ? "translated" : record is not null ? "reviewed" : "translated";
                WriteUnit(xml, unit, content, target, Segmenter.Parts(content, sourceLocale, target, locale), state, stale.GetValueOrDefault(unit.Id));
            }

            Indent(xml, 1);
            xml.WriteEndElement();
            xml.WriteWhitespace("\n");
            xml.WriteEndElement();
            xml.WriteWhitespace("\n");
        }

        return stream.ToArray();
    }

    private static void WriteUnit(XmlWriter xml, TranslationUnit unit, UnitContent source, UnitContent? target, IReadOnlyList<UnitPart> parts, string state, StaleBlock? stale)
    {
        Indent(xml, 2);
        xml.WriteStartElement("unit", XliffFormat.Namespace);
        xml.WriteAttributeString("id", unit.Id);
        Indent(xml, 3);
        xml.WriteStartElement("notes", XliffFormat.Namespace);
        Note(xml, 4, "context", unit.Context);
        if (unit.LengthLimit is { } limit)
        {
            Note(xml, 4, "length", string.Create(CultureInfo.InvariantCulture, $"at most {limit} characters: the source has {unit.Text.PlainText.Trim().Length}, and a longer text would wrap to another line of the panel"));
        }

        if (stale is not null)
        {
            Note(xml, 4, "review", $"needs review: {stale.Reason}");
        }

        Indent(xml, 3);
        xml.WriteEndElement();

        var data = DataOf(source, target);
        if (data.Count > 0)
        {
            Indent(xml, 3);
            xml.WriteStartElement("originalData", XliffFormat.Namespace);
            foreach (var (id, value) in data)
            {
                Indent(xml, 4);
                xml.WriteStartElement("data", XliffFormat.Namespace);
                xml.WriteAttributeString("id", id);
                xml.WriteString(value);
                xml.WriteEndElement();
            }

            Indent(xml, 3);
            xml.WriteEndElement();
        }

        var segment = 0;
        var ignorable = 0;
        foreach (var part in parts)
        {
            Indent(xml, 3);
            xml.WriteStartElement(part.Ignorable ? "ignorable" : "segment", XliffFormat.Namespace);
            xml.WriteAttributeString("id", part.Ignorable ? $"i{++ignorable}" : $"s{++segment}");
            if (!part.Ignorable)
            {
                xml.WriteAttributeString("state", state);
                if (stale is not null && part.Target is not null)
                {
                    xml.WriteAttributeString("subState", XliffFormat.NeedsReview);
                }
            }

            Indent(xml, 4);
            xml.WriteStartElement("source", XliffFormat.Namespace);
            WriteInlines(xml, part.Source, source, sourceOfTarget: null);
            xml.WriteEndElement();
            if (part.Target is not null)
            {
                Indent(xml, 4);
                xml.WriteStartElement("target", XliffFormat.Namespace);
                WriteInlines(xml, part.Target, target!, sourceOfTarget: source);
                xml.WriteEndElement();
            }

            Indent(xml, 3);
            xml.WriteEndElement();
        }

        Indent(xml, 2);
        xml.WriteEndElement();
    }

    // The data of every code: the source's as dN (opening) and dNe (closing); a target code whose
    // data differs (a localized link) gets its own, dN-t.
    private static List<(string Id, string Value)> DataOf(UnitContent source, UnitContent? target)
    {
        var data = new List<(string, string)>();
        foreach (var (id, code) in source.Codes)
        {
            data.Add(("d" + id, code.Start));
            if (code.End is { } end)
            {
                data.Add(("d" + id + "e", end));
            }
        }

        foreach (var (id, code) in target?.Codes ?? new Dictionary<string, CodeData>())
        {
            if (!source.Codes.TryGetValue(id, out var same) || same != code)
            {
                data.Add(("d" + id + "-t", code.Start));
                if (code.End is { } end)
                {
                    data.Add(("d" + id + "e-t", end));
                }
            }
        }

        return data;
    }

    // A target code whose data differs from the source's code of the same id refers to its own data.
    private static void WriteInlines(XmlWriter xml, IReadOnlyList<XliffInline> inlines, UnitContent content, UnitContent? sourceOfTarget)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case XliffText text:
                    xml.WriteString(text.Text);
                    break;
                case XliffMarker marker:
                    xml.WriteStartElement("mrk", XliffFormat.Namespace);
                    xml.WriteAttributeString("id", marker.Id);
                    xml.WriteAttributeString("translate", "no");
                    WriteInlines(xml, marker.Children, content, sourceOfTarget);
                    xml.WriteEndElement();
                    break;
                case XliffCode code:
                    var data = content.Codes[code.Id];
                    var suffix = sourceOfTarget is not null && (!sourceOfTarget.Codes.TryGetValue(code.Id, out var same) || same != data) ? "-t" : string.Empty;
                    xml.WriteStartElement(data.Spanning ? "pc" : "ph", XliffFormat.Namespace);
                    xml.WriteAttributeString("id", code.Id);
                    if (data.Spanning)
                    {
                        xml.WriteAttributeString("dataRefStart", "d" + code.Id + suffix);
                        xml.WriteAttributeString("dataRefEnd", "d" + code.Id + "e" + suffix);
                    }
                    else
                    {
                        xml.WriteAttributeString("dataRef", "d" + code.Id + suffix);
                    }

                    xml.WriteAttributeString("type", data.Type);
                    if (data.SubType is { } subType)
                    {
                        xml.WriteAttributeString("subType", subType);
                    }

                    xml.WriteAttributeString(data.Spanning ? "dispStart" : "disp", data.Display);
                    if (!data.CanDelete)
                    {
                        xml.WriteAttributeString("canDelete", "no");
                    }

                    if (code.Children is { } children)
                    {
                        WriteInlines(xml, children, content, sourceOfTarget);
                    }

                    xml.WriteEndElement();
                    break;
            }
        }
    }

    private static void Note(XmlWriter xml, int depth, string category, string text)
    {
        Indent(xml, depth);
        xml.WriteStartElement("note", XliffFormat.Namespace);
        xml.WriteAttributeString("category", category);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Indent(XmlWriter xml, int depth) => xml.WriteWhitespace("\n" + new string(' ', depth * 2));
}
