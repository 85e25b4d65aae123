using UsabilityLab.Cli;

namespace UsabilityLab.Cli.Tests.Conventions;

/// <summary>
/// The CLI parses, validates, calls a use case and prints (docs/architecture.md): the store, the report and the browser
/// are reached only through the application layer, and the web surfaces are the lab server's, so the compiled CLI
/// names no type of Storage, Reporting, Recording, Browser or Server (a project reference test would miss a type that
/// flows in through Application's references).
/// </summary>
public sealed class CliReferencesTests
{
    [Fact]
    public void CompiledCli_ReferencesApplication_NotTheLayersBelowItOrTheServer()
    {
        var referenced = typeof(LabApp).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.Contains("UsabilityLab.Application", referenced);
        Assert.Contains("UsabilityLab.CommandLine", referenced);
        Assert.Empty(referenced.Intersect(["UsabilityLab.Storage", "UsabilityLab.Reporting", "UsabilityLab.Recording", "UsabilityLab.Browser", "lab-server"]));
    }
}
