using BrochureGen.Content;
using Scriban.Runtime;

namespace BrochureGen.Templating;

/// <summary>The few functions templates need beyond Scriban's built-ins.</summary>
internal static class TemplateFunctions
{
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
        return functions;
    }
}
