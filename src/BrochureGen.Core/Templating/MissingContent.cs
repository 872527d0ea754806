using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BrochureGen.Templating;

/// <summary>
/// Stands in for a content key that is missing (already reported): it has every member,
/// each missing too, writes nothing and loops over nothing, so the template runs on and the
/// build reports every missing key at once.
/// </summary>
internal sealed class MissingContent : ScriptObject
{
    public static readonly MissingContent Instance = new();

    private MissingContent()
    {
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        value = Instance;
        return true;
    }
}
