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
        functions.SetValue("has", new TemplateFunction(2, a => a[0] is ScriptObject map && a[1] is string key && map.ContainsKey(key)), readOnly: true);

        // is_text(value): list entries may be text or a mapping with nested items.
        functions.SetValue("is_text", new TemplateFunction(1, a => a[0] is ContentText or string), readOnly: true);

        // text(value): the words of a content value without its markup, for attributes such as a link title.
        functions.SetValue("text", new TemplateFunction(1, a => PlainOf(a[0])), readOnly: true);

        // described(value, pattern, name): the value with its links described for assistive
        // technology, e.g. described(hotline.number, content.labels.call, hotline.name) with the
        // pattern "Call the {name}, {link}" reads "Call the Victim Assistance Program, 1-866-872-4973".
        functions.SetValue(
            "described",
            new TemplateFunction(3, a => a[0] is ContentText content
                ? new DescribedContent(content, PlainOf(a[1]).Replace("{name}", PlainOf(a[2]).TrimEnd(':', '：', ' '), StringComparison.Ordinal))
                : a[0]),
            readOnly: true);
        return functions;
    }
}

/// <summary>A content value whose links carry a description pattern (with <c>{link}</c> still to fill in).</summary>
internal sealed record DescribedContent(ContentText Text, string DescriptionPattern);
