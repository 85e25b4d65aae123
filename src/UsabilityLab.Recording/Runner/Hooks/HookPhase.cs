namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>Before or after what a hook runs around.</summary>
internal enum HookPhase
{
    Setup,
    Teardown,
}
