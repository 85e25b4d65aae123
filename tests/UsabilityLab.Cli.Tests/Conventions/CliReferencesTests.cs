using UsabilityLab.Cli;

namespace UsabilityLab.Cli.Tests.Conventions;

/// <summary>
/// The CLI parses, validates, calls a use case and prints (docs/architecture.md): the store is reached only through
/// the application layer, so the compiled CLI names no type of Storage (a project reference test would miss a type
/// that flows in through Application's reference).
/// </summary>
public sealed class CliReferencesTests
{
    [Fact]
    public void CompiledCli_ReferencesApplication_NotStorage()
    {
        var referenced = typeof(CliIo).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.Contains("UsabilityLab.Application", referenced);
        Assert.DoesNotContain("UsabilityLab.Storage", referenced);
    }
}
