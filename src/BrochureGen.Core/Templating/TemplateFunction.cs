using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BrochureGen.Templating;

/// <summary>
/// A function templates can call, written as a plain delegate over its arguments: no reflection
/// (Scriban's Import reflects over delegates), so templates run in the native binary too.
/// </summary>
internal sealed class TemplateFunction(int parameters, Func<IReadOnlyList<object?>, object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameters;

    public int ParameterCount => parameters;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != parameters)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"this function takes {parameters} argument(s), not {arguments.Count}");
        }

        return body(arguments.Cast<object?>().ToList());
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
