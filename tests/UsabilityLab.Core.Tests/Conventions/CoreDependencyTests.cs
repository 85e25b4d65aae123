using System.Reflection;
using UsabilityLab.Core;

namespace UsabilityLab.Core.Tests.Conventions;

/// <summary>DESIGN.md: Core holds the domain and pure analysis; it never sees a browser, an ORM, a chart library or a web stack.</summary>
public sealed class CoreDependencyTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.Playwright",
        "Microsoft.EntityFrameworkCore",
        "Microsoft.Data.Sqlite",
        "Npgsql",
        "ScottPlot",
        "SkiaSharp",
        "Microsoft.AspNetCore",
        "Spectre.Console",
        "System.CommandLine",
    ];

    [Fact]
    public void CoreAssembly_References_NoInfrastructureAssembly()
    {
        var references = typeof(CoreAssembly).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var forbidden = references.Where(name => ForbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))).ToList();

        Assert.Empty(forbidden);
        Assert.Contains("YamlDotNet", references);
    }

    [Fact]
    public void CoreAssembly_PublicTypes_LiveUnderTheCoreNamespace()
    {
        var strays = typeof(CoreAssembly).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("UsabilityLab.Core", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(strays);
    }

    [Fact]
    public void TestMethods_AreNamed_Member_Scenario_Expected()
    {
        var badNames = typeof(CoreDependencyTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .Where(m => m.Name.Count(c => c == '_') < 2)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(badNames);
    }
}
