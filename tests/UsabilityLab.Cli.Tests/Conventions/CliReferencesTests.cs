using UsabilityLab.Cli;

namespace UsabilityLab.Cli.Tests.Conventions;

/// <summary>
/// The CLI parses, validates, calls a use case and prints (docs/architecture.md): the store and the report are reached
/// only through the application layer, so the compiled CLI names no type of Storage or Reporting (a project reference
/// test would miss a type that flows in through Application's references).
/// </summary>
public sealed class CliReferencesTests
{
    [Fact]
    public void CompiledCli_ReferencesApplication_NotStorageOrReporting()
    {
        var referenced = typeof(CliIo).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.Contains("UsabilityLab.Application", referenced);
        Assert.DoesNotContain("UsabilityLab.Storage", referenced);
        Assert.DoesNotContain("UsabilityLab.Reporting", referenced);
    }
}
