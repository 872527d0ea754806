using BrochureGen.Content;
using Scriban.Runtime;

namespace BrochureGen.Templating;

/// <summary>The few functions templates need beyond Scriban's built-ins.</summary>
internal static class TemplateFunctions
{
    private static string PlainOf(object? value) => value switch
    {
        ContentText content => content.PlainText,
        null => string.Empty,
        _ => value.ToString() ?? string.Empty,
    };

    public static ScriptObject Create()
    {
        var functions = new ScriptObject();

        // has(map, "key"): optional content without tripping the missing-key error.
        functions.Import("has", new Func<object?, string, bool>((value, key) => value is ScriptObject map && map.ContainsKey(key)));

        // is_text(value): list entries may be text or a mapping with nested items.
        functions.Import("is_text", new Func<object?, bool>(value => value is ContentText or string));

        // text(value): the words of a content value without its markup, for attributes such as a link title.
        functions.Import("text", new Func<object?, string>(value => value switch
        {
            ContentText content => content.PlainText,
            null => string.Empty,
            _ => value.ToString() ?? string.Empty,
        }));
        // described(value, pattern, name): the value with its links described for assistive
        // technology, e.g. described(hotline.number, content.labels.call, hotline.name) with the
        // pattern "Call the {name}, {link}" reads "Call the Victim Assistance Program, 1-866-872-4973".
        functions.Import("described", new Func<object?, object?, object?, object?>((value, pattern, name) =>
            value is ContentText content
                ? new DescribedContent(content, PlainOf(pattern).Replace("{name}", PlainOf(name).TrimEnd(':', '：', ' '), StringComparison.Ordinal))
                : value));
        return functions;
    }
}

/// <summary>A content value whose links carry a description pattern (with <c>{link}</c> still to fill in).</summary>
internal sealed record DescribedContent(ContentText Text, string DescriptionPattern);
