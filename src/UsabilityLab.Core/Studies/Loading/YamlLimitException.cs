using YamlDotNet.Core;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Stops building the YAML tree at a limit (<see cref="GuardedParser"/>); reported as one diagnostic at <see cref="At"/>.</summary>
internal sealed class YamlLimitException(Mark at, string message) : Exception(message)
{
    public Mark At { get; } = at;
}
