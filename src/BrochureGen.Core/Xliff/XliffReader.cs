using System.Xml;
using System.Xml.Linq;
using BrochureGen.Content;
using BrochureGen.Diagnostics;

namespace BrochureGen.Xliff;

/// <summary>
/// Reads an XLIFF 2.0 (or 2.1) file from a vendor, which is hostile until proven otherwise: no
/// DTD, so no entity can expand or reach a file or the network; a size limit before parsing and
/// unit and nesting limits after; only the elements BrochureGen writes are accepted in content.
/// A file that is not XLIFF 2 of one brochure is refused at once; a unit's problems are kept in
/// <see cref="XliffDocument.Problems"/>, so that the import reports them with those of every
/// other unit, each at its line and column.
/// </summary>
public static class XliffReader
{
    private static readonly XNamespace Ns = XliffFormat.Namespace;

    public static XliffDocument Read(string path, string display)
    {
        // The user named this file, so it may be anywhere (its root is the folder it really is
        // in); SafeFile still refuses a FIFO, a device or a file over the limit before reading.
        var folder = Path.GetDirectoryName(SafeFile.RealPath(path)) ?? ".";
        var bytes = SafeFile.ReadBytes(path, folder, FileKind.Xliff, SourceLocation.InFile(display), display);
        using var stream = new MemoryStream(bytes, writable: false);
        return Read(stream, display);
    }

    public static XliffDocument Read(Stream stream, string display)
    {
        var settings = Text.UntrustedXml.Settings(InputLimits.XliffFileBytes);
        settings.IgnoreProcessingInstructions = true;
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            var why = ex.Message.Contains("DTD", StringComparison.Ordinal)
                ? "the file has a DOCTYPE: XLIFF needs none, and its entities could make the file expand without bound or read other files; remove it"
                : $"the file is not well-formed XML: {ex.Message}";
            var (line, column) = ex.LineNumber > 0 ? (ex.LineNumber, ex.LinePosition) : DoctypePosition(stream);
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.XliffUnreadable, why, new SourceLocation(display, line, column)));
        }

        var problems = new List<Diagnostic>();
        var root = document.Root!;
        var version = (string?)root.Attribute("version");
        if (root.Name != Ns + "xliff" || version is not ("2.0" or "2.1"))
        {
            var found = root.Name.LocalName == "xliff" ? $"XLIFF {version} ({root.Name.NamespaceName})" : $"<{root.Name.LocalName}>";
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.XliffStructure, $"this is {found}, not XLIFF 2.0: BrochureGen reads XLIFF 2.0 and 2.1 (urn:oasis:names:tc:xliff:document:2.0); export the translation as XLIFF 2", At(root, display)));
        }

        var sourceLanguage = Required(root, "srcLang", display, problems);
        var targetLanguage = Required(root, "trgLang", display, problems);
        var files = root.Elements(Ns + "file").ToList();
        if (files.Count != 1)
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.XliffStructure, $"the file has {files.Count} <file> elements; an export of one brochure has one", At(root, display)));
            throw new BrochureException(problems);
        }

        var file = files[0];
        var fileId = Required(file, "id", display, problems);
        if (problems.Count > 0)
        {
            throw new BrochureException(problems);
        }

        var units = new List<XliffUnit>();
        var unitElements = file.Descendants(Ns + "unit").ToList();
        if (unitElements.Count > XliffFormat.MaximumUnits)
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.XliffStructure, $"the file has {unitElements.Count:N0} units; a brochure has a few hundred, and at most {XliffFormat.MaximumUnits:N0} are read", At(file, display)));
            throw new BrochureException(problems);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var damaged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in unitElements)
        {
            var before = problems.Count;
            var id = Required(unit, "id", display, problems);
            if (id.Length > 0 && !seen.Add(id))
            {
                problems.Add(Diagnostic.Error(DiagnosticCodes.XliffUnits, $"unit '{id}' is in the file twice", At(unit, display)));
            }

            var parts = new List<XliffPart>();
            foreach (var part in unit.Elements().Where(e => e.Name == Ns + "segment" || e.Name == Ns + "ignorable"))
            {
                var source = part.Element(Ns + "source");
                var target = part.Element(Ns + "target");
                if (source is null)
                {
                    problems.Add(Diagnostic.Error(DiagnosticCodes.XliffStructure, $"a <{part.Name.LocalName}> of unit '{id}' has no <source>", At(part, display)));
                    continue;
                }

                parts.Add(new XliffPart(
                    part.Name == Ns + "ignorable",
                    Inlines(source, id, display, problems, 0),
                    target is null ? null : Inlines(target, id, display, problems, 0),
                    At(part, display),
                    target is null ? null : At(target, display)));
            }

            if (parts.Count == 0)
            {
                problems.Add(Diagnostic.Error(DiagnosticCodes.XliffStructure, $"unit '{id}' has no <segment>", At(unit, display)));
            }

            units.Add(new XliffUnit(id, At(unit, display), parts));
            if (problems.Count > before)
            {
                damaged.Add(id);
            }
        }

        return new XliffDocument(sourceLanguage, targetLanguage, fileId, At(file, display), units) { Problems = problems, Damaged = damaged };
    }

    // The content of a <source> or <target>: text, <pc>, <ph> and <mrk>, as BrochureGen writes them.
    private static List<XliffInline> Inlines(XElement element, string unit, string display, List<Diagnostic> problems, int depth)
    {
        var result = new List<XliffInline>();
        if (depth > XliffFormat.MaximumNesting)
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.XliffStructure, $"codes are nested more than {XliffFormat.MaximumNesting} deep in unit '{unit}'", At(element, display)));
            return result;
        }

        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    result.Add(new XliffText(text.Value));
                    break;
                case XElement { Name.LocalName: "pc" } pc when pc.Name.Namespace == Ns:
                    var (line, column) = Position(pc);
                    result.Add(new XliffCode((string?)pc.Attribute("id") ?? string.Empty, Inlines(pc, unit, display, problems, depth + 1), line, column));
                    break;
                case XElement { Name.LocalName: "ph" } ph when ph.Name.Namespace == Ns:
                    var (phLine, phColumn) = Position(ph);
                    result.Add(new XliffCode((string?)ph.Attribute("id") ?? string.Empty, null, phLine, phColumn));
                    break;
                case XElement { Name.LocalName: "mrk" } mrk when mrk.Name.Namespace == Ns:
                    result.Add(new XliffMarker((string?)mrk.Attribute("id") ?? string.Empty, Inlines(mrk, unit, display, problems, depth + 1)));
                    break;
                case XElement other:
                    problems.Add(Diagnostic.Error(DiagnosticCodes.XliffCodes, $"<{other.Name.LocalName}> in unit '{unit}' is not a code BrochureGen wrote: keep the <pc>, <ph> and <mrk> of the exported file (a CAT tool that split a <pc> into <sc>/<ec> can be told to keep paired codes)", At(other, display)));
                    break;
            }
        }

        return result;
    }

    // XmlReader reports a prohibited DTD without a position; the DOCTYPE's own line is the place to fix.
    private static (int Line, int Column) DoctypePosition(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return (0, 0);
        }

        stream.Position = 0;
        using var reader = new StreamReader(stream, leaveOpen: true);
        var text = reader.ReadToEnd();
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0)
        {
            return (0, 0);
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return (1 + text.AsSpan(0, at).Count('\n'), at - lineStart + 1);
    }

    private static string Required(XElement element, string attribute, string display, List<Diagnostic> problems)
    {
        var value = (string?)element.Attribute(attribute);
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.XliffStructure, $"<{element.Name.LocalName}> needs its '{attribute}' attribute", At(element, display)));
            return string.Empty;
        }

        return value.Trim();
    }

    private static (int Line, int Column) Position(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    internal static SourceLocation At(XObject node, string display)
    {
        var (line, column) = Position(node);
        return new SourceLocation(display, line, column);
    }
}
