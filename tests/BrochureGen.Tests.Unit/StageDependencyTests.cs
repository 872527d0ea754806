using BrochureGen.Tests.Support;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace BrochureGen.Tests;

/// <summary>
/// Each stage depends only on the stages before it (DESIGN.md): read from the compiled
/// assembly — every type a stage's code names in a signature, a field, a base type or a method
/// body — not from <c>using</c> lines, which miss namespace-relative names like
/// <c>Content.AutoLinker</c>.
/// </summary>
public sealed class StageDependencyTests
{
    // Stage → the stages its code may name. Foundation namespaces (shared vocabulary, text,
    // colour, diagnostics) may be named by every stage and name no stage themselves.
    private static readonly string[] Foundation = ["Diagnostics", "Text", "Color", "Vocabulary"];

    private static readonly Dictionary<string, string[]> MayName = new()
    {
        ["Diagnostics"] = [],
        ["Text"] = [],
        ["Color"] = [],
        ["Vocabulary"] = [],
        ["Content"] = [],
        ["Xliff"] = ["Content"],
        ["Templating"] = ["Content"],
        ["Document"] = ["Content", "Templating"],
        ["Layout"] = ["Content", "Templating", "Document"],
        ["Rendering"] = ["Document", "Layout"],
        ["Print"] = ["Document", "Layout", "Rendering"],
        ["Conformance"] = ["Content", "Document", "Layout", "Rendering", "Print"],
        ["Build"] = ["Content", "Xliff", "Templating", "Document", "Layout", "Rendering", "Print", "Conformance"],
    };

    // Namespaces below a stage that a later stage must not reach into: the document is the
    // same whichever content route produced it, so nothing after Content names the Markdown reader.
    private static readonly Dictionary<string, string[]> Private = new()
    {
        ["Content.Markdown"] = ["Content", "Xliff", "Templating", "Build"],
    };

    // Backward references being moved now, each with why it is still here; empty when done.
    private static readonly (string From, string To)[] BeingMoved = [];

    [SkippableFact]
    public void Every_stage_names_only_the_stages_before_it()
    {
        var violations = Dependencies()
            .Where(d => !Allowed(d.From, d.To) && !BeingMoved.Contains((d.FromType, d.ToType)))
            .Select(d => $"{d.FromType} ({d.From}) names {d.ToType} ({d.To})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(violations.Count == 0, "backward dependencies:\n" + string.Join('\n', violations));
    }

    [SkippableFact]
    public void The_check_sees_a_namespace_relative_name_in_a_method_body()
    {
        // The check must be able to fail: Build names Layout in method bodies (it runs the
        // stages), and those references must be among what the scan finds.
        Assert.Contains(Dependencies(), d => d.From == "Build" && d.To == "Layout");
        Assert.False(Allowed("Content", "Layout"));
        Assert.False(Allowed("Rendering", "Content"));
        Assert.False(Allowed("Layout", "Content.Markdown"));
    }

    private static bool Allowed(string from, string to)
    {
        var fromStage = from.Split('.')[0];
        var toStage = to.Split('.')[0];
        if (fromStage == toStage || Foundation.Contains(toStage))
        {
            return true;
        }

        foreach (var (hidden, readers) in Private)
        {
            if (to == hidden || to.StartsWith(hidden + ".", StringComparison.Ordinal))
            {
                return readers.Contains(fromStage) && MayName[fromStage].Append(fromStage).Contains(toStage);
            }
        }

        return MayName.TryGetValue(fromStage, out var allowed) && allowed.Contains(toStage);
    }

    private sealed record Dependency(string From, string FromType, string To, string ToType);

    private static List<Dependency> Dependencies()
    {
        var path = typeof(BrochureGen.Build.BrochureBuilder).Assembly.Location;
        using var module = ModuleDefinition.ReadModule(path);
        var found = new List<Dependency>();
        foreach (var type in module.GetTypes())
        {
            var owner = Outermost(type);
            if (Stage(owner.Namespace) is not { } from)
            {
                continue;
            }

            foreach (var named in Named(type).Where(t => t is not null))
            {
                var target = Outermost(named.GetElementType());
                if (Stage(target.Namespace) is { } to && to != from)
                {
                    found.Add(new Dependency(from, owner.FullName, to, target.FullName));
                }
            }
        }

        return found;
    }

    // The namespace below "BrochureGen." a type lives in ("Content.Markdown"), or null outside it.
    private static string? Stage(string ns) =>
        ns.StartsWith("BrochureGen.", StringComparison.Ordinal) ? ns["BrochureGen.".Length..] : null;

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static IEnumerable<TypeReference> Named(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            foreach (var t in Expand(type.BaseType))
            {
                yield return t;
            }
        }

        foreach (var face in type.Interfaces)
        {
            foreach (var t in Expand(face.InterfaceType))
            {
                yield return t;
            }
        }

        foreach (var field in type.Fields)
        {
            foreach (var t in Expand(field.FieldType))
            {
                yield return t;
            }
        }

        foreach (var method in type.Methods)
        {
            foreach (var t in Expand(method.ReturnType).Concat(method.Parameters.SelectMany(p => Expand(p.ParameterType))))
            {
                yield return t;
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var local in method.Body.Variables)
            {
                foreach (var t in Expand(local.VariableType))
                {
                    yield return t;
                }
            }

            foreach (var instruction in method.Body.Instructions)
            {
                foreach (var t in Operand(instruction))
                {
                    yield return t;
                }
            }
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => Expand(type),
        MethodReference method => Expand(method.DeclaringType).Concat(Expand(method.ReturnType)).Concat(method.Parameters.SelectMany(p => Expand(p.ParameterType)))
            .Concat(method is GenericInstanceMethod generic ? generic.GenericArguments.SelectMany(Expand) : []),
        FieldReference field => Expand(field.DeclaringType).Concat(Expand(field.FieldType)),
        _ => [],
    };

    // A type and the types it is built from: List<LayoutItem> names List and LayoutItem.
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                yield return generic.ElementType;
                foreach (var argument in generic.GenericArguments.SelectMany(Expand))
                {
                    yield return argument;
                }

                break;
            case TypeSpecification specification:
                foreach (var inner in Expand(specification.ElementType))
                {
                    yield return inner;
                }

                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}
