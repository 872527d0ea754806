using System.Text;
using BrochureGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace BrochureGen.Content;

/// <summary>
/// Reads a YAML file into <see cref="ContentNode"/>s that remember their line and column.
/// Text is normalized to NFC: a decomposed accent would otherwise be drawn as two glyphs.
/// </summary>
public static class YamlContentReader
{
    /// <summary>
    /// Reads a file that must stay inside <paramref name="root"/> (its own folder by default);
    /// <paramref name="displayPath"/> is the name used in diagnostics.
    /// </summary>
    public static ContentNode ReadFile(string path, string displayPath, bool parseInlineMarkup, string? root = null, FileKind? kind = null) =>
        ReadText(ContentFile.ReadText(path, displayPath, root ?? Path.GetDirectoryName(Path.GetFullPath(path))!, kind ?? FileKind.Content), displayPath, parseInlineMarkup);

    /// <summary>Values nested deeper than this are refused as they are parsed (YamlDotNet's model and ours recurse).</summary>
    public const int MaximumNesting = InputLimits.YamlNesting;

    /// <summary>One value longer than this is refused: no panel holds it.</summary>
    public const int MaximumValueLength = InputLimits.YamlValueLength;

    public static ContentNode ReadText(string text, string displayPath, bool parseInlineMarkup)
    {
        var stream = new YamlStream();
        try
        {
            CheckStructure(text, displayPath);
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var location = new SourceLocation(displayPath, (int)ex.Start.Line, (int)ex.Start.Column);
            if (FirstTabIndentedLine(text) is int tabLine && CleanMessage(ex).Contains("tab", StringComparison.OrdinalIgnoreCase))
            {
                throw new BrochureException(Diagnostic.Error(DiagnosticCodes.YamlSyntax, "a tab is used for indentation; YAML needs spaces", new SourceLocation(displayPath, tabLine, 1)));
            }

            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.YamlSyntax, CleanMessage(ex), location));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports some malformed documents (an unclosed '[', say) without a
            // position; replay the parser to find where it stopped making sense.
            var location = LastGoodPosition(text, displayPath);
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.YamlSyntax, "malformed YAML near here (an unclosed '[', '{' or quote?)", location));
        }

        if (stream.Documents.Count == 0)
        {
            throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ContentShape, "the file is empty", SourceLocation.InFile(displayPath)));
        }

        return Convert(stream.Documents[0].RootNode, string.Empty, displayPath, parseInlineMarkup);
    }

    // Before anything is built, the parser's events (it keeps its own stack, so they come one by
    // one whatever the nesting) bound the work the file can cause: a value nested thousands deep —
    // [[[[…]]]], "- - - - …" or "? ? ? …" — would overflow the stack of the model's recursive
    // builder and kill the process; aliases of aliases ("billion laughs") would make billions of
    // values from ten lines; a second document would be silently ignored. Each ends in an error
    // at its line as soon as the parser reaches it.
    private static void CheckStructure(string text, string displayPath)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<(string? Anchor, long Values)>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long repeated = 0;
        var documents = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var at = new SourceLocation(displayPath, (int)current.Start.Line, (int)current.Start.Column);
            long values = 0;
            switch (current)
            {
                case DocumentStart when ++documents > 1:
                    throw new BrochureException(Diagnostic.Error(DiagnosticCodes.YamlSecondDocument, "a second YAML document starts here; a file holds one: remove the '---' line (or '...') and what follows it, or indent it under a key", at));
                case SequenceStart or MappingStart:
                    if (open.Count >= MaximumNesting)
                    {
                        throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ContentLimit, $"values are nested more than {MaximumNesting} levels deep here; content never needs that many", at));
                    }

                    open.Push((((NodeEvent)current).Anchor.IsEmpty ? null : ((NodeEvent)current).Anchor.Value, 1));
                    continue;
                case SequenceEnd or MappingEnd when open.Count > 0:
                    var (anchor, size) = open.Pop();
                    if (anchor is not null)
                    {
                        anchors[anchor] = size;
                    }

                    values = size;
                    break;
                case Scalar scalar:
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = 1;
                    }

                    values = 1;
                    break;
                case AnchorAlias alias:
                    // An alias of an unknown anchor is the model's error, reported by the load.
                    values = anchors.GetValueOrDefault(alias.Value.Value);
                    repeated += values;
                    if (repeated > InputLimits.YamlAliasValues)
                    {
                        throw new BrochureException(Diagnostic.Error(DiagnosticCodes.YamlAliases, $"the aliases ('*{alias.Value.Value}') of this file repeat more than {InputLimits.YamlAliasValues:N0} values; write the values out where they are needed", at));
                    }

                    break;
            }

            if (open.Count > 0 && values > 0)
            {
                var parent = open.Pop();
                open.Push(parent with { Values = parent.Values + values });
            }
        }
    }

    private static int? FirstTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indent).Contains('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static SourceLocation LastGoodPosition(string text, string displayPath)
    {
        var parser = new Parser(new StringReader(text));
        var last = new SourceLocation(displayPath, 1, 1);
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is { } current)
                {
                    last = new SourceLocation(displayPath, (int)current.Start.Line, (int)current.Start.Column);
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // The position of the last event that parsed is the best we know.
        }

        return last;
    }

    private static ContentNode Convert(YamlNode node, string keyPath, string file, bool parseInlineMarkup)
    {
        var location = new SourceLocation(file, (int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlScalarNode scalar:
                var raw = (scalar.Value ?? string.Empty).Normalize(NormalizationForm.FormC);
                if (raw.Length > MaximumValueLength)
                {
                    throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ContentLimit, $"this value is {raw.Length:N0} characters long; a value may have at most {MaximumValueLength:N0}", location));
                }

                var valueLocation = scalar.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted
                    ? location with { Column = location.Column + 1 }
                    : location;
                var inlines = parseInlineMarkup
                    ? InlineMarkupParser.Parse(raw, valueLocation)
                    : [new PlainInline(raw)];
                return new ContentText(keyPath, valueLocation, raw, inlines);

            case YamlMappingNode mapping:
                var entries = new List<KeyValuePair<string, ContentNode>>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = keyNode is YamlScalarNode keyScalar ? keyScalar.Value ?? string.Empty : string.Empty;
                    var keyLocation = new SourceLocation(file, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
                    if (key.Length == 0)
                    {
                        throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ContentShape, "a key must be plain text", keyLocation));
                    }

                    if (!seen.Add(key))
                    {
                        throw new BrochureException(Diagnostic.Error(DiagnosticCodes.YamlSyntax, $"duplicate key '{key}'", keyLocation));
                    }

                    var childPath = keyPath.Length == 0 ? key : $"{keyPath}.{key}";
                    entries.Add(new(key, Convert(valueNode, childPath, file, parseInlineMarkup)));
                }

                return new ContentMap(keyPath, location, entries);

            case YamlSequenceNode sequence:
                var items = sequence.Children
                    .Select((child, index) => Convert(child, $"{keyPath}[{index}]", file, parseInlineMarkup))
                    .ToList();
                return new ContentList(keyPath, location, items);

            default:
                throw new BrochureException(Diagnostic.Error(DiagnosticCodes.ContentShape, "aliases and other YAML features are not supported in content files", location));
        }
    }

    // The parser's words name grammar rules; say what to do in words a translator understands.
    private static string CleanMessage(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        var text = message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
        return Explanations.FirstOrDefault(e => text.Contains(e.Parser, StringComparison.OrdinalIgnoreCase)).Explanation
            ?? "this line cannot be read as YAML: check its quotes, its colons and that it is indented like the lines around it";
    }

    private static readonly (string Parser, string Explanation)[] Explanations =
    [
        ("Mapping values are not allowed", "a ':' followed by a space inside a value: put the whole value in quotes (\"…\")"),
        ("found invalid mapping", "a ':' followed by a space inside a value: put the whole value in quotes (\"…\")"),
        ("unexpected end of stream", "a quote opened here is never closed: add the closing quote"),
        ("did not find expected key", "this line is not indented like the lines above it: use the same number of spaces as the other keys of its group"),
        ("did not find expected ',' or ']'", "a list opened with '[' is not closed with ']'"),
        ("did not find expected ',' or '}'", "a group opened with '{' is not closed with '}'"),
        ("cannot start any token", "a value starts with a character YAML reserves (such as @, ` or %): put the value in quotes"),
        ("did not find expected '-' indicator", "a list entry here is not indented like the entries above it"),
        ("did not find expected <document start>", "there is text after the end of the content: indent it under a key or remove it"),
        ("Duplicate key", "duplicate key: it is written twice in the same group; keep one"),
        ("tab", "a tab is used for indentation; YAML needs spaces"),
    ];
}
