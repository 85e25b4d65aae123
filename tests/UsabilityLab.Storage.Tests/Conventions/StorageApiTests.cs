using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace UsabilityLab.Storage.Tests.Conventions;

/// <summary>
/// Storage is closed (docs/architecture.md): other projects hand it Core records and get Core records back. Its EF Core
/// rows and context are its own, so the schema can change without a caller changing with it, and nobody outside builds
/// a row by hand. Read from the compiled assembly, so a row that leaks through a generic argument (a
/// <c>Task&lt;RunRow&gt;</c>, an <c>IQueryable&lt;EventRow&gt;</c>) fails here too.
/// </summary>
public sealed class StorageApiTests
{
    private const string RowNamespace = "UsabilityLab.Storage.Entities";

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] Exported = typeof(LabDatabase).Assembly.GetExportedTypes();

    [Fact]
    public void ExportedTypes_OfStorage_IncludeNoRow()
    {
        Assert.Empty(Exported.Where(t => t.Namespace == RowNamespace).Select(t => t.FullName));
    }

    [Fact]
    public void LabDbContext_OfStorage_IsNotExported()
    {
        Assert.DoesNotContain(typeof(LabDbContext), Exported);
        Assert.Empty(Exported.Where(t => typeof(DbContext).IsAssignableFrom(t)).Select(t => t.FullName));
    }

    [Fact]
    public void PublicMembers_OfExportedTypes_MentionNoRow()
    {
        // Rows and the context themselves are the two tests above; here, everything else Storage exports.
        var leaks = Exported.Where(t => !IsInternalToStorage(t))
            .SelectMany(t => Signatures(t).Select(s => (Where: $"{t.FullName}.{s.Member}", s.Types)))
            .SelectMany(s => s.Types.SelectMany(Mentioned).Where(IsInternalToStorage).Select(row => $"{s.Where} → {row.Name}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(leaks.Count == 0, "public members that show a row or the context:\n" + string.Join('\n', leaks));
    }

    /// <summary>A row, or the context that hands rows out.</summary>
    private static bool IsInternalToStorage(Type type) => type.Namespace == RowNamespace || typeof(DbContext).IsAssignableFrom(type);

    /// <summary>The types a caller outside Storage sees in <paramref name="type"/>: what it derives from, and each public or protected member's signature.</summary>
    private static IEnumerable<(string Member, IEnumerable<Type> Types)> Signatures(Type type)
    {
        yield return ("(base types)", type.BaseType is { } baseType ? type.GetInterfaces().Append(baseType) : type.GetInterfaces());
        foreach (var method in type.GetMethods(Declared).Where(m => Visible(m) && !m.IsSpecialName)) // accessors: as properties and events below
        {
            yield return (method.Name, method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType));
        }

        foreach (var constructor in type.GetConstructors(Declared).Where(c => Visible(c)))
        {
            yield return (constructor.Name, constructor.GetParameters().Select(p => p.ParameterType));
        }

        foreach (var property in type.GetProperties(Declared).Where(p => p.GetAccessors(nonPublic: true).Any(Visible)))
        {
            yield return (property.Name, property.GetIndexParameters().Select(p => p.ParameterType).Append(property.PropertyType));
        }

        foreach (var field in type.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
        {
            yield return (field.Name, [field.FieldType]);
        }

        foreach (var @event in type.GetEvents(Declared).Where(e => e.AddMethod is { } add && Visible(add)))
        {
            yield return (@event.Name, [@event.EventHandlerType!]);
        }
    }

    private static bool Visible(MethodBase member) => member.IsPublic || member.IsFamily || member.IsFamilyOrAssembly;

    /// <summary><paramref name="type"/> and every type inside it: array and by-ref elements, generic arguments (tuples too).</summary>
    private static IEnumerable<Type> Mentioned(Type type)
    {
        if (type.HasElementType)
        {
            return Mentioned(type.GetElementType()!);
        }

        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Mentioned).Prepend(type) : [type];
    }
}
