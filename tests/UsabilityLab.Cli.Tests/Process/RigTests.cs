namespace UsabilityLab.Cli.Tests.Process;

/// <summary>A test class whose every test gets a fresh <see cref="ProcessRig"/>: its own shop, gate and folder.</summary>
public abstract class RigTests : IAsyncLifetime
{
    private protected ProcessRig Rig { get; private set; } = null!;

    public async Task InitializeAsync() => Rig = await ProcessRig.StartAsync();

    public async Task DisposeAsync() => await Rig.DisposeAsync();
}
