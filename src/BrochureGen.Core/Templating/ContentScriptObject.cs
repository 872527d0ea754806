using BrochureGen.Content;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BrochureGen.Templating;

/// <summary>
/// A content mapping as the template sees it. Asking for a key the content file does not have
/// is an error that names the template line, the key and the content file, instead of an empty
/// string that would silently drop a paragraph from a translation.
/// </summary>
internal sealed class ContentScriptObject : ScriptObject
{
    private readonly ContentMap _map;

    private ContentScriptObject(ContentMap map)
    {
        _map = map;
    }

    public static object Wrap(ContentNode node) => node switch
    {
        ContentMap map => Create(map),
        ContentList list => new ScriptArray(list.Items.Select(Wrap)),
        _ => node,
    };

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value))
        {
            return true;
        }

        var key = _map.KeyPath.Length == 0 ? member : $"{_map.KeyPath}.{member}";
        var message = $"the content key '{key}' is missing from {_map.Location.File}";
        if (context is MarkupTemplateContext markup)
        {
            // Go on rendering so that one run names every missing key, not only the first.
            markup.ReportMissing(span, message);
            value = MissingContent.Instance;
            return true;
        }

        throw new ScriptRuntimeException(span, message);
    }

    private static ContentScriptObject Create(ContentMap map)
    {
        var result = new ContentScriptObject(map);
        foreach (var (key, value) in map.Entries)
        {
            result.SetValue(key, Wrap(value), readOnly: true);
        }

        return result;
    }
}
