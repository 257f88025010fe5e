using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Architecture;

/// <summary>
/// The library's folders import one way, in the order docs/architecture.md lists them. Checked on the
/// compiled library: every type a folder's code names — in signatures and in method bodies — counts.
/// </summary>
public partial class DependencyDirectionTests
{
    private const string Root = "(root)";

    [Fact]
    public void Each_library_folder_uses_only_the_folders_listed_before_it_in_the_architecture_document()
    {
        var order = FolderOrder();
        var library = typeof(PortalStartup).Assembly;
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in library.GetTypes())
        {
            if (FolderOf(type) is not { } from)
            {
                continue;
            }
            if (from != Root && !order.Contains(from))
            {
                violations.Add($"folder {from} ({type.FullName}) is not in docs/architecture.md");
                continue;
            }
            foreach (var used in UsedTypes(type))
            {
                if (FolderOf(used) is not { } to || to == from || from == Root)
                {
                    continue;
                }
                if (to == Root || order.IndexOf(to) > order.IndexOf(from))
                {
                    violations.Add($"{from} → {to}: {Outer(type).FullName} uses {used.FullName}");
                }
            }
        }
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_check_sees_a_type_used_only_inside_a_method_body()
    {
        var used = UsedTypes(typeof(BodyOnlyUse)).ToList();

        Assert.Contains(typeof(Uri), used);
    }

    private static class BodyOnlyUse
    {
        public static int Length(string text) => new Uri(text).AbsoluteUri.Length;
    }

    /// <summary>The numbered list under "Import direction": 1. `Model` …</summary>
    private static List<string> FolderOrder()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));
        var section = text[text.IndexOf("## Import direction", StringComparison.Ordinal)..];
        var end = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
        var folders = ListedFolder().Matches(end < 0 ? section : section[..end]).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(folders);
        return folders;
    }

    [GeneratedRegex(@"^\d+\. `(\w+)`", RegexOptions.Multiline)]
    private static partial Regex ListedFolder();

    /// <summary>NewsPortal.X… → X; NewsPortal itself → the root; other namespaces (the engine, the framework) → null.</summary>
    private static string? FolderOf(Type type)
    {
        var ns = Outer(type).Namespace;
        if (ns == "NewsPortal")
        {
            return Root;
        }
        if (ns is null || !ns.StartsWith("NewsPortal.", StringComparison.Ordinal) || ns.StartsWith("NewsPortal.Analysis", StringComparison.Ordinal))
        {
            return null;
        }
        return ns["NewsPortal.".Length..].Split('.')[0];
    }

    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        return type;
    }

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || t.IsGenericParameter || !found.Add(t))
            {
                return;
            }
            if (t.HasElementType)
            {
                Add(t.GetElementType());
            }
            if (t.IsGenericType)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }
        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType);
        }
        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType);
        }
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo m)
            {
                Add(m.ReturnType);
            }
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }
            foreach (var member in MembersInBody(method))
            {
                switch (member)
                {
                    case Type t:
                        Add(t);
                        break;
                    case MethodInfo called:
                        Add(called.DeclaringType);
                        Add(called.ReturnType);
                        foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                        {
                            Add(argument);
                        }
                        break;
                    default:
                        Add(member.DeclaringType);
                        break;
                }
            }
        }
        // Compiler-made types (lambdas, async state machines) hold the code of their outer type.
        return found.Concat(type.GetNestedTypes(Declared).SelectMany(UsedTypes));
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The types, methods and fields a method body's instructions refer to.</summary>
    private static IEnumerable<MemberInfo> MembersInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at++]);
            }
            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    MemberInfo? member = null;
                    try
                    {
                        member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                    }
                    catch (ArgumentException)
                    {
                        // A token the reflection API cannot resolve without more context: not a folder's type.
                    }
                    if (member is not null)
                    {
                        yield return member;
                    }
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }
}
